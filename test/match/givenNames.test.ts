import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES } from '../../src/match/data/givenNames.js';
import { expectFoldedNamesOnce } from './expectFoldedNamesOnce.js';

describe('the list of given names', () => {
  const names = GIVEN_NAMES.split(/\s+/).filter(Boolean);

  it('is lower-case folded letters, each name once', () => {
    expectFoldedNamesOnce(names, 3000);
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
