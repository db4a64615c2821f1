import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { Pupil } from '../../src/model/records.js';
import { judgeConnection } from '../../src/policy/judgeConnection.js';
import { REVIEW_AT, SHARE_FLOOR } from '../../src/policy/levels.js';
import { bearingName, pupilAt, trustLookup } from './trustFixtures.js';

const pupil = (id: string, school: string, forename = 'Oliver'): Pupil =>
  pupilAt(id, school, forename, 'Smith', '2012-09-22');
const candidate = (
  who: Pupil,
  score: number,
  levels: Partial<MatchCandidate['levels']> = {},
  reasons: MatchCandidate['reasons'] = ['NAME_EXACT'],
): MatchCandidate => bearingName(who, score, levels, reasons);
const lookup = trustLookup((p) => p.school === 'Northfield');
const named = (candidates: MatchCandidate[]): string[] => {
  const judgement = judgeConnection('S1', candidates, lookup);
  return judgement.kind === 'finding' ? judgement.candidates.map((c) => c.candidate.pupil.id) : [];
};

describe('an account reviewed for a pupil’s name names every child it reads as just as well', () => {
  const own = pupil('A1', 'Northfield');
  const elsewhere = pupil('B1', 'Southfield');

  it('names another child of the name whose share is below the floor (trust-wide, at another school)', () => {
    const candidates = [candidate(own, 0.6), candidate(elsewhere, 0.01)];
    expect(candidates[1]!.score).toBeLessThan(SHARE_FLOOR);
    expect(named(candidates)).toEqual(['A1', 'B1']);
    const judgement = judgeConnection('S1', candidates, lookup);
    expect(judgement).toMatchObject({ kind: 'finding', level: 'review' });
  });

  it('names them read as the same usual short form (`Ollie Smith` for Oliver and for Olivia)', () => {
    const olivia = pupil('B2', 'Southfield', 'Olivia');
    expect(named([candidate(own, 0.3, { fore: 'nickname' }), candidate(olivia, 0.005, { fore: 'nickname' })])).toEqual([
      'A1',
      'B2',
    ]);
  });

  it('makes no finding of its own: below REVIEW with nobody reviewed, nobody is named', () => {
    const low = [candidate(elsewhere, 0.05), candidate(pupil('B3', 'Eastfield'), 0.01)];
    expect(low.every((c) => c.score < REVIEW_AT)).toBe(true);
    expect(judgeConnection('S1', low, lookup)).toEqual({ kind: 'none' });
  });

  it('does not name them beside a FLAG', () => {
    expect(named([candidate(own, 0.995), candidate(elsewhere, 0.004)])).toEqual(['A1']);
  });

  it('does not name a child read otherwise (an initial, half a surname) or with something against them', () => {
    expect(named([candidate(own, 0.6), candidate(elsewhere, 0.01, { fore: 'initial' })])).toEqual(['A1']);
    expect(named([candidate(own, 0.6), candidate(elsewhere, 0.01, { sur: 'part' })])).toEqual(['A1']);
    expect(named([candidate(own, 0.6), candidate(elsewhere, 0.01, { age: 'under4' })])).toEqual(['A1']);
    expect(named([candidate(own, 0.6), candidate(elsewhere, 0.01, { unexplained: '1' })])).toEqual(['A1']);
    expect(named([candidate(own, 0.6), candidate(elsewhere, 0)])).toEqual(['A1']);
  });

  it('does not name a person the policy never reports (a former pupil now grown)', () => {
    const grown: Pupil = { ...pupil('C1', 'Southfield'), dob: '2004-01-10', leavingDate: '2022-07-20' };
    expect(named([candidate(own, 0.6), candidate(grown, 0.01)])).toEqual(['A1']);
  });
});
