import type { Resizable } from './ownPages.js';

/**
 * Gives a typed array's memory back at the next minor collection rather than the next full one: a large
 * array made long ago is freed only by a full collection, which may come after the audit's peak. Moved into
 * a new buffer (young) that nothing holds, it goes at once (see `FingerprintSlots.release`); a resizable one
 * (`outgrown`) is resized to nothing, its pages given back now. The array is left empty: its owner must not
 * read it again.
 */
export function giveBack(array: { readonly buffer: ArrayBufferLike }): void {
  const buffer = array.buffer;
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) return;
  if ((buffer as Resizable).resizable === true) (buffer as Resizable).resize(0);
  else structuredClone(buffer, { transfer: [buffer] });
}
