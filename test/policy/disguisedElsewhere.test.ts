import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import { judgeConnection } from '../../src/policy/judgeConnection.js';
import { REVIEW_AT } from '../../src/policy/levels.js';
import { bearingName, pupilAt, trustLookup, WHOLE_NAME } from './trustFixtures.js';

const elsewhere = pupilAt('B1', 'Southfield', 'Imogen', 'Fairweather', '2012-09-22');
/** Another school's child bearing the whole name, below REVIEW: adults bearing the name are far more usual. */
const bearing = (reasons: ReasonCode[]): MatchCandidate => bearingName(elsewhere, 0.04, {}, reasons);
const trustWide = (own: boolean) => trustLookup(() => own);

describe('trust-wide, another school’s child whose whole name is written as children disguise theirs', () => {
  it('is reviewed, however common adults bearing the name are', () => {
    expect(bearing([]).score).toBeLessThan(REVIEW_AT);
    for (const disguise of ['DECORATED', 'CONFUSABLE', 'LEETSPEAK'] as const)
      expect(judgeConnection('S1', [bearing(['NAME_EXACT', disguise])], trustWide(false))).toMatchObject({
        kind: 'finding',
        level: 'review',
      });
  });

  it('is not, written plainly or with accents folded (as adults bearing the name write it)', () => {
    for (const reasons of [['NAME_EXACT'], ['NAME_EXACT', 'ACCENTS_FOLDED']] as ReasonCode[][])
      expect(judgeConnection('S1', [bearing(reasons)], trustWide(false))).toEqual({ kind: 'none' });
  });

  it('is not without the whole name (an initial, written in mathematical letters)', () => {
    const initial = { ...bearing(['INITIAL_SURNAME', 'DECORATED']), levels: { ...WHOLE_NAME, fore: 'initial' } };
    expect(judgeConnection('S1', [initial], trustWide(false))).toEqual({ kind: 'none' });
  });

  it('leaves the member of staff’s own pupils as they were: the whole name is reviewed, disguised or not', () => {
    for (const reasons of [['NAME_EXACT'], ['NAME_EXACT', 'DECORATED']] as ReasonCode[][])
      expect(judgeConnection('S1', [bearing(reasons)], trustWide(true))).toMatchObject({ level: 'review' });
  });
});
