import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayNameAnswers } from '../../src/match/DisplayNameAnswers.js';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { tallyKeyRanges, tallyKeys } from '../../src/match/tallyKeys.js';
import { lettered } from '../helpers/lettered.js';
import { tallyEntries } from '../helpers/tallyEntries.js';
import { BoundedCache } from './BoundedCache.js';

const NOTHING: object = Object.freeze({ nobody: true });

/** Display names of a few words, many repeated, some of one word or beyond ASCII. */
const name = fc
  .tuple(
    fc.constantFrom('amy', 'Jones', 'JACK', 'smith', 'Zoë', 'li', 'mo'),
    fc.constantFrom('', ' ', ', ', ' x '),
    fc.constantFrom('', 'amy', 'Jones', 'Ng', 'Łucja', 'smith'),
  )
  .map(([a, gap, b]) => `${a}${gap}${b}`);

/** A display name for each number, its words letters only (`lettered`): as many names apart as wanted. */
const numbered = fc.nat(3_000).map((n) => `amy ${lettered(n)}`);

type Step = { op: 'add' | 'get' | 'set'; name: string };
const stepOf = (names: fc.Arbitrary<string>): fc.Arbitrary<Step> =>
  fc.oneof(
    { weight: 4, arbitrary: names.map((n): Step => ({ op: 'add', name: n })) },
    { weight: 3, arbitrary: names.map((n): Step => ({ op: 'get', name: n })) },
    { weight: 2, arbitrary: names.map((n): Step => ({ op: 'set', name: n })) },
  );
/**
 * Most runs about ten steps (fast-check's default size); one in 25 2,500-3,500 steps over names mostly numbered,
 * past the 1,024 entries the tally first has room for (its answers grown with them). Shrinking limited:
 * thousands of steps shrunk one by one take minutes.
 */
const steps = fc.oneof(
  { weight: 24, arbitrary: fc.array(stepOf(name), { maxLength: 400 }) },
  {
    weight: 1,
    arbitrary: fc.limitShrink(
      fc.array(stepOf(fc.oneof({ weight: 1, arbitrary: name }, { weight: 3, arbitrary: numbered })), {
        minLength: 2_500,
        maxLength: 3_500,
        size: 'max',
      }),
      10,
    ),
  },
);

describe('DisplayNameAnswers (a cache of display names kept on their tally)', () => {
  it('answers as a Map of the answers of nobody and a BoundedCache of the others, and leaves the tally as adds alone make it', () => {
    fc.assert(
      // A limit of 4 or 64: the cache of answers that found somebody turns over within a few steps.
      fc.property(steps, fc.boolean(), fc.constantFrom(4, 64, 1_000), (steps, releaseHalfway, limit) => {
        const tally = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        const answers = new DisplayNameAnswers<object>(tally, NOTHING, limit);
        const plain = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        // The answers of nobody are kept on the tally's entries, never let go; the others as FingerprintCache keeps them.
        const nobody = new Set<string>();
        let found = new BoundedCache<string, object>(limit);
        const modelGet = (n: string) => (nobody.has(n) ? NOTHING : found.get(n));
        let wrong = 0;
        steps.forEach((s, at) => {
          if (releaseHalfway && at === Math.floor(steps.length / 2)) {
            answers.release();
            nobody.clear();
            found = new BoundedCache<string, object>(limit);
          }
          if (s.op === 'add') {
            tally.add(s.name);
            plain.add(s.name);
          } else if (s.op === 'get') {
            if (answers.get(s.name) !== modelGet(s.name)) wrong++;
          } else {
            const got = answers.get(s.name);
            if (got !== modelGet(s.name)) wrong++;
            if (got !== undefined) return;
            // As a reader does: a name not remembered is read (it always finds the same: here, somebody
            // when its length is even) and its answer remembered.
            const value = s.name.length % 2 === 0 ? { found: s.name } : NOTHING;
            answers.set(s.name, value);
            if (value === NOTHING) nobody.add(s.name);
            else found.set(s.name, value);
          }
        });
        // Every name answered, at the end: its answer of nobody kept, the others as the model's halves keep them.
        for (const s of steps) if (answers.get(s.name) !== modelGet(s.name)) wrong++;
        expect(wrong).toBe(0);
        expect(answers.kept).toBeLessThanOrEqual(limit);
        // The same words with the same ids, and the same entries in the same order.
        expect(tally.words).toEqual(plain.words);
        expect(tallyEntries(tally)).toEqual(tallyEntries(plain));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps at most its limit of answers that found somebody, the newest remembered', () => {
    const tally = new DisplayNameTally(tallyKeys, tallyKeyRanges);
    const answers = new DisplayNameAnswers<object>(tally, NOTHING, 100);
    const values = Array.from({ length: 500 }, (_, i) => ({ found: i }));
    values.forEach((v, i) => {
      answers.set(`name ${i}`, v);
      expect(answers.kept).toBeLessThanOrEqual(100);
    });
    expect(answers.get('name 499')).toBe(values[499]);
    expect(answers.get('name 0')).toBeUndefined();
  });
});
