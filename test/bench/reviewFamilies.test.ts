import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { reviewFamilies } from '../../scripts/bench/reviewFamilies.js';

const finding = (line: number, level: string, pupil: string, contributions: object[], others: string[] = []) => ({
  level,
  score: level === 'flag' ? 0.995 : 0.4,
  pupil: { id: pupil, name: pupil },
  otherCandidates: others.map((id) => ({ pupil: { id } })),
  connection: { source: `connections.csv:${line}`, platform: 'instagram' },
  contributions,
});
const AGE = { code: 'CONNECTED_AT_PUPIL_AGE', args: { age: '4 to 7' }, weight: -4.4 };
const EXACT = { code: 'FORENAME_EXACT', weight: 3.19 };

describe('the bench’s false reviews and wrong flags by family and evidence', () => {
  const truth = {
    2: { kind: 'exact', pupil: 'P1', expect: 'flag' },
    3: { kind: 'background_namesake', trap: true, expect: 'none' },
    4: { kind: 'shared_name', pupil: 'P2', expect: 'review', also: ['P3'] },
    5: { kind: 'typo', pupil: 'P4', expect: 'review' },
    6: { kind: 'background_namesake', trap: true, expect: 'none' },
  };
  const findings = [
    finding(2, 'review', 'P9', [EXACT], ['P1']), // right: the pupil is among the candidates
    finding(3, 'review', 'P5', [EXACT, AGE]), // a trap reviewed
    finding(4, 'flag', 'P3', [EXACT]), // a flag on a pupil of the same name: right
    finding(5, 'review', 'P6', [EXACT]), // a pupil's row reviewed as another pupil
    finding(6, 'flag', 'P7', [EXACT]), // a trap flagged
    finding(7, 'review', 'P8', [AGE]), // an unlabelled adult reviewed
  ];
  const found = reviewFamilies(truth, findings);

  it('counts a review false when no right pupil is named, and a flag wrong unless it names the pupil or one the row equally names', () => {
    expect(found).toMatchObject({ reviews: 4, falseReviews: 3, wrongFlags: 1 });
  });

  it('tallies them by the truth’s kind, biggest first, wrong flags before reviews', () => {
    expect(found.families.map((f: { level: string; family: string; n: number }) => [f.level, f.family, f.n])).toEqual([
      ['flag', 'background_namesake', 1],
      ['review', 'background', 1],
      ['review', 'background_namesake', 1],
      ['review', 'typo (another pupil)', 1],
    ]);
  });

  it('and by the evidence on the reviews, right beside false, the age band named (most false first)', () => {
    expect(found.codes).toEqual([
      { code: 'CONNECTED_AT_PUPIL_AGE (4 to 7)', right: 0, false: 2 },
      { code: 'FORENAME_EXACT', right: 1, false: 2 },
    ]);
  });
});
