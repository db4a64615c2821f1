import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES } from '../../src/match/data/givenNames.js';

describe('the list of given names', () => {
  const names = GIVEN_NAMES.split(/\s+/).filter(Boolean);

  it('is lower-case folded letters, each name once', () => {
    expect(names.length).toBeGreaterThanOrEqual(3000);
    for (const name of names) expect(name).toMatch(/^[a-z]{2,}$/);
    const seen = new Set<string>();
    const repeated = names.filter((name) => {
      if (seen.has(name)) return true;
      seen.add(name);
      return false;
    });
    expect(repeated).toEqual([]);
  });

  it('holds names from the families of UK schools, not only English ones', () => {
    // Each of these is one letter from another common name, so it must be known to be a name.
    for (const name of [
      'samina',
      'fatma',
      'kiran',
      'ewa',
      'hoa',
      'kwesi',
      'malgorzata',
      'lucja',
      'siobhan',
      'myfanwy',
      'dilys',
    ]) {
      expect(names, name).toContain(name);
    }
  });
});
