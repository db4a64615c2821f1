import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineMatchers } from '../../src/match/combineMatchers.js';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate, Matcher } from '../../src/match/Matcher.js';
import { posteriors } from '../../src/match/matchModel.js';
import { scoreBestFirst } from '../../src/match/scoreBestFirst.js';
import type { Connection, Pupil, StaffMember } from '../../src/model/records.js';
import { caseCount } from '../helpers/depth.js';
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

/** A matcher that weighs each pupil by a fixed log-odds, as `createMatcher` shares them. */
function fixedMatcher(bits: ReadonlyMap<string, number>): Matcher {
  const weigh = (candidates: readonly MatchCandidate[]) =>
    scoreBestFirst(
      candidates.map((c) => ({ ...c })),
      candidates.map((c) => bits.get(c.pupil.id)!),
    );
  const all = [...bits.keys()].map(
    (id): MatchCandidate => ({
      pupil: pupil(id, 'A', 'B'),
      score: 0,
      reasons: [],
      contributions: [],
      levels: {} as never,
    }),
  );
  return { match: () => weigh(all), finalise: (candidates) => weigh(candidates) };
}

describe('combineMatchers: the age alone beside the other schools’ candidates', () => {
  // Trust-wide: an own pupil aged 12, and another school's Olivia whose `olivia12` is her birth year.
  const own = [pupil('A1', 'Olivia', 'Ashby', { dob: '2014-02-20', yearGroup: 'Year 7' })];
  const other = [pupil('B1', 'Olivia', 'Brandt', { dob: '2012-04-10', yearGroup: 'Year 9' })];
  const trustWide = () =>
    combineMatchers(
      createMatcher(own, { auditDate: '2026-11-24' }),
      createMatcher([...own, ...other], { auditDate: '2026-11-24', keep: (p) => p.id !== 'A1' }),
      (p) => p.id === 'A1',
    );

  it('shares the account with a pupil whose birth year the number is: the number fits both', () => {
    const found = trustWide().match(connection('Olivia', 'olivia12', '2025-06-01'), STAFF);
    expect(found.map((c) => [c.pupil.id, c.levels.digits]).sort()).toEqual([
      ['A1', 'age'],
      ['B1', 'dob'],
    ]);
  });

  it('takes no share of the account from a pupil the whole name proposes', () => {
    const found = trustWide().match(connection('Olivia Brandt', 'olivia12', '2025-06-01'), STAFF);
    expect(found.map((c) => c.pupil.id)).toEqual(['B1']);
  });

  it('is the candidate where nothing else is read', () => {
    const found = trustWide().match(connection('Olivia', 'olivia11', '2025-06-01'), STAFF);
    expect(found.map((c) => [c.pupil.id, c.levels.digits])).toEqual([['A1', 'age']]);
  });

  it('is not crowded out by the other schools’ pupils of the forename whose birth year the number is', () => {
    // Trust-wide, other schools hold many Olivias born in 2012: school by school, the own pupil aged 12 is
    // the account's candidate beside none of them, and their number did not make her any less likely.
    const many = Array.from({ length: 9 }, (_, i) =>
      pupil(`B${i + 1}`, 'Olivia', `Brandt${i}`, { dob: '2012-04-10', yearGroup: 'Year 9' }),
    );
    const crowded = combineMatchers(
      createMatcher(own, { auditDate: '2026-11-24' }),
      createMatcher([...own, ...many], { auditDate: '2026-11-24', keep: (p) => p.id !== 'A1' }),
      (p) => p.id === 'A1',
    );
    const scopedAlone = createMatcher(own, { auditDate: '2026-11-24' });
    const account = connection('Olivia', 'olivia12', '2025-06-01');
    expect(scopedAlone.match(account, STAFF).map((c) => c.pupil.id)).toEqual(['A1']);
    const found = crowded.match(account, STAFF);
    expect(found.find((c) => c.pupil.id === 'A1')?.levels.digits).toBe('age');
    expect(found.filter((c) => c.levels.digits === 'dob')).toHaveLength(9);
    // The own pupil, one of ten, is the likeliest: she is at the member of staff's school.
    expect(found[0]?.pupil.id).toBe('A1');
  });

  it('still gives way to another school’s pupil that more than the forename proposes', () => {
    const many = Array.from({ length: 9 }, (_, i) =>
      pupil(`B${i + 1}`, 'Olivia', `Brandt${i}`, { dob: '2012-04-10', yearGroup: 'Year 9' }),
    );
    const crowded = combineMatchers(
      createMatcher(own, { auditDate: '2026-11-24' }),
      createMatcher([...own, ...many], { auditDate: '2026-11-24', keep: (p) => p.id !== 'A1' }),
      (p) => p.id === 'A1',
    );
    const found = crowded.match(connection('Olivia Brandt3', 'olivia12', '2025-06-01'), STAFF);
    expect(found.map((c) => c.pupil.id)).not.toContain('A1');
  });
});

describe('combineMatchers: one account’s probability over both matchers’ candidates', () => {
  it('is the posterior of all their log-odds together, best first; alone, either matcher’s own answer', () => {
    const bits = fc.array(fc.double({ min: -40, max: 40, noNaN: true }), { maxLength: 5 });
    fc.assert(
      fc.property(bits, bits, (ownBits, otherBits) => {
        const own = new Map(ownBits.map((b, i) => [`A${i}`, b]));
        const other = new Map(otherBits.map((b, i) => [`B${i}`, b]));
        const joined = combineMatchers(fixedMatcher(own), fixedMatcher(other), (p) => p.id.startsWith('A'));
        const c = connection('Anyone');
        const weighed = joined.finalise(joined.match(c, STAFF), c);
        const expected = posteriors([...ownBits, ...otherBits]);
        const byId = new Map([...own.keys(), ...other.keys()].map((id, i) => [id, expected[i]!]));
        for (const candidate of weighed) expect(candidate.score).toBeCloseTo(byId.get(candidate.pupil.id)!, 12);
        expect(weighed.map((x) => x.pupil.id).sort()).toEqual([...byId.keys()].sort());
        for (let i = 1; i < weighed.length; i++)
          expect(weighed[i - 1]!.score).toBeGreaterThanOrEqual(weighed[i]!.score);
        if (otherBits.length === 0) {
          const alone = fixedMatcher(own);
          expect(summary(weighed)).toEqual(summary(alone.finalise(alone.match(c, STAFF), c)));
        }
      }),
      { numRuns: caseCount(200, 5_000) },
    );
  });
});
