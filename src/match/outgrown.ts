import { giveBack } from './giveBack.js';
import { type Growing, ownPages, type Resizable, type TypedOf } from './ownPages.js';

/**
 * Half as much room again (or `length` exactly), the entries kept as they are, for arrays only their owner
 * holds. A large array grows in place, in pages of its own (`ownPages`): neither copied as it grows nor, once
 * let go, left to glibc's malloc, which kept the arrays a trust outgrew resident through the audit's peak
 * (docs/performance.md, speed47 and mem48). An array too small for that is copied, and the one outgrown given
 * back now (`giveBack`): it is emptied.
 */
export function outgrown<T extends Growing>(array: T, length = roomAfter(array.length)): T {
  const buffer = array.buffer as Resizable;
  // A view of the whole buffer that follows its length (as `ownPages` makes it), so resizing grows it.
  if (buffer.resizable === true && length * array.BYTES_PER_ELEMENT <= buffer.maxByteLength) {
    buffer.resize(length * array.BYTES_PER_ELEMENT);
    return array;
  }
  const next = ownPages(array.constructor as TypedOf<T>, length, Math.max(RESERVED_AT_LEAST, RESERVED_TIMES * length));
  next.set(array);
  giveBack(array);
  return next;
}

/** The length an array of `length` entries grows to: half as many again, at least 16 more. */
function roomAfter(length: number): number {
  return length + Math.max(16, length >>> 1);
}

/**
 * Room kept for an array to grow into in place (address space: pages are used only as it grows): sixteen times
 * its length, at least 4 Mi entries; past it the array moves to pages of its own again (copied once, the old
 * pages given back).
 */
const RESERVED_TIMES = 16;
const RESERVED_AT_LEAST = 4 * 2 ** 20;
