import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SetAside } from '../../src/audit/SetAside.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { pupil } from '../match/fixtures/pupils.js';

const LEVELS = { fore: ['legal', 'typo', 'none'], sur: ['full', 'part'], digits: ['dob', 'none'], age: ['unknown'] };
const levels = fc.record(Object.fromEntries(Object.entries(LEVELS).map(([k, v]) => [k, fc.constantFrom(...v)])));

describe('SetAside', () => {
  it('keeps each candidate’s levels as they were, one object per distinct levels, and lets contributions go', () => {
    fc.assert(
      fc.property(fc.array(levels, { maxLength: 60 }), (all) => {
        const candidates = all.map(
          (l, i): MatchCandidate => ({
            pupil: pupil(`P${i}`, 'Amy', 'Jones'),
            score: 0.5,
            reasons: ['NAME_EXACT'],
            contributions: [{ code: 'FORENAME_EXACT', weight: 3 }],
            levels: { ...l } as MatchCandidate['levels'],
          }),
        );
        new SetAside().candidates(candidates);
        candidates.forEach((c, i) => {
          expect(c.levels).toEqual(all[i]);
          expect(c.contributions).toEqual([]);
          for (const o of candidates)
            expect(o.levels === c.levels).toBe(JSON.stringify(o.levels) === JSON.stringify(c.levels));
        });
      }),
    );
  });

  it('keeps each candidate’s reasons as they were, in order, one list per distinct reasons', () => {
    const REASONS = ['NAME_EXACT', 'SHARED_NAME', 'HANDLE_YEAR_MATCHES_DOB', 'CONNECTED_WHEN_YOUNG'] as const;
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...REASONS), { maxLength: 4 }), { maxLength: 60 }), (all) => {
        const candidates = all.map(
          (reasons, i): MatchCandidate => ({
            pupil: pupil(`P${i}`, 'Amy', 'Jones'),
            score: 0.5,
            reasons: [...reasons],
            contributions: [],
            levels: { fore: 'legal' } as MatchCandidate['levels'],
          }),
        );
        const aside = new SetAside();
        aside.candidates(candidates.slice(0, 30));
        aside.candidates(candidates.slice(30));
        candidates.forEach((c, i) => {
          expect(c.reasons).toEqual(all[i]);
          for (const o of candidates) expect(o.reasons === c.reasons).toBe(o.reasons.join() === c.reasons.join());
        });
      }),
    );
  });
});
