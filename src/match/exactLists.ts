/**
 * Copies each list of a Map that pushing grew to its exact size, in place: V8 gives an array
 * room for 17 once a second number is pushed, and a trust-wide audit's indexes keep some 265,000
 * such lists, most of two or three pupils, to the end (docs/performance.md, perf37). A list of
 * one was never pushed to, so is already exact. Order and contents are unchanged.
 */
export function exactLists<K>(map: Map<K, number[]>): void {
  for (const [key, list] of map) if (list.length > 1) map.set(key, list.slice());
}
