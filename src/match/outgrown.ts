import { giveBack } from './giveBack.js';

/**
 * Half as much room again, the entries copied as they are, and the array outgrown given back now
 * (`giveBack`) rather than left as old garbage until a full collection: a trust's tallies and candidate
 * stores grow to tens of MB while the lists are read (docs/performance.md, memory17). Half again, not
 * twice: at the end of reading such arrays stand a fifth empty rather than a third (trust-wide 10 MB
 * less live, memory22). For arrays only their owner holds: it is emptied.
 */
export function outgrown<T extends Float64Array | Int32Array | Uint8Array>(array: T): T {
  const next = new (array.constructor as new (length: number) => T)(roomAfter(array.length));
  next.set(array);
  giveBack(array);
  return next;
}

/** The length an array of `length` entries grows to: half as many again, at least 16 more. */
function roomAfter(length: number): number {
  return length + Math.max(16, length >>> 1);
}
