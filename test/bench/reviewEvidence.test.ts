import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { adultCues, familyOfReview, sizeReviews, withoutFamily } from '../../scripts/bench/reviewEvidence.js';

type Contribution = { code: string; weight: number; args?: Record<string, unknown> };
const WHOLE: Contribution[] = [
  { code: 'SURNAME_EXACT', weight: 4.74 },
  { code: 'FORENAME_EXACT', weight: 3.19 },
  { code: 'NAME_FREQUENCY', weight: -2.5 },
];
const review = (score: number, contributions: Contribution[], reasons: string[] = [], username?: string) => ({
  level: 'review',
  score,
  reasons: ['CURRENT_PUPIL', ...reasons],
  contributions,
  connection: { source: 'connections.csv:2', name: 'Tamsin Okoro', username },
});

describe('what put each review over the REVIEW line', () => {
  it('puts a bare whole name, a whole name with an unread number, and a near spelling in families of their own', () => {
    expect(familyOfReview(review(0.6, [...WHOLE, { code: 'PLATFORM', weight: 0.3 }]))).toBe('whole name alone');
    expect(familyOfReview(review(0.4, [...WHOLE, { code: 'HANDLE_OTHER_NUMBER', weight: -1.05 }]))).toBe(
      'whole name, other number',
    );
    expect(familyOfReview(review(0.4, [...WHOLE, { code: 'HANDLE', weight: 1.77 }]))).toBe('whole name and more');
    expect(
      familyOfReview(
        review(0.3, [
          { code: 'SURNAME_EXACT', weight: 4.74 },
          { code: 'FORENAME_TYPO', weight: 0.7 },
        ]),
      ),
    ).toBe('near spelling');
  });

  it('names what reviewed it below the line (the shares together, or else a rule), and a grown leaver reading as the account too, before the evidence', () => {
    expect(familyOfReview(review(0.05, WHOLE))).toBe('below the line');
    const shared = { ...review(0.06, WHOLE), otherCandidates: [{ score: 0.05 }] };
    expect(familyOfReview(shared)).toBe('pooled shares');
    expect(familyOfReview(review(0.3, WHOLE, ['GROWN_FORMER_PUPIL_TOO']))).toBe('grown leaver too');
  });

  it('reads the adult cues the audit shows: the date and platform against, no handle, and the lists’ terms lifting it over', () => {
    const againstAdult = review(0.3, [
      ...WHOLE,
      { code: 'PLATFORM', weight: -1.4, args: { platform: 'facebook' } },
      { code: 'CONNECTED_AT_PUPIL_AGE', weight: -4.4, args: { age: '4 to 7' } },
    ]);
    expect(adultCues(againstAdult)).toEqual(['connected at 4 to 7 (against)', 'on facebook (against)', 'no handle']);
    // 0.15 stands 0.67 bits over the line: the date's +1.3 put it there.
    const lifted = review(
      0.15,
      [...WHOLE, { code: 'CONNECTED_AT_PUPIL_AGE', weight: 1.3, args: { age: '8 to 12' } }],
      [],
      'tamsin.ok',
    );
    expect(adultCues(lifted)).toEqual(['lifted over the line by the lists’ terms']);
  });

  it('counts the reviews by family and leaves the flags, and other families, in the report without one', () => {
    const report = {
      findings: [
        { ...review(0.995, WHOLE), level: 'flag' },
        review(0.6, WHOLE, [], 'tamsin.ok'),
        review(0.3, [{ code: 'FORENAME_ONLY', weight: -1.85 }], [], 'tamsin2013'),
      ],
    };
    const sized = sizeReviews(report);
    expect(sized.get('whole name alone').reviews).toBe(1);
    expect(sized.get('forename and number').reviews).toBe(1);
    const less = withoutFamily(report, 'whole name alone');
    expect(less.findings.map((f: { level: string; score: number }) => [f.level, f.score])).toEqual([
      ['flag', 0.995],
      ['review', 0.3],
    ]);
  });
});
