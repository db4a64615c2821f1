import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import { judgeConnection } from '../../src/policy/judgeConnection.js';
import { REVIEW_AT, SHARE_FLOOR } from '../../src/policy/levels.js';
import { bearingName, pupilAt, trustLookup } from './trustFixtures.js';

const elsewhere = pupilAt('B1', 'Southfield', 'Imogen', 'Fairweather', '2012-09-22');
/** Another school's child bearing the whole name, below REVIEW: adults bearing the name are far more usual. */
const bearing = (lists: string, score = 0.04): MatchCandidate =>
  bearingName(elsewhere, score, { lists } as Partial<MatchCandidate['levels']>);
const trustWide = (own: boolean) => trustLookup(() => own);

describe('trust-wide, another school’s child bearing the whole name on several staff lists', () => {
  it('is reviewed: an account several of the trust’s staff hold is known in the trust, as its children are', () => {
    expect(bearing('several').score).toBeLessThan(REVIEW_AT);
    expect(judgeConnection('S1', [bearing('several')], trustWide(false))).toMatchObject({
      kind: 'finding',
      level: 'review',
      candidates: [{ candidate: { pupil: { id: 'B1' } } }],
    });
  });

  it('is not on one list, or where the lists are not known (adults bearing the name are far more usual)', () => {
    for (const lists of ['one', 'unknown'])
      expect(judgeConnection('S1', [bearing(lists)], trustWide(false))).toEqual({ kind: 'none' });
  });

  it('is not below the share a name is worth naming at', () => {
    expect(judgeConnection('S1', [bearing('several', SHARE_FLOOR / 2)], trustWide(false))).toEqual({ kind: 'none' });
  });

  it('is not without the whole name, nor with something against it', () => {
    const initial = { ...bearing('several'), levels: { ...bearing('several').levels, fore: 'initial' } };
    const adult = { ...bearing('several'), levels: { ...bearing('several').levels, adultWords: 'yes' } };
    for (const candidate of [initial, adult] as MatchCandidate[])
      expect(judgeConnection('S1', [candidate], trustWide(false))).toEqual({ kind: 'none' });
  });
});
