import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateStore } from '../../src/match/CandidateStore.js';
import { LevelsTable } from '../../src/match/LevelsTable.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { FEATURES, type FeatureLevels } from '../../src/match/matchModel.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import { PUPILS } from './fixtures/pupils.js';

const REASONS: ReasonCode[] = ['NAME_EXACT', 'SHARED_NAME', 'HANDLE_YEAR_MATCHES_DOB', 'CONNECTED_WHEN_YOUNG'];
// A few features with a few levels each (and sometimes `foreForm`), in a fixed order as the matcher makes them.
const levels = fc
  .tuple(
    fc.constantFrom('legal', 'typo', 'none'),
    fc.constantFrom('full', 'part'),
    fc.constantFrom('dob', 'none'),
    fc.boolean(),
  )
  .map(([fore, sur, digits, form]) => {
    const l = Object.fromEntries(FEATURES.map((f) => [f, 'none'])) as FeatureLevels;
    Object.assign(l, { fore, sur, digits });
    if (form) l.foreForm = 'nameOfItsOwn';
    return l;
  });
const candidate = fc
  .record({
    pupil: fc.constantFrom(...PUPILS),
    levels,
    reasons: fc.array(fc.constantFrom(...REASONS), { maxLength: 4 }),
  })
  .map((c): MatchCandidate => ({ ...c, score: 0.3, contributions: [{ code: 'NAME_EXACT', weight: 2 }], logOdds: 1 }));

describe('CandidateStore', () => {
  it('gives back each candidate’s pupil, levels and reasons as they went in, past its first 1,024 and 1,536', () => {
    fc.assert(
      // Shrinking limited: a failure among 1,500 candidates is found as well at its first few shrinks.
      fc.property(
        fc.limitShrink(fc.array(candidate, { minLength: 1, maxLength: 40 }), 20),
        fc.nat(2_500),
        (all, extra) => {
          const store = new CandidateStore();
          // Copies: the property adds to their reasons after they are kept, and must not change fast-check's own values
          // (it did: each shrink then found a "smaller" list than the one it had made longer, and shrinking never ended).
          const kept = all.map((c) => ({ ...c, reasons: [...c.reasons] }));
          for (let i = 0; i < extra; i++) kept.push(kept[i % all.length]!);
          const expected = kept.map((c) => structuredClone({ levels: c.levels, reasons: c.reasons }));
          const at = kept.map((c) => store.add(c));
          // What a candidate gains after it is kept is not kept.
          for (const c of new Set(kept)) c.reasons.push('UNDER_PLATFORM_AGE');
          const out = kept.map((_, i) => store.candidate(i));
          // Booleans, not `expect`s: a diff of 1,500 candidates at each shrink is slow to make.
          return (
            at.every((a, i) => a === i) &&
            store.size === kept.length &&
            out.every((o, i) => o.pupil === kept[i]!.pupil && store.pupil(i) === o.pupil) &&
            isDeepStrictEqual(
              out.map((o) => ({ levels: o.levels, reasons: o.reasons })),
              expected,
            ) &&
            out.every((o) => o.contributions.length === 0 && o.score === 0)
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('shares one levels object and one reasons list between equal candidates, and only between equal ones', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (all) => {
        const store = new CandidateStore();
        for (const c of all) store.add(c);
        all.forEach((c, i) => {
          all.forEach((o, j) => {
            expect(store.levelsOf(i) === store.levelsOf(j)).toBe(JSON.stringify(c.levels) === JSON.stringify(o.levels));
            expect(store.reasons(i) === store.reasons(j)).toBe(c.reasons.join() === o.reasons.join());
          });
        });
      }),
    );
  });

  it('keeps no reasons when told not to, and says so rather than answer wrongly', () => {
    const store = new CandidateStore(new LevelsTable(), false);
    for (let i = 0; i < 1_500; i++)
      store.add({ pupil: PUPILS[i % 3]!, levels: { fore: 'legal' } as FeatureLevels, reasons: ['NAME_EXACT'] });
    expect(store.pupil(1_499)).toBe(PUPILS[2]);
    expect(store.levelsOf(0)).toEqual({ fore: 'legal' });
    expect(() => store.reasons(0)).toThrow(RangeError);
    expect(() => store.pupil(1_500)).toThrow(RangeError);
  });
});

describe('LevelsTable', () => {
  it('numbers equal levels alike, gives back the first it was shown, and knows its own by identity', () => {
    fc.assert(
      fc.property(fc.array(levels, { maxLength: 60 }), (all) => {
        const table = new LevelsTable();
        const ids = all.map((l) => table.idOf(l));
        all.forEach((l, i) => {
          const first = all.findIndex((o) => JSON.stringify(o) === JSON.stringify(l));
          expect(ids[i]).toBe(ids[first]);
          expect(table.canonical({ ...l })).toBe(all[first]);
          expect(table.levels(ids[i]!)).toBe(all[first]);
        });
        expect(table.size).toBe(new Set(all.map((l) => JSON.stringify(l))).size);
      }),
    );
  });

  it('tells apart levels that differ only in order of features (a different object shape)', () => {
    const table = new LevelsTable();
    const a = table.idOf({ fore: 'legal', sur: 'full' } as FeatureLevels);
    const b = table.idOf({ sur: 'full', fore: 'legal' } as FeatureLevels);
    expect(a).not.toBe(b);
  });
});
