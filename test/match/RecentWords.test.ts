import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { RecentWords, wordSlot } from '../../src/match/RecentWords.js';
import { pupil } from './fixtures/pupils.js';

const word = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'c', 'j', 'k', 'm', 's', 'y'), maxLength: 7 }),
  fc.constantFrom('jack', 'smith', 'amy', 'jones', 'jak', 'smithy', 'jackie', 'zzz'),
);

describe('RecentWords', () => {
  it('in front of a function, answers every word as the function does, whatever the order and slot clashes', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 300 }), fc.constantFrom(1, 2, 8, 64), (words, slots) => {
        const plain = (w: string) => `${w}:${w.length}`;
        const recent = new RecentWords<string>(slots);
        for (const w of words) {
          let answer = recent.get(w);
          if (answer === undefined) {
            answer = plain(w);
            recent.set(w, answer);
          }
          expect(answer).toBe(plain(w));
        }
      }),
    );
  });

  it('gives slots within the mask, the same for the same word', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(0, 1, 7, 4095), (w, mask) => {
        const slot = wordSlot(w, mask);
        expect(slot).toBeGreaterThanOrEqual(0);
        expect(slot).toBeLessThanOrEqual(mask);
        expect(wordSlot(`${w}`, mask)).toBe(slot);
      }),
    );
  });

  it("leaves PupilIndex.facts as a fresh index's first answer for each word, asked in any order", () => {
    const book = createNicknameBook();
    const pupils = [
      pupil('P01', 'Jack', 'Smith'),
      pupil('P02', 'Amy', 'Jones'),
      pupil('P03', 'Jackie', 'Mack'),
      pupil('P04', 'Kay', 'Sams'),
    ];
    const fresh = new Map<string, unknown>();
    const plain = (w: string) => {
      if (!fresh.has(w)) fresh.set(w, new PupilIndex(pupils, book).facts(w));
      return fresh.get(w);
    };
    fc.assert(
      fc.property(fc.array(word, { maxLength: 80 }), (words) => {
        const index = new PupilIndex(pupils, book);
        for (const w of words) expect(index.facts(w)).toEqual(plain(w));
      }),
      { numRuns: 60 },
    );
  });
});
