import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { priorBits, reviewGrowth } from '../../scripts/bench/trustWideGrowth.js';

const finding = (
  line: number,
  level: string,
  school: string,
  score: number,
  others: string[] = [],
  contributions: { code: string; weight: number }[] = [],
) => ({
  level,
  score,
  reasons: ['NAME_EXACT', 'CURRENT_PUPIL'],
  contributions,
  staff: { id: 'S1', school: 'Oak Primary' },
  pupil: { id: `P${line}`, school },
  otherCandidates: others.length ? others.map((s) => ({ pupil: { id: 'X', school: s }, score: 0.05 })) : undefined,
  connection: { source: `connections.csv:${line}` },
});

describe('a trust’s reviews from school by school to trust-wide', () => {
  const scoped = { findings: [finding(2, 'review', 'Oak Primary', 0.4)] };
  const trustWide = {
    findings: [
      finding(2, 'review', 'Oak Primary', 0.4),
      finding(3, 'review', 'Elm Academy', 0.3),
      finding(4, 'review', 'Elm Academy', 0.06, ['Ash School']),
      finding(5, 'review', 'Elm Academy', 0.2, ['OAK PRIMARY']),
      finding(6, 'flag', 'Elm Academy', 0.995),
    ],
  };

  it('splits the reviews into those naming an own pupil and those naming only other schools’ children', () => {
    const { totals, families } = reviewGrowth(scoped, trustWide);
    expect(totals).toEqual({ own: 2, other: 2, otherPooled: 1, scoped: 1 });
    expect(families).toEqual([
      ['own: whole name', { reviews: 2, scopedToo: 1, pooled: 0 }],
      ['other: whole name', { reviews: 2, scopedToo: 0, pooled: 1 }],
    ]);
  });

  it('recovers each matcher’s prior from findings with one candidate: the score’s log-odds less what is shown', () => {
    const report = {
      findings: [
        finding(7, 'review', 'Oak Primary', 0.5, [], [{ code: 'SURNAME_EXACT', weight: 3 }]),
        finding(8, 'review', 'Elm Academy', 0.2, [], [{ code: 'SURNAME_EXACT', weight: 4 }]),
        finding(9, 'review', 'Elm Academy', 0.3, ['Ash School'], [{ code: 'SURNAME_EXACT', weight: 4 }]),
      ],
    };
    const prior = priorBits(report);
    expect(prior.own).toEqual({ n: 1, median: -3 });
    expect(prior.other.n).toBe(1);
    expect(prior.other.median).toBeCloseTo(-6, 6);
  });
});
