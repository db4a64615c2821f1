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

describe('trust-wide, another school’s child on a forename’s initial and the surname alone (fr49)', () => {
  /** `g_bramdale` for Gulliver Bramdale, the handle alone naming him: the initial and the surname, at a review's odds. */
  const initial = (levels: Partial<MatchCandidate['levels']> = {}, score = 0.45): MatchCandidate =>
    bearingName(child, score, { ...NAME_ALONE, fore: 'initial', names: 'handle', ...levels }, ['INITIAL_SURNAME']);
  const judged = (candidates: MatchCandidate[], at: PolicyLookup) => {
    const judgement = judgeConnection('S1', candidates, at);
    return judgement.kind === 'finding' ? judgement.candidates.map((c) => c.candidate.pupil.id) : judgement.kind;
  };

  it('is not reported', () => {
    expect(levelOf(initial(), lookup(false))).toBe('none');
  });

  it('is reviewed on evidence of the child’s own beside it, or a name disguised as children write theirs', () => {
    for (const own of [
      { middle: 'yes' },
      { digits: 'dob' },
      { digits: 'yearGroup' },
      { digits: 'age' },
      { lists: 'several' },
    ])
      expect(levelOf(initial(own), lookup(false)), JSON.stringify(own)).toBe('review');
    expect(
      levelOf(
        bearingName(child, 0.45, { ...NAME_ALONE, fore: 'initial' }, ['INITIAL_SURNAME', 'DECORATED']),
        lookup(false),
      ),
    ).toBe('review');
  });

  it('is reviewed beside a display name that names the child too ("Gulliver 🌿" beside `g_bramdale`)', () => {
    expect(levelOf(initial({ names: 'both' }), lookup(false))).toBe('review');
  });

  it('leaves the member of staff’s own pupils, and audits school by school or of one school, as they were', () => {
    expect(levelOf(initial(), lookup(true))).toBe('review');
    expect(levelOf(initial(), lookup())).toBe('review');
  });

  it('adds nothing to the shares of the other children the account may be', () => {
    const namesake = bearingName(pupilAt('B2', 'Eastbrook', 'Gulliver', 'Bramdale', '2012-01-09'), 0.06, NAME_ALONE);
    expect(judged([initial({}, 0.06), namesake], lookup(false))).toBe('none');
    expect(judged([initial({}, 0.06), namesake], lookup(true))).toEqual(['B1', 'B2']);
  });

  it('is still listed as exempt where a family link declares the child', () => {
    const declared: PolicyLookup = {
      ...lookup(false),
      exemptionFor: (_staff, pupil) =>
        pupil === 'B1'
          ? { staffId: 'S1', pupilId: 'B1', relationship: 'son', source: { file: 'e.csv', line: 2 } }
          : undefined,
    };
    expect(levelOf(initial(), declared)).toBe('exempt');
  });
});
