import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import { judgeConnection, type PolicyLookup } from '../../src/policy/judgeConnection.js';
import { FLAG_AT } from '../../src/policy/levels.js';
import { bearingName, pupilAt, trustLookup } from './trustFixtures.js';

/** The whole name and nothing else: no middle name, no number of the child's, on one staff list. */
const NAME_ALONE: Partial<MatchCandidate['levels']> = { middle: 'no', age: 'age8to12', lists: 'one' };
const child = pupilAt('B1', 'Southfield', 'Gulliver', 'Bramdale', '2013-05-02');
/** A rare name, beyond FLAG on its odds alone. */
const rare = (levels: Partial<MatchCandidate['levels']> = {}, reasons: ReasonCode[] = ['NAME_EXACT']): MatchCandidate =>
  bearingName(child, 0.996, { ...NAME_ALONE, ...levels }, reasons);
const lookup = (ownSchool?: boolean): PolicyLookup =>
  trustLookup(ownSchool === undefined ? undefined : () => ownSchool);
const levelOf = (candidate: MatchCandidate, at: PolicyLookup) => {
  const judgement = judgeConnection('S1', [candidate], at);
  return judgement.kind === 'finding' ? judgement.level : judgement.kind;
};

describe('trust-wide, another school’s child on the name alone', () => {
  it('is reviewed, not flagged, however rare the name', () => {
    expect(rare().score).toBeGreaterThanOrEqual(FLAG_AT);
    expect(levelOf(rare(), lookup(false))).toBe('review');
  });

  it('is flagged on evidence of the child’s own beside the name', () => {
    for (const own of [
      { middle: 'yes' },
      { digits: 'dob' },
      { digits: 'yearGroup' },
      { digits: 'age' },
      { lists: 'several' },
    ])
      expect(levelOf(rare(own), lookup(false)), JSON.stringify(own)).toBe('flag');
  });

  it('is flagged on a name disguised as children write theirs, which adults bearing it do not', () => {
    for (const disguise of ['DECORATED', 'CONFUSABLE', 'LEETSPEAK'] as const)
      expect(levelOf(rare({}, ['NAME_EXACT', disguise]), lookup(false))).toBe('flag');
  });

  it('leaves the member of staff’s own pupils, and audits school by school or of one school, as they were', () => {
    expect(levelOf(rare(), lookup(true))).toBe('flag');
    expect(levelOf(rare(), lookup())).toBe('flag');
  });
});
