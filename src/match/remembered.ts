/** The value `make` gives for `key`, made once and kept in `values` (a function, not a closure per call). */
export function remembered<K, V>(values: Map<K, V>, key: K, make: (key: K) => V): V {
  let value = values.get(key);
  if (value === undefined) {
    value = make(key);
    values.set(key, value);
  }
  return value;
}
