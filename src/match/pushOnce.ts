/** Lists of ids kept in a Map by key, as the indexes build them (a list per key, made on its first id). */
export function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Entries of one pupil arrive together, so a repeat is always the last one. */
export function pushOnce<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}
