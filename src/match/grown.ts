/** Twice the room, the entries copied as they are: the typed arrays that grow as the lists are read. */
export function grown<T extends Float64Array | Int32Array | Uint8Array>(array: T): T {
  const next = new (array.constructor as new (length: number) => T)(array.length * 2);
  next.set(array);
  return next;
}
