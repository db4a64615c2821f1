import { describe, expect, it } from 'vitest';
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
