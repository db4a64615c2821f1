import { describe, expect, it } from 'vitest';
import { ADULT_WORDS, FILLER, TRADE_SET } from '../../src/match/data/fillerAndAdultWords.js';
import { handleShape, readDisplayName, readHandleText, readingKey } from '../../src/match/nameReadings.js';
import { FOLD } from '../../src/normalise/nameText.js';

describe('handleShape', () => {
  it('leaves out the values of a handle’s digits, and only them', () => {
    expect(handleShape('kerry.taylor83')).toBe('kerry.taylor0');
    expect(handleShape('Kerry.Taylor1991')).toBe('kerry.taylor0');
    expect(handleShape('kerry_taylor_07_x')).toBe('kerry_taylor_0_x');
    expect(handleShape('kerrytaylor')).toBe('kerrytaylor');
    expect(handleShape('kerry.taylor83')).not.toBe(handleShape('kerry.taylor_83'));
  });

  it('has none where the digits may change the words', () => {
    expect(handleShape('j4ck.smith')).toBeUndefined(); // digits inside a word: leetspeak
    expect(handleShape('5mith.jack')).toBeUndefined();
    expect(handleShape('jo3.smith')).toBeUndefined(); // digits after a letter or two
    expect(handleShape('sam.taylor.yr12')).toBeUndefined();
    expect(handleShape('amelia.jones.2_k_13')).toBeUndefined(); // the year 2013
    expect(handleShape('zoë.nguyen09')).toBeUndefined();
    expect(handleShape('jack$mith')).toBeUndefined();
    expect(handleShape('jack.smith'.repeat(20))).toBeUndefined(); // longer than any platform allows
  });

  it('gives handles of one shape the same search key', () => {
    const handles = [
      'kerry.taylor83',
      'kerry.taylor1991',
      'KERRY.TAYLOR2',
      'mrs_amy_jones_1980',
      'mrs_amy_jones_12',
      'sam.taylor.yr.12',
      'sam.taylor.yr.7',
      'itsjacksmith_09',
      'itsjacksmith_2011',
    ];
    const keyOf = (handle: string) => readHandleText(handle).map(readingKey);
    const byShape = new Map<string, string[][]>();
    for (const handle of handles) {
      const shape = handleShape(handle);
      expect(shape, handle).toBeDefined();
      byShape.set(shape!, [...(byShape.get(shape!) ?? []), keyOf(handle)]);
    }
    expect(byShape.size).toBe(4);
    for (const keys of byShape.values()) for (const key of keys) expect(key).toEqual(keys[0]);
  });
});

describe('names spelt out a letter at a time', () => {
  const words = (readings: { words: string[] }[]) => readings.map((reading) => reading.words.join(' '));

  it('reads the words the letters spell, as decoration, and no longer the letters as initials', () => {
    const readings = readDisplayName('E L L I O T   C L A R K');
    expect(words(readings)).toEqual(['elliot clark', 'elliotclark']);
    expect(readings.every((reading) => reading.marks & FOLD.DECORATED)).toBe(true);
    expect(words(readDisplayName('L•a•y•l•a Davies'))).toEqual(['layla davies']);
    expect(words(readHandleText('j_a_c_k_smith_09'))).toEqual(['jack smith']);
    expect(readHandleText('j_a_c_k_smith_09')[0]!.numbers).toEqual(['09']);
  });

  it('keeps three single letters as initials too (`J R R Tolkien`)', () => {
    expect(words(readDisplayName('J R R Tolkien'))).toEqual(['j r r tolkien', 'jrr tolkien']);
  });

  it('gives a handle spelt out no shape: it is read more than one way', () => {
    expect(handleShape('j_a_c_k_smith_09')).toBeUndefined();
    expect(handleShape('jack_smith_09')).toBe('jack_smith_0');
  });
});

describe('a year group’s word run onto a name', () => {
  const words = (handle: string) =>
    readHandleText(handle).map((reading) => `${reading.words.join(' ')}|${reading.numbers.join(' ')}`);

  it('is read without it too, and the handle gets no shape', () => {
    expect(words('oliviay9')).toEqual(['oliviay|9', 'olivia|9']);
    expect(words('oliviayr10')).toEqual(['oliviayr|10', 'olivia|10']);
    expect(words('oliviayear9')).toEqual(['oliviayear|9', 'olivia|9']);
    expect(handleShape('oliviay9')).toBeUndefined();
  });

  it('is looked for only before a year group, 1 to 13: `kelly53` is no Kell in year 53', () => {
    expect(words('hunter.kelly53')).toEqual(['hunter kelly|53']);
    expect(words('kelly14')).toEqual(['kelly|14']);
    expect(handleShape('hunter.kelly53')).toBe('hunter.kelly0');
    expect(words('hunter.kelly13')).toEqual(['hunter kelly|13', 'hunter kell|13']);
    expect(words('oliviay09')).toEqual(['oliviay|09', 'olivia|09']);
  });

  it('is not looked for before a year, nor in a short name (Amy)', () => {
    expect(words('ashley2012')).toEqual(['ashley|2012']);
    expect(words('amy7')).toEqual(['amy|7']);
    expect(handleShape('amy7')).toBe('amy0');
  });
});

describe('a surname in capitals before the forename', () => {
  const commas = (name: string): number[] => readDisplayName(name).map((reading) => reading.commaAfter);
  it('is read as written and as `SURNAME, Forename`', () => {
    expect(commas('CLARK Elliot')).toEqual([0, 1]);
    expect(commas('HUNT-ROSS Sophie')).toEqual([0, 2]);
  });
  it('is not looked for in a name all in capitals, after an initial, or with a comma', () => {
    expect(commas('ELLIOT CLARK')).toEqual([0]);
    expect(commas('J Smith')).toEqual([0]);
    expect(commas('CLARK, Elliot')).toEqual([1]);
  });
});

describe('degrees and professional letters after a name', () => {
  it.each(['Andrea Wilkinson MBA', 'Andrea Wilkinson, ACCA', 'Andrea Wilkinson BSc PGCE', 'Dr Andrea Wilkinson FRCS'])(
    '%s says the account is an adult’s',
    (name) => {
      expect(
        readDisplayName(name).every((reading) => reading.adultWord === 'letters' || reading.adultWord === 'title'),
      ).toBe(true);
      expect(readDisplayName(name)[0]!.words).toEqual(['andrea', 'wilkinson']);
    },
  );
  it('reads a LinkedIn profile suffix of letters as the same', () => {
    expect(readHandleText('andrea-wilkinson-mba')[0]!.adultWord).toBe('letters');
  });
});

describe('the word lists a name is read against (titles, trades, filler, year words)', () => {
  it('still know every word of theirs behind the quick no', () => {
    for (const word of [...ADULT_WORDS, ...TRADE_SET]) {
      const [reading] = readHandleText(`jack_${word}_smith`);
      expect(reading?.adultWord, word).not.toBe('no');
      expect(reading?.words, word).toEqual(['jack', 'smith']);
    }
    for (const word of FILLER) expect(readHandleText(`jack_${word}_smith`)[0]?.words, word).toEqual(['jack', 'smith']);
    for (const word of ['y', 'yr', 'year'])
      expect(readHandleText(`jack_smith_${word}9`)[0]?.words, word).toEqual(['jack', 'smith']);
    expect(readHandleText('jack_smith_2k12')[0]?.numbers).toEqual(['2012']);
  });
});
