import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisplayNameAnswers } from '../../src/match/DisplayNameAnswers.js';
import { DisplayNameTally } from '../../src/match/DisplayNameTally.js';
import { tallyKeyRanges, tallyKeys } from '../../src/match/tallyKeys.js';
import { tallyEntries } from '../helpers/tallyEntries.js';

const NOTHING: object = Object.freeze({ nobody: true });

/** Display names of a few words, many repeated, some of one word or beyond ASCII. */
const name = fc
  .tuple(
    fc.constantFrom('amy', 'Jones', 'JACK', 'smith', 'Zoë', 'li', 'mo'),
    fc.constantFrom('', ' ', ', ', ' x '),
    fc.constantFrom('', 'amy', 'Jones', 'Ng', 'Łucja', 'smith'),
  )
  .map(([a, gap, b]) => `${a}${gap}${b}`);

type Step = { op: 'add' | 'get' | 'set'; name: string };
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: name.map((n): Step => ({ op: 'add', name: n })) },
  { weight: 3, arbitrary: name.map((n): Step => ({ op: 'get', name: n })) },
  { weight: 2, arbitrary: name.map((n): Step => ({ op: 'set', name: n })) },
);

describe('DisplayNameAnswers (a cache of display names kept on their tally)', () => {
  it('answers as a Map of the answers set, and leaves the tally as adds alone make it', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), fc.boolean(), (steps, releaseHalfway) => {
        const tally = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        const answers = new DisplayNameAnswers<object>(tally, NOTHING, 1_000);
        const plain = new DisplayNameTally(tallyKeys, tallyKeyRanges);
        const model = new Map<string, object>();
        steps.forEach((s, at) => {
          if (releaseHalfway && at === Math.floor(steps.length / 2)) {
            answers.release();
            model.clear();
          }
          if (s.op === 'add') {
            tally.add(s.name);
            plain.add(s.name);
          } else if (s.op === 'get') {
            expect(answers.get(s.name)).toBe(model.get(s.name));
          } else if (answers.get(s.name) === undefined) {
            // As a reader does: a name not remembered is read (it always finds the same: here, somebody
            // when its length is even) and its answer remembered.
            const value = s.name.length % 2 === 0 ? { found: s.name } : NOTHING;
            answers.set(s.name, value);
            model.set(s.name, value);
          }
        });
        for (const [n, value] of model) expect(answers.get(n)).toBe(value);
        expect(answers.kept).toBe([...model.values()].filter((v) => v !== NOTHING).length);
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
