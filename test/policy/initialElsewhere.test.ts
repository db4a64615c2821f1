import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { judgeConnection } from '../../src/policy/judgeConnection.js';
import { bearingName, pupilAt, trustLookup } from './trustFixtures.js';

/** `emily w`: the forename, and the surname's initial only. */
const INITIAL: Partial<MatchCandidate['levels']> = { sur: 'initial' };
const emilies = ['Walker', 'Wood', 'Ward', 'Wilson'].map((surname, at) =>
  pupilAt(`E${at}`, `School ${at}`, 'Emily', surname, '2012-03-04'),
);
const [elsewhere, own] = [emilies[0]!, emilies[1]!];
const ownSchool = own.school;
/** Trust-wide: the member of staff is at `ownSchool`. */
const trustWide = trustLookup((pupil) => pupil.school === ownSchool);
const named = (candidates: MatchCandidate[], lookup = trustWide) => {
  const judgement = judgeConnection('S1', candidates, lookup);
  return judgement.kind === 'finding' ? judgement.candidates.map((c) => `${c.candidate.pupil.id} ${c.level}`) : [];
};

describe('trust-wide, another school’s child on a forename and the surname’s initial', () => {
  it('is not reviewed on its probability: every child of that forename whose surname starts so reads as well', () => {
    expect(named([bearingName(elsewhere, 0.3, INITIAL, ['NAME_EXACT', 'SURNAME_INITIAL'])])).toEqual([]);
  });

  it('nor on its share pooled with other schools’ children of the forename and initial', () => {
    const shares = emilies
      .filter((p) => p.school !== ownSchool)
      .map((p) => bearingName(p, 0.05, INITIAL, ['NAME_EXACT', 'SURNAME_INITIAL']));
    expect(named(shares)).toEqual([]);
  });

  it('is reviewed with the child’s own birth year, year group or age in the handle', () => {
    for (const digits of ['dob', 'yearGroup', 'age'] as const)
      expect(named([bearingName(elsewhere, 0.3, { ...INITIAL, digits })]), digits).toEqual(['E0 review']);
  });

  it('is named beside a pupil the account is reviewed for', () => {
    expect(
      named([
        bearingName(own, 0.4, INITIAL, ['NAME_EXACT', 'SURNAME_INITIAL']),
        bearingName(elsewhere, 0.05, INITIAL, ['NAME_EXACT', 'SURNAME_INITIAL']),
      ]),
    ).toEqual(['E1 review', 'E0 review']);
  });

  it('leaves the member of staff’s own pupils, a whole surname, and audits school by school or of one school, as they were', () => {
    expect(named([bearingName(own, 0.3, INITIAL)])).toEqual(['E1 review']);
    expect(named([bearingName(elsewhere, 0.3, { sur: 'full' })])).toEqual(['E0 review']);
    expect(named([bearingName(elsewhere, 0.3, INITIAL)], trustLookup())).toEqual(['E0 review']);
  });
});
