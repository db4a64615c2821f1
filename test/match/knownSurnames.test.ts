import { describe, expect, it } from 'vitest';
import { KNOWN_SURNAMES } from '../../src/match/data/knownSurnames.js';
import { isKnownSurname } from '../../src/match/isKnownSurname.js';
import { expectFoldedNamesOnce } from './expectFoldedNamesOnce.js';

describe('the list of known surnames', () => {
  const names = KNOWN_SURNAMES.split(/\s+/).filter(Boolean);

  it('is lower-case folded letters, each surname once, and long enough to be of use', () => {
    expectFoldedNamesOnce(names, 3000);
  });

  it('holds spellings of one sound that are separate real surnames', () => {
    for (const [a, b] of [
      ['thomson', 'thompson'],
      ['cook', 'cooke'],
      ['khan', 'kahn'],
      ['smith', 'smyth'],
      ['macdonald', 'mcdonald'],
      ['clark', 'clarke'],
      ['reid', 'reed'],
      ['gray', 'grey'],
      ['stephens', 'stevens'],
      ['hussain', 'hussein'],
    ] as const) {
      expect(isKnownSurname(a), a).toBe(true);
      expect(isKnownSurname(b), b).toBe(true);
    }
  });

  it('holds surnames of families of many backgrounds, folded', () => {
    for (const name of [
      'patel',
      'begum',
      'kaur',
      'okafor',
      'adeyemi',
      'mensah',
      'abdi',
      'nowak',
      'wisniewska',
      'popescu',
      'nguyen',
      'pham',
      'chan',
      'yilmaz',
      'silva',
      'obrien',
      'urquhart',
      'llewellyn',
    ]) {
      expect(isKnownSurname(name), name).toBe(true);
    }
  });

  it('answers no for a slip that is nobody’s surname, and for anything not lower-case folded', () => {
    for (const word of ['thompsn', 'smiht', 'taylr', '', 'Smith', 'smith jones'])
      expect(isKnownSurname(word), word).toBe(false);
  });
});
