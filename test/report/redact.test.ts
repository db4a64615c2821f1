import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/report.js';
import { initials, redactReport } from '../../src/report/redact.js';
import { describeWarningCode } from '../../src/report/wording.js';
import { CAROL, DAVID, exempted, finding, pupil, report, staffMember, worldReport } from './pdf/factories.js';

/** Every string a redacted report must not contain, gathered from the full one. */
function identifying(full: AuditReport): string[] {
  const people = [...full.findings, ...full.exempted, ...full.dismissed];
  return [
    ...people.flatMap(({ staff, pupil: p, connection }) => [
      staff.id,
      staff.name,
      p.id,
      p.name,
      p.dob,
      p.regGroup,
      connection.name,
      connection.username,
      connection.profileUrl,
      connection.source,
    ]),
    ...full.exempted.flatMap(({ exemption }) => [exemption.recordedBy, exemption.note]),
    ...full.warnings.flatMap((w) => [w.message, w.source]),
  ].filter((value): value is string => Boolean(value));
}

describe('redactReport', () => {
  it('leaves no name, username, link, id, date of birth, form, source or note behind', () => {
    const full = worldReport();
    const text = JSON.stringify(redactReport(full));
    const secrets = identifying(full);
    expect(secrets.length).toBeGreaterThan(40);
    for (const secret of secrets) expect(text).not.toContain(secret);
    for (const part of ['Łukasik', 'Ødegaard', 'Okafor', 'Иванова', 'instagram.example'])
      expect(text).not.toContain(part);
  });

  it('keeps the counts, levels, reasons, platforms and dates, and says it is redacted', () => {
    const full = worldReport();
    const redacted = redactReport(full);
    expect(redacted.redacted).toBe(true);
    expect(redacted.summary).toEqual(full.summary);
    expect(redacted.findings).toHaveLength(full.findings.length);
    expect(redacted.exempted).toHaveLength(full.exempted.length);
    expect(redacted.warnings).toEqual([{ code: 'ROW_SKIPPED', message: describeWarningCode('ROW_SKIPPED') }]);
    expect(redacted.findings.map((f) => [f.level, f.reasons, f.connection.platform, f.connection.connectedOn])).toEqual(
      full.findings.map((f) => [f.level, f.reasons, f.connection.platform, f.connection.connectedOn]),
    );
    expect(redacted.coverage.map((c) => c.connections)).toEqual(full.coverage.map((c) => c.connections));
    expect(redacted.exempted[0]!.exemption).toEqual({
      staffId: 'staff-2',
      pupilId: 'pupil-7',
      relationship: 'aunt',
      recordedOn: '2026-09-08',
      recordedBy: 'H.C.',
      reviewOn: '2027-09-08',
    });
  });

  it('shows staff as initials and role, pupils as numbered stand-ins with status, year group and age', () => {
    const twin = staffMember('S09', 'Dan Okoro', 'Teaching assistant');
    const zoe = pupil('Zoë Łukasik', { yearGroup: 'Year 3', age: 8 });
    const leaver = pupil('Jack Taylor', { status: 'former', age: 16, leavingDate: '2021-07-20' });
    delete leaver.yearGroup;
    const redacted = redactReport(
      report({
        findings: [finding(DAVID, zoe), finding(CAROL, zoe), finding(twin, leaver)],
        exempted: [exempted(twin, zoe)],
      }),
    );
    expect(redacted.findings.map((f) => f.staff)).toEqual([
      { id: 'staff-1', name: 'D.O.', role: 'Teaching assistant' },
      { id: 'staff-2', name: 'C.Ø.', role: 'Class teacher' },
      { id: 'staff-3', name: 'D.O. (2)', role: 'Teaching assistant' },
    ]);
    expect(redacted.findings.map((f) => f.pupil)).toEqual([
      { id: 'pupil-1', name: 'Pupil 1', status: 'current', age: 8, yearGroup: 'Year 3' },
      { id: 'pupil-1', name: 'Pupil 1', status: 'current', age: 8, yearGroup: 'Year 3' },
      { id: 'pupil-2', name: 'Pupil 2', status: 'former', age: 16 },
    ]);
    expect(redacted.exempted[0]!.pupil.name).toBe('Pupil 1');
    expect(redacted.exempted[0]!.staff.name).toBe('D.O. (2)');
  });

  it('takes the first letter of each part of a name, leaving out titles', () => {
    expect(initials('Mrs Zoë Anne Łukasik-Brown')).toBe('Z.A.Ł.');
    expect(initials('Dr. Oğuz  Yılmaz')).toBe('O.Y.');
    expect(initials("d'Arcy, Jean")).toBe('D.J.');
    expect(initials('')).toBe('');
  });
});
