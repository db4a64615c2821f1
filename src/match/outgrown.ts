import { giveBack } from './giveBack.js';
import { grown } from './grown.js';

/**
 * Twice the room, as `grown`, and the array outgrown given back now (`giveBack`) rather than left as
 * old garbage until a full collection: a trust's tallies and candidate stores double to tens of MB while
 * the lists are read (docs/performance.md, memory17). For arrays only their owner holds: it is emptied.
 */
export function outgrown<T extends Float64Array | Int32Array | Uint8Array>(array: T): T {
  const next = grown(array);
  giveBack(array);
  return next;
}
