import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { NameTerms } from '../../src/match/NameTerms.js';
import { lettered } from '../helpers/lettered.js';
import { connection, PUPILS, STAFF, WEIGHING_ROWS } from './fixtures/pupils.js';

const keysOf = (raw: string): [string, string] | undefined => {
  const words = raw
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
  return words.length < 2 ? undefined : [words[0]!, words.at(-1)!];
};

const FORES = ['amy', 'jack', 'zara', 'li', 'mo', 'olek'];
const SURS = ['jones', 'smith', 'khan', 'ng', 'nowak'];
const row = fc.record({
  fore: fc.constantFrom(...FORES),
  sur: fc.constantFrom(...SURS),
  platform: fc.constantFrom('instagram', 'facebook', 'tiktok'),
  handle: fc.option(
    fc.nat(40).map((n) => `h${n}`),
    { nil: undefined },
  ),
  shout: fc.boolean(),
});
/**
 * Most runs about ten rows (fast-check's default size); one in ten 1,500-3,000 rows, most of words apart, past what
 * the tally (1,024 names, 512 words), the whole names' pairs (768) and the accounts (1,024) first have room for, so
 * that what is let go has grown. Shrinking limited: thousands of rows shrunk one by one take minutes.
 */
const rows = fc.oneof(
  { weight: 9, arbitrary: fc.array(row, { maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.limitShrink(
      fc.array(
        fc.oneof(
          row,
          fc.record({
            fore: fc.nat(1_000).map(lettered),
            sur: fc.nat(1_000).map(lettered),
            platform: fc.constantFrom('instagram', 'facebook', 'tiktok'),
            handle: fc.nat(5_000).map((n) => `h${n}`),
            shout: fc.boolean(),
          }),
        ),
        { minLength: 1_500, maxLength: 3_000, size: 'max' },
      ),
      10,
    ),
  },
);

type Row = typeof row extends fc.Arbitrary<infer R> ? R : never;

function read(terms: NameTerms, list: readonly Row[]): void {
  for (const r of list) {
    const name = `${r.fore} ${r.sur}`;
    terms.note(r.shout ? name.toUpperCase() : name, r.platform, r.handle);
  }
}

/** Every question the weighing asks of the terms, for every name on the lists and one never met. */
function answers(terms: NameTerms, asked: readonly (readonly [string, string])[]) {
  return asked.map(([fore, sur]) => ({
    shares: terms.shares(fore, sur, true, `${fore} ${sur}`),
    sharesNoOwn: terms.shares(fore, sur, true),
    other: terms.otherAccounts(fore, sur, `${fore} ${sur}`),
    whole: terms.wholeCount(fore, sur),
    clustering: [terms.wholeNameClustering, terms.pupilsNameClustering],
    accounts: terms.accountCount,
  }));
}

describe('letting go of the display names once tallied', () => {
  it('NameTerms answers the weighing as before letting go', () => {
    fc.assert(
      fc.property(rows, fc.subarray(FORES), (list, pupilsFores) => {
        const make = () => {
          const terms = new NameTerms({ forename: 0.001, surname: 0.001 });
          for (const fore of pupilsFores) terms.notePupil([fore], ['smith']);
          read(terms, list);
          return terms;
        };
        const kept = make();
        const letGo = make();
        letGo.letGoOfNames();
        const asked = [
          ...FORES.flatMap((f) => SURS.map((s) => [f, s] as const)),
          ['nobody', 'else'] as const,
          // Up to 200 names of the rows, a word apart: their words were tallied past the tally's first room.
          ...list.filter((_, i) => i % Math.ceil(list.length / 200) === 0).map((r) => [r.fore, r.sur] as const),
        ];
        // Booleans, not `expect`s: a diff of hundreds of answers at each shrink is slow to make.
        return isDeepStrictEqual(answers(letGo, asked), answers(kept, asked));
      }),
      { numRuns: 60 },
    );
  });

  it('DisplayNameTally keeps every word, answers no name, and refuses a tally once a name is counted after', () => {
    fc.assert(
      fc.property(rows, (list) => {
        const tally = new DisplayNameTally(keysOf);
        for (const r of list) tally.add(`${r.fore} ${r.sur}`);
        tally.remember('amy jones', 1);
        const all = [...FORES, ...SURS, 'nobody', ...list.flatMap((r) => [r.fore, r.sur])];
        const words = all.map((w) => tally.idOf(w));
        tally.letGoOfNames();
        expect(
          isDeepStrictEqual(
            all.map((w) => tally.idOf(w)),
            words,
          ),
        ).toBe(true);
        expect(tally.answerOf('amy jones')).toBe(0);
        tally.remember('amy jones', 1);
        expect(tally.answerOf('amy jones')).toBe(0);
        expect(() => tally.forEach(() => {})).toThrow(/let go/);
        tally.add('jack smith');
        expect(() => tally.forEach(() => {})).toThrow(/counted after forgetCaches/);
      }),
      { numRuns: 40 },
    );
  });

  it('a NameTerms that counts a new name after letting go refuses to tally rather than weigh with lost counts', () => {
    const terms = new NameTerms({ forename: 0.001, surname: 0.001 });
    terms.note('Amy Jones', 'instagram', 'amyj');
    terms.letGoOfNames();
    expect(terms.wholeCount('amy', 'jones')).toBe(1);
    terms.note('Amy Jones', 'tiktok', 'amy.j');
    expect(() => terms.wholeCount('amy', 'jones')).toThrow(/counted after forgetCaches/);
  });

  it('a matcher that let its names go before forgetCaches weighs as one that never did', () => {
    const rows = [...WEIGHING_ROWS, connection('Jack Smith', 'jacksmith2013'), connection('SMITH, Jack', undefined)];
    const letGo = createMatcher(PUPILS);
    const kept = createMatcher(PUPILS);
    const read = rows.map((row) => [letGo.match(row, STAFF), kept.match(row, STAFF)] as const);
    expect(read.some(([mine]) => mine.length > 0)).toBe(true);
    letGo.letGoOfNames?.();
    letGo.forgetCaches?.();
    read.forEach(([mine, theirs], i) => {
      expect(letGo.finalise(mine, rows[i]!)).toEqual(kept.finalise(theirs, rows[i]!));
    });
  });
});
