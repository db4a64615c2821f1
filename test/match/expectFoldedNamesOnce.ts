import { expect } from 'vitest';

/** A data table of names as the matcher reads it: at least `atLeast` lower-case folded words, none of them twice. */
export function expectFoldedNamesOnce(names: readonly string[], atLeast: number): void {
  expect(names.length).toBeGreaterThanOrEqual(atLeast);
  for (const name of names) expect(name).toMatch(/^[a-z]{2,}$/);
  const seen = new Set<string>();
  const repeated = names.filter((name) => {
    if (seen.has(name)) return true;
    seen.add(name);
    return false;
  });
  expect(repeated).toEqual([]);
}
