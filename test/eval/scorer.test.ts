import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { BIN_EDGES, binOf } from '../../eval/lib/calibration.mjs';
// @ts-expect-error plain ESM module without types
import { formatFigures } from '../../eval/lib/formatFigures.mjs';
// @ts-expect-error plain ESM module without types
import { scoreReport } from '../../eval/lib/scoreReport.mjs';

// A hand-made truth: six planted rows and 1,000 connections in all.
const truthRows = [
  {
    source: 'c.csv:2',
    kind: 'exact',
    class: 'clear',
    who: 'current',
    pupil_id: 'P1',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
  {
    source: 'c.csv:3',
    kind: 'stretched-letters',
    class: 'clear',
    who: 'current',
    pupil_id: 'P2',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
  {
    source: 'c.csv:4',
    kind: 'initial-surname',
    class: 'weak',
    who: 'current',
    pupil_id: 'P3',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
  {
    source: 'c.csv:5',
    kind: 'namesake-linkedin',
    class: 'adult',
    who: 'adult',
    pupil_id: '',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
  {
    source: 'c.csv:6',
    kind: 'parent-title',
    class: 'adult',
    who: 'adult',
    pupil_id: '',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
  {
    source: 'c.csv:7',
    kind: 'exact',
    class: 'clear',
    who: 'exempt',
    pupil_id: 'P4',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
  {
    source: 'c.csv:8',
    kind: 'one-typo',
    class: 'weak',
    who: 'current',
    pupil_id: 'P5',
    pupil_school: 'A',
    staff_id: 'S1',
    staff_school: 'A',
  },
];
const truth = {
  rows: truthRows,
  pupils: new Map(['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((id) => [id, { id, school: 'A' }])),
  staff: new Map([['S1', { id: 'S1', school: 'A' }]]),
  meta: { size: 'hand-made', seed: 'x', trust: false, connections: 1000 },
};
const finding = (level: string, source: string, pupil: string, others: string[] = []) => ({
  level,
  staff: { id: 'S1' },
  pupil: { id: pupil },
  connection: { source },
  ...(others.length ? { otherCandidates: others.map((id) => ({ pupil: { id } })) } : {}),
});

const report = {
  findings: [
    finding('flag', 'c.csv:2', 'P1'), // right flag
    finding('review', 'c.csv:4', 'P6', ['P3']), // found: the right pupil is a candidate
    finding('flag', 'c.csv:5', 'P1'), // an adult flagged: wrong
    finding('review', 'c.csv:99', 'P2'), // a background adult reviewed: false review
    finding('flag', 'c.csv:8', 'P6'), // a pupil flagged as another pupil: wrong
    finding('review', 'c.csv:8', 'P6'), // and reviewed as another: false review
  ],
  exempted: [{ connection: { source: 'c.csv:7' }, pupil: { id: 'P4' } }],
};

describe('held-out scorer', () => {
  const s = scoreReport(report, truth);

  it('counts flags and their precision', () => {
    expect(s.flags).toBe(3);
    expect(s.rightFlags).toBe(1);
    expect(s.flagPrecision).toBeCloseTo(100 / 3, 6);
    expect(s.wrongFlagsByKind).toEqual({ 'namesake-linkedin': 1, 'one-typo (as another pupil)': 1 });
  });

  it('counts clear-cut and weak-evidence pupils found', () => {
    expect(s.clearCut).toEqual({ n: 2, flaggedPct: 50, foundPct: 50 });
    expect(s.weakEvidence.n).toBe(2);
    expect(s.weakEvidence.foundPct).toBe(50);
  });

  it('counts false reviews per finding, per 1,000 connections', () => {
    expect(s.reviews).toBe(3);
    expect(s.falseReviews).toBe(2);
    expect(s.falseReviewsPer1000).toBe(2);
    expect(s.backgroundAdultsReviewed).toBe(1);
    expect(s.backgroundAdultsFlagged).toBe(0);
  });

  it('checks what must never be reported', () => {
    expect(s.mustNeverBeReported).toEqual({ former18Plus: 0, parents: 0, exemptedLinks: 0 });
    expect(s.exemptedListed).toEqual({ listed: 1, of: 1 });
    const worse = scoreReport(
      { findings: [finding('review', 'c.csv:6', 'P1'), finding('flag', 'c.csv:7', 'P4')] },
      truth,
    );
    expect(worse.mustNeverBeReported).toEqual({ former18Plus: 0, parents: 1, exemptedLinks: 1 });
  });

  it('counts a former pupil 18+ as reported only when a finding names that pupil', () => {
    const withFormer = {
      ...truth,
      rows: [
        ...truthRows,
        {
          source: 'c.csv:10',
          kind: 'exact',
          class: 'clear',
          who: 'former-18plus',
          pupil_id: 'F1',
          pupil_school: 'A',
          staff_id: 'S1',
          staff_school: 'A',
        },
      ],
    };
    const namesake = scoreReport({ findings: [finding('flag', 'c.csv:10', 'P6')] }, withFormer);
    expect(namesake.mustNeverBeReported.former18Plus).toBe(0);
    expect(namesake.wrongFlagsByKind).toEqual({ 'exact (former-18plus)': 1 });
    const named = scoreReport({ findings: [finding('review', 'c.csv:10', 'F1')] }, withFormer);
    expect(named.mustNeverBeReported.former18Plus).toBe(1);
    expect(named.falseReviews).toBe(1);
  });

  it('gives a per-kind table with every planted row in exactly one outcome', () => {
    const row = (kind: string, group: string) =>
      s.perKind.find((t: { kind: string; group: string }) => t.kind === kind && t.group === group);
    expect(row('exact', 'clear')).toMatchObject({ n: 1, flagged: 1, reviewed: 0, missed: 0, wrong: 0 });
    expect(row('stretched-letters', 'clear')).toMatchObject({ n: 1, missed: 1 });
    expect(row('one-typo', 'weak')).toMatchObject({ n: 1, wrong: 1 });
    for (const t of s.perKind) expect(t.flagged + t.reviewed + t.missed + t.wrong).toBe(t.n);
  });

  it('in a trust audited school by school, counts pupils of another school reported', () => {
    const trustTruth = {
      ...truth,
      pupils: new Map([...truth.pupils, ['Q1', { id: 'Q1', school: 'B' }]]),
      rows: [
        ...truthRows,
        {
          source: 'c.csv:9',
          kind: 'exact',
          class: 'clear',
          who: 'other-school',
          pupil_id: 'Q1',
          pupil_school: 'B',
          staff_id: 'S1',
          staff_school: 'A',
        },
      ],
      meta: { ...truth.meta, trust: true },
    };
    const r = { findings: [finding('flag', 'c.csv:9', 'Q1')] };
    expect(scoreReport(r, trustTruth).otherSchool).toEqual({ pupilsOfAnotherSchoolReported: 1 });
    expect(scoreReport(r, trustTruth).rightFlags).toBe(0);
    const wide = scoreReport(r, trustTruth, { trustWide: true });
    expect(wide.otherSchool).toEqual({ n: 1, foundPct: 100 });
    expect(wide.rightFlags).toBe(1);
  });
});

describe('held-out scorer: calibration of the scores', () => {
  const scored = (level: string, source: string, pupil: string, score: unknown, others: [string, unknown][] = []) => ({
    ...finding(level, source, pupil),
    score,
    ...(others.length ? { otherCandidates: others.map(([id, s]) => ({ pupil: { id }, score: s })) } : {}),
  });
  // Six pairs: P1 right (0.995), P6 wrong (0.6) with candidate P3 right (0.3), an adult flagged at exactly
  // 0.99 (wrong), a background adult (0.1, wrong), P5 right (0.85).
  const calibrated = {
    findings: [
      scored('flag', 'c.csv:2', 'P1', 0.995),
      scored('review', 'c.csv:4', 'P6', 0.6, [['P3', 0.3]]),
      scored('flag', 'c.csv:5', 'P1', 0.99),
      scored('review', 'c.csv:99', 'P2', 0.1),
      scored('review', 'c.csv:8', 'P5', 0.85),
    ],
    exempted: [],
  };
  const c = scoreReport(calibrated, truth).calibration;
  const bin = (lo: number) => c.bins.find((b: { lo: number }) => b.lo === lo);

  it('puts a score in the bin [edge, next edge): exactly 0.99 is in 0.99–0.999, 1 in ≥ 0.999', () => {
    const cases: [number, number][] = [
      [0, 0],
      [0.0499, 0],
      [0.05, 1],
      [0.2, 2],
      [0.5, 3],
      [0.8, 4],
      [0.95, 5],
      [0.98999, 5],
      [0.99, 6],
      [0.99899, 6],
      [0.999, 7],
      [1, 7],
    ];
    for (const [score, i] of cases) expect([score, binOf(score)]).toEqual([score, i]);
    expect(BIN_EDGES).toEqual([0, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 0.999]);
  });

  it('gives each bin its n, mean score and share right, the finding and its candidates each a pair', () => {
    expect(c.n).toBe(6);
    expect(c.bins.map((b: { n: number }) => b.n)).toEqual([0, 1, 1, 1, 1, 0, 2, 0]);
    expect(bin(0.99)).toMatchObject({ n: 2, right: 1, shareRight: 0.5 });
    expect(bin(0.99).meanScore).toBeCloseTo(0.9925, 12);
    expect(bin(0.2)).toMatchObject({ n: 1, right: 1, meanScore: 0.3 }); // the candidate P3
    expect(bin(0.5)).toMatchObject({ n: 1, right: 0, meanScore: 0.6 });
    expect(bin(0)).toMatchObject({ n: 0, meanScore: null, shareRight: null });
    expect(c.sumScore).toBeCloseTo(3.835, 12);
    expect(c.right).toBe(3);
  });

  it('computes the Brier score and the expected calibration error by hand', () => {
    // Brier: (0.005² + 0.6² + 0.7² + 0.99² + 0.1² + 0.15²) / 6
    expect(c.brier).toBeCloseTo(1.862625 / 6, 12);
    // ECE: (|0.1−0| + |0.3−1| + |0.6−0| + |0.85−1|) / 6 + 2/6 · |0.9925−0.5|
    expect(c.ece).toBeCloseTo((0.1 + 0.7 + 0.6 + 0.15) / 6 + (2 / 6) * 0.4925, 12);
  });

  it('splits the pairs by group of the row and by role', () => {
    expect(Object.keys(c.byGroup)).toEqual(['clear', 'weak', 'planted adults', 'background']);
    expect(c.byGroup.weak).toMatchObject({ n: 3, right: 2 });
    expect(c.byGroup.weak.meanScore).toBeCloseTo((0.6 + 0.3 + 0.85) / 3, 12);
    expect(c.byGroup['planted adults']).toMatchObject({ n: 1, right: 0, meanScore: 0.99 });
    expect(c.byRole.flag).toMatchObject({ n: 2, right: 1 });
    expect(c.byRole.review).toMatchObject({ n: 3, right: 1 });
    expect(c.byRole.candidate).toMatchObject({ n: 1, right: 1, meanScore: 0.3 });
    // the current pupils' rows: P1, P3 and P5 named, P2 (c.csv:3) not
    expect(c.expectedPupilRows).toEqual({ n: 4, unnamed: 1 });
    const withNamesake = {
      ...truth,
      rows: [
        ...truthRows,
        { ...truthRows[3], source: 'c.csv:11', kind: 'namesake-background', who: 'namesake-background' },
      ],
    };
    const n = scoreReport({ findings: [scored('review', 'c.csv:11', 'P2', 0.4)] }, withNamesake).calibration;
    expect(n.byGroup).toEqual({ 'background namesakes': expect.objectContaining({ n: 1, right: 0 }) });
  });

  it("counts flags below 0.99 and reviews at 0.99 or more; exactly 0.99 is a flag's score", () => {
    expect(c.flagsBelow099).toBe(0);
    expect(c.reviewsAtOrAbove099).toBe(0);
    const off = scoreReport(
      { findings: [scored('flag', 'c.csv:2', 'P1', 0.98999), scored('review', 'c.csv:8', 'P5', 0.99)] },
      truth,
    ).calibration;
    expect([off.flagsBelow099, off.reviewsAtOrAbove099]).toEqual([1, 1]);
  });

  it('with no findings, has no pairs, no Brier score and every pupil row unnamed', () => {
    const none = scoreReport({ findings: [], exempted: [] }, truth).calibration;
    expect(none).toMatchObject({ n: 0, sumScore: 0, right: 0, brier: null, ece: null, byGroup: {}, byRole: {} });
    expect(none.bins.every((b: { n: number }) => b.n === 0)).toBe(true);
    expect(none.expectedPupilRows).toEqual({ n: 4, unnamed: 4 });
  });

  it('counts a pair given twice once, and finds a row whose scores sum over 1', () => {
    const twice = scoreReport(
      {
        findings: [
          scored('review', 'c.csv:8', 'P5', 0.7, [['P6', 0.4]]),
          scored('review', 'c.csv:8', 'P5', 0.5),
          scored('review', 'c.csv:2', 'P1', 0.6, [['P2', 0.4]]),
        ],
      },
      truth,
    ).calibration;
    expect(twice).toMatchObject({ n: 4, duplicates: 1, rowsOverOne: 1, right: 2 });
    expect(twice.sumScore).toBeCloseTo(0.7 + 0.4 + 0.6 + 0.4, 12);
  });

  it('leaves out a pair without a score in 0–1, and says so', () => {
    const bad = scoreReport(
      { findings: [scored('flag', 'c.csv:2', 'P1', undefined), scored('review', 'c.csv:8', 'P5', 1.2, [['P6', 0.1]])] },
      truth,
    ).calibration;
    expect(bad).toMatchObject({ n: 1, unscored: 2, right: 0 });
  });

  it('counts a finding naming that very former pupil 18+ or exempted child as right (apart), though the policy should not report it', () => {
    const withFormer = {
      ...truth,
      rows: [...truthRows, { ...truthRows[0], source: 'c.csv:10', who: 'former-18plus', pupil_id: 'F1' }],
    };
    const s2 = scoreReport(
      { findings: [scored('review', 'c.csv:10', 'F1', 0.97), scored('flag', 'c.csv:7', 'P4', 0.999)] },
      withFormer,
    );
    expect(s2.rightFlags).toBe(0); // policy: a wrong flag and a false review
    expect(s2.falseReviews).toBe(1);
    expect(s2.calibration.byGroup['pupil the policy does not report']).toMatchObject({ n: 2, right: 2 });
    expect(s2.calibration.byGroup.clear).toBeUndefined();
    const namesake = scoreReport({ findings: [scored('flag', 'c.csv:10', 'P6', 0.995)] }, withFormer);
    expect(namesake.calibration).toMatchObject({ n: 1, right: 0 });
  });

  it('in a trust, a pupil of another school is apart when scoped and a clear-cut pupil trust-wide', () => {
    const trustTruth = {
      ...truth,
      rows: [
        ...truthRows,
        { ...truthRows[0], source: 'c.csv:9', who: 'other-school', pupil_id: 'Q1', pupil_school: 'B' },
      ],
      pupils: new Map([...truth.pupils, ['Q1', { id: 'Q1', school: 'B' }]]),
      meta: { ...truth.meta, trust: true },
    };
    const r = { findings: [scored('flag', 'c.csv:9', 'Q1', 0.995)] };
    const scoped = scoreReport(r, trustTruth).calibration;
    expect(scoped.byGroup).toEqual({ 'pupil the policy does not report': expect.objectContaining({ n: 1, right: 1 }) });
    expect(scoped.expectedPupilRows).toEqual({ n: 4, unnamed: 4 });
    const wide = scoreReport(r, trustTruth, { trustWide: true }).calibration;
    expect(wide.byGroup).toEqual({ clear: expect.objectContaining({ n: 1, right: 1 }) });
    expect(wide.expectedPupilRows).toEqual({ n: 5, unnamed: 4 });
  });

  it('prints the table under the figures', () => {
    const text = formatFigures(scoreReport(calibrated, truth));
    expect(text.indexOf('calibration:')).toBeGreaterThan(text.indexOf('(for adults and rows'));
    expect(text.indexOf('(for adults and rows')).toBeGreaterThan(0);
    expect(text).toMatch(/\n {2}0\.99–0\.999 +2 +0\.9925 +0\.5000 +2\.0 +1 *\n/);
    expect(text).toMatch(/\n {2}≥ 0\.999 +0 +— +— +0\.0 +0 *\n/);
    expect(text).toMatch(/\n {2}all +6 +0\.6392 +0\.5000 +3\.8 +3 +0\.3104 +0\.4225\n/);
    expect(text).toMatch(/\n {2}candidate +1 +0\.3000 +1\.0000 /);
  });
});
