import { describe, expect, it } from 'vitest';
import { combineMatchers } from '../../src/match/combineMatchers.js';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate, Matcher } from '../../src/match/Matcher.js';
import { posteriors } from '../../src/match/matchModel.js';
import type { Connection, Pupil, StaffMember } from '../../src/model/records.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// A school's own pupils, and another school's (one a namesake of an own pupil).
const OWN: Pupil[] = [pupil('A1', 'Jack', 'Smith'), pupil('A2', 'Amelia', 'Jones'), pupil('A3', 'Poppy', 'Ward')];
const OTHER: Pupil[] = [pupil('B1', 'Jack', 'Smith'), pupil('B2', 'Kacper', 'Nowak'), pupil('B3', 'Caitlin', 'Fraser')];
const ownIds = new Set(OWN.map((p) => p.id));
const LISTS = ['Jack Smith', 'Amelia Jones', 'Kacper Nowak', 'Rosemary Hale', 'Dev Patel', 'Poppy Ward'].map((name) =>
  connection(name),
);

/** Reads the lists through a matcher, then weighs each connection's candidates once every list is read. */
function audit(matcher: Matcher, staff: StaffMember = STAFF): Map<string, MatchCandidate[]> {
  const pending: [Connection, MatchCandidate[]][] = LISTS.map((c) => [c, matcher.match(c, staff)]);
  return new Map(pending.map(([c, candidates]) => [c.displayName!, matcher.finalise(candidates, c)]));
}

const scoped = () => createMatcher(OWN);
const joined = (keep = (p: Pupil) => !ownIds.has(p.id)) =>
  combineMatchers(scoped(), createMatcher([...OWN, ...OTHER], { keep }), (p) => ownIds.has(p.id));

const summary = (candidates: readonly MatchCandidate[] = []) =>
  candidates.map((c) => ({ id: c.pupil.id, score: c.score, reasons: c.reasons, levels: c.levels }));

describe('combineMatchers: a school’s matcher joined with the other schools’', () => {
  it('leaves own pupils weighed exactly as the school’s matcher alone weighs them when no other pupil competes', () => {
    const alone = audit(scoped());
    const both = audit(joined());
    for (const name of ['Amelia Jones', 'Poppy Ward']) {
      expect(summary(both.get(name))).toEqual(summary(alone.get(name)));
      expect(both.get(name)?.[0]?.pupil.id).toMatch(/^A/);
    }
  });

  it('finds another school’s pupil that the school’s matcher cannot see', () => {
    expect(audit(scoped()).get('Kacper Nowak')).toEqual([]);
    const [best, ...rest] = audit(joined()).get('Kacper Nowak') ?? [];
    expect(best?.pupil.id).toBe('B2');
    expect(best?.reasons).toContain('NAME_EXACT');
    expect(rest).toEqual([]);
  });

  it('shares one account’s probability between an own pupil and another school’s namesake', () => {
    const candidates = audit(joined()).get('Jack Smith') ?? [];
    expect(candidates.map((c) => c.pupil.id).sort()).toEqual(['A1', 'B1']);
    // The posterior of the joined log-odds, each from its own matcher: together at most one person.
    const expected = posteriors(candidates.map((c) => c.logOdds!));
    expect(candidates.map((c) => c.score)).toEqual(expected);
    expect(candidates.reduce((sum, c) => sum + c.score, 0)).toBeLessThan(1);
    const alone = audit(scoped()).get('Jack Smith')![0]!;
    expect(candidates.find((c) => c.pupil.id === 'A1')!.score).toBeLessThan(alone.score);
  });

  it('weighs in the other schools’ matcher only the pupils it keeps for this member of staff', () => {
    const other = createMatcher([...OWN, ...OTHER], {
      keep: (p, staff) => staff?.id !== STAFF.id || !ownIds.has(p.id),
    });
    const ids = (staff: StaffMember) =>
      other
        .match(connection('Jack Smith'), staff)
        .map((c) => c.pupil.id)
        .sort();
    expect(ids(STAFF)).toEqual(['B1']);
    expect(ids({ ...STAFF, id: 'S9' })).toEqual(['A1', 'B1']);
  });
});
