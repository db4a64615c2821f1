import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NameWords } from '../../src/match/NameWords.js';
import { firstWord, lastWord } from '../../src/match/TrustRoll.js';
import { caseCount } from '../helpers/depth.js';

// Names as rolls write them: one word or several, accents, hyphens, apostrophes, spaces, and nothing at all.
const name = fc.option(
  fc.string({ unit: fc.constantFrom('a', 'b', 'é', 'O', ' ', '-', "'", 'ß', '1'), maxLength: 12 }),
  { freq: 8, nil: undefined },
);

// A few names asked for again and again, their first word and their last.
const asked = fc.array(name, { minLength: 1, maxLength: 6 }).chain((names) =>
  fc.array(
    fc.tuple(fc.nat(names.length - 1), fc.boolean()).map(([at, first]) => [names[at], first] as const),
    { maxLength: 40 },
  ),
);

describe('NameWords', () => {
  it('answers each name’s first and last word as firstWord and lastWord do, asked in any order and again', () => {
    fc.assert(
      fc.property(asked, (asked) => {
        const words = new NameWords();
        // Each asked twice over, so that the second answer is the remembered one.
        for (const [raw, first] of [...asked, ...asked])
          expect(first ? words.first(raw) : words.last(raw)).toBe(first ? firstWord(raw) : lastWord(raw));
      }),
      { numRuns: caseCount(300, 5_000) },
    );
  });
});
