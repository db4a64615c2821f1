import { describe, expect, it } from 'vitest';
import { compareWithPrevious, termKey } from '../../src/audit/compareWithPrevious.js';
import { finishReport } from '../../src/audit/finishReport.js';
import { exempted, finding, pupil, report, staffMember } from '../report/pdf/factories.js';

const HEAD = staffMember('S1', 'Alice Hart', 'Headteacher');
const TEACHER = staffMember('S2', 'Ben Cole', 'Teacher');
const maya = pupil('Maya Patel');
const harvey = pupil('Harvey Lewis');
const jack = pupil('Jack Turner', { status: 'former', age: 17 });
const isla = pupil('Isla Grant');
const ruby = pupil('Ruby Stone', { status: 'former', age: null });

describe('termKey', () => {
  it('is the same for a renamed account with the same handle, and different for another handle', () => {
    const base = { platform: 'instagram', name: 'Maya Patel', username: 'maya.patel' };
    expect(termKey('S2', 'P1', { ...base, name: 'Maya P 🌸' })).toBe(termKey('S2', 'P1', base));
    expect(termKey('S2', 'P1', { ...base, username: '@Maya.Patel' })).toBe(termKey('S2', 'P1', base));
    expect(termKey('S2', 'P1', { ...base, username: 'maya.p' })).not.toBe(termKey('S2', 'P1', base));
    expect(
      termKey('S2', 'P1', { platform: 'facebook', name: 'X', profileUrl: 'https://www.facebook.com/maya.p/' }),
    ).toBe(termKey('S2', 'P1', { platform: 'Facebook', name: 'Y', profileUrl: 'facebook.com/maya.p' }));
    expect(termKey('S2', 'P1', { platform: 'facebook', name: 'Maya  Patel' })).toBe(
      termKey('S2', 'P1', { platform: 'facebook', name: 'maya patel' }),
    );
    expect(termKey('S3', 'P1', base)).not.toBe(termKey('S2', 'P1', base));
  });
});

describe('compareWithPrevious', () => {
  const before = [
    finding(HEAD, maya),
    finding(TEACHER, harvey),
    finding(TEACHER, jack),
    finding(TEACHER, isla),
    finding(TEACHER, ruby),
  ];

  it('marks findings new or continuing, and says why each earlier one has gone', () => {
    const renamed = { ...before[0]!, connection: { ...before[0]!.connection, name: 'Maya P' } };
    const fresh = finding(HEAD, harvey);
    const dismissedRuby = {
      staff: TEACHER,
      pupil: ruby,
      connection: before[4]!.connection,
      decision: { decision: 'dismiss' as const },
    };
    const result = compareWithPrevious(
      { findings: [renamed, fresh], exempted: [{ ...exempted(TEACHER, isla) }], dismissed: [dismissedRuby] },
      { findings: before.map((f, i) => ({ ...f, number: i + 1 })) },
      (id) => id !== jack.id,
    );
    expect(result.findings.map((f) => f.change)).toEqual(['continuing', 'new']);
    expect(result.resolved.map((r) => [r.pupil.name, r.why, r.previousNumber])).toEqual([
      ['Harvey Lewis', 'connection gone', 2],
      ['Jack Turner', 'pupil no longer in scope', 3],
      ['Isla Grant', 'family link recorded', 4],
      ['Ruby Stone', 'dismissed at review', 5],
    ]);
  });
});

describe('finishReport', () => {
  it('numbers findings in report order and routes them by role; with an earlier report, counts the changes', () => {
    const unsorted = report({ findings: [finding(TEACHER, maya), finding(HEAD, isla)], staff: [HEAD, TEACHER] });
    const done = finishReport(unsorted);
    expect(done.findings.map((f) => [f.number, f.staff.name, f.reportTo])).toEqual([
      [1, 'Alice Hart', 'Chair of Governors'],
      [2, 'Ben Cole', 'Designated Safeguarding Lead'],
    ]);
    expect(done.summary.change).toBeUndefined();
    // A finding carried over from another report is numbered and routed afresh.
    const carried = finishReport(
      report({ findings: [{ ...finding(TEACHER, maya), number: 7, reportTo: 'Headteacher', change: 'new' }] }),
    );
    expect(carried.findings[0]).toMatchObject({ number: 1, reportTo: 'Designated Safeguarding Lead' });
    expect(carried.findings[0]!.change).toBeUndefined();
    expect(done.resolved).toBeUndefined();
    const previous = finishReport(
      report({ findings: [finding(TEACHER, maya), finding(TEACHER, harvey)], auditDate: '2026-07-01' }),
    );
    const compared = finishReport(unsorted, { previous, inScope: () => true });
    expect(compared.summary.change).toEqual({ since: '2026-07-01', new: 1, continuing: 1, resolved: 1 });
    expect(Object.keys(compared.findings[0]!).slice(0, 4)).toEqual(['number', 'level', 'change', 'reportTo']);
    expect(Object.keys(compared).indexOf('resolved')).toBe(Object.keys(compared).indexOf('dismissed') + 1);
  });
});
