import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { reportForSchool, schoolsHeld } from '../../src/audit/reportForSchool.js';
import { schoolFileNames } from '../../src/commands/bySchool.js';
import type { AuditReport, Finding, StaffRef } from '../../src/model/report.js';
import { describeFinding } from '../../src/prompts/describeFinding.js';
import { csvReporter } from '../../src/report/csvReporter.js';
import { redactReport } from '../../src/report/redact.js';
import { textReporter } from '../../src/report/textReporter.js';

const staff = (id: string, school?: string): StaffRef => ({
  id,
  name: `Person ${id}`,
  role: 'Teacher',
  ...(school ? { school } : {}),
});
const finding = (number: number, who: StaffRef, level: 'flag' | 'review', sameAccount?: number[]): Finding => ({
  number,
  level,
  staff: who,
  pupil: { id: `P${number}`, name: `Pupil ${number}`, status: 'current', age: 12 },
  connection: { platform: 'instagram', name: `Pupil ${number}`, source: `connections.csv:${number + 1}` },
  score: level === 'flag' ? 0.999 : 0.6,
  reasons: ['NAME_EXACT', 'CURRENT_PUPIL'],
  ...(sameAccount ? { sameAccount } : {}),
});

const mary = staff('S1', 'ST MARYS C OF E');
const north = staff('S2', 'Northfield');
const nobody = staff('S3');

function trustReport(): AuditReport {
  return {
    tool: { name: 'social-audit', version: '0.1.0' },
    auditDate: '2026-11-24',
    school: 'Oak Trust',
    summary: {
      pupils: { current: 7, former: 1, formerInScope: 1 },
      staff: 3,
      connections: 30,
      findings: { flag: 1, review: 3, total: 4 },
      staffWithFindings: 3,
      exempted: 1,
      dismissed: 0,
      warnings: 4,
    },
    scope: { mode: 'trust-wide', schools: ["St Mary's C of E", 'Northfield'] },
    schoolPupils: [
      { school: "St Mary's C of E", current: 3, former: 1, formerInScope: 1 },
      { school: 'Northfield', current: 4, former: 0, formerInScope: 0 },
    ],
    findings: [
      finding(1, mary, 'flag', [2]),
      finding(2, north, 'review', [1]),
      finding(3, north, 'review'),
      finding(4, nobody, 'review'),
    ],
    exempted: [
      {
        staff: north,
        pupil: { id: 'P9', name: 'Pupil 9', status: 'current', age: 9 },
        connection: { platform: 'facebook', source: 'connections.csv:20' },
        exemption: { staffId: 'S2', pupilId: 'P9', relationship: 'parent' },
      },
    ],
    dismissed: [],
    coverage: [
      { staff: mary, platforms: { instagram: 10 }, connections: 10 },
      { staff: north, platforms: { instagram: 12 }, connections: 12 },
      { staff: nobody, platforms: { instagram: 8 }, connections: 8 },
    ],
    warnings: [
      {
        code: 'STAFF_SCHOOL_UNKNOWN',
        args: { staffId: 'S3', staffName: 'Person S3', rollSchools: [] },
        message: 'S3 …',
      },
      { code: 'EXEMPTION_REVIEW_DUE', args: { staffId: 'S2', pupilId: 'P9', reviewOn: '2026-09-01' }, message: 'S2 …' },
      {
        code: 'DUPLICATE_PUPIL',
        args: { pupilId: 'P7', pupilName: 'Pupil 7', firstAt: 'roll.csv:3' },
        message: 'P7 …',
      },
      { code: 'DOB_COLUMN_MISSING', args: { pupils: 3 }, message: 'no DOB column' },
    ],
  };
}

describe('one school’s report out of a trust’s', () => {
  it('names the schools the rolls and the staff list hold, each once as the audit compares them', () => {
    expect(schoolsHeld(trustReport())).toEqual(["St Mary's C of E", 'Northfield']);
  });

  it('holds only that school’s staff’s findings, links, lists and counts, keeping the trust’s numbers', () => {
    const only = reportForSchool(trustReport(), 'northfield')!;
    expect(only.school).toBe('Northfield');
    expect(only.onlySchool).toEqual({ school: 'Northfield', of: 'Oak Trust', schools: 2, warningsLeftOut: 2 });
    expect(only.findings.map((f) => f.number)).toEqual([2, 3]);
    expect(only.schoolPupils).toEqual([{ school: 'Northfield', current: 4, former: 0, formerInScope: 0 }]);
    // Finding 1 is St Mary's: its number is not among Northfield's copy's own, but said as another school's.
    expect(only.findings[0]!.sameAccount).toBeUndefined();
    expect(only.findings[0]!.sameAccountElsewhere).toEqual([1]);
    expect(only.findings[1]!.sameAccountElsewhere).toBeUndefined();
    expect(only.exempted).toHaveLength(1);
    expect(only.coverage.map((c) => c.staff.id)).toEqual(['S2']);
    expect(only.summary).toEqual({
      pupils: { current: 4, former: 0, formerInScope: 0 },
      staff: 1,
      connections: 12,
      findings: { flag: 0, review: 2, total: 2 },
      staffWithFindings: 1,
      exempted: 1,
      dismissed: 0,
      warnings: 2,
    });
    // Its own member of staff's family link and the warning naming nobody; not another school's staff nor a pupil.
    expect(only.warnings.map((w) => w.code)).toEqual(['EXEMPTION_REVIEW_DUE', 'DOB_COLUMN_MISSING']);
  });

  it('says in the CSV, in a column at the end, where the same account is another school’s finding; not redacted', () => {
    const only = reportForSchool(trustReport(), 'Northfield')!;
    const rows = (report: AuditReport) =>
      parse(String(csvReporter(report, { width: 80, color: false })), { columns: true, bom: true }) as Record<
        string,
        string
      >[];
    const full = rows(only);
    expect(Object.keys(full[0]!).at(-3)).toBe('same_account_elsewhere');
    expect(full.map((r) => [r.number, r.same_account, r.same_account_elsewhere])).toEqual([
      ['2', '', '1'],
      ['3', '', ''],
    ]);
    // As `same_account`: which findings share an account is left out of the governors' copy.
    expect(rows(redactReport(only)).map((r) => r.same_account_elsewhere)).toEqual(['', '']);
  });

  it('compares school names case and punctuation aside, and holds none it does not know', () => {
    expect(reportForSchool(trustReport(), "St. Mary's c of e")!.findings.map((f) => f.number)).toEqual([1]);
    expect(reportForSchool(trustReport(), 'Southfield')).toBeUndefined();
    expect(reportForSchool(trustReport(), '  ')).toBeUndefined();
  });

  it('out of one school’s report, gives that school’s again and no other (never an empty report for another)', () => {
    const north = reportForSchool(trustReport(), 'Northfield')!;
    expect(schoolsHeld(north)).toEqual(['Northfield']);
    expect(reportForSchool(north, "St Mary's C of E")).toBeUndefined();
    expect(reportForSchool(north, 'NORTHFIELD')!.onlySchool).toEqual(north.onlySchool);
  });

  it('names as other candidates only its own pupils (and those of no recorded school), counting the rest', () => {
    const pupil = (id: string, school?: string) => ({
      id,
      name: `Pupil ${id}`,
      status: 'current' as const,
      age: 12,
      ...(school ? { school } : {}),
    });
    const candidate = (id: string, school?: string) => ({ pupil: pupil(id, school), score: 0.3, reasons: [] });
    const report = trustReport();
    // Trust-wide: a Northfield teacher's finding whose own pupil is at St Mary's, with namesakes at both schools.
    report.findings[1] = {
      ...report.findings[1]!,
      pupil: pupil('M1', "St Mary's C of E"),
      otherCandidates: [
        candidate('M2', "St Mary's C of E"),
        candidate('N1', 'NORTHFIELD'),
        candidate('M3', 'St Marys C of E'),
        candidate('X1'),
      ],
    };
    report.findings[2] = { ...report.findings[2]!, otherCandidates: [candidate('M4', "St Mary's C of E")] };
    const north = reportForSchool(report, 'Northfield')!;
    const [second, third] = north.findings;
    expect(second!.pupil.id).toBe('M1');
    expect(second!.otherCandidates?.map((c) => c.pupil.id)).toEqual(['N1', 'X1']);
    expect(second!.otherCandidatesLeftOut).toBe(2);
    expect(third!.otherCandidates).toBeUndefined();
    expect(third!.otherCandidatesLeftOut).toBe(1);
    expect(JSON.stringify(north)).not.toMatch(/Pupil M[234]/);
    // The trust's own report is untouched, and St Mary's copy has none of these findings.
    expect(report.findings[1]!.otherCandidates).toHaveLength(4);
    const redacted = redactReport(north);
    expect(redacted.findings.map((f) => [f.otherCandidates?.length, f.otherCandidatesLeftOut])).toEqual([
      [2, 2],
      [undefined, 1],
    ]);
    // The CSV says it as the JSON does, in a column of its own at the end.
    const rows = parse(String(csvReporter(north, { width: 80, color: false })), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => [r.other_candidates, r.other_candidates_left_out])).toEqual([
      ['Pupil N1 (N1); Pupil X1 (X1)', '2'],
      ['', '1'],
    ]);
  });

  it('redacted, still says whose school it is and keeps each member of staff’s school', () => {
    const redacted = redactReport(reportForSchool(trustReport(), 'Northfield')!);
    expect(redacted.onlySchool?.school).toBe('Northfield');
    expect(redacted.findings.map((f) => [f.staff.name, f.staff.school])).toEqual([
      ['P.S.', 'Northfield'],
      ['P.S.', 'Northfield'],
    ]);
    expect(JSON.stringify(redacted)).not.toContain('Person S2');
  });
});

describe('schoolFileNames', () => {
  it('gives each school a safe, distinct file name', () => {
    expect(
      schoolFileNames(
        [
          "St Mary's C of E (Upper)",
          '../../etc/passwd',
          'CON',
          '\u001b[31mRed\u001b[0m',
          'Ysgol Gymraeg Llŷn',
          '***',
          'con',
          'École Sainte-Thérèse',
          'Łódź Æbbe Straße Ørsted',
          'Σχολείο Αθηνών',
        ],
        'pdf',
        false,
      ),
    ).toEqual([
      'st-marys-c-of-e-upper.pdf',
      'etc-passwd.pdf',
      'school-con.pdf',
      '31mred-0m.pdf',
      'ysgol-gymraeg-llyn.pdf',
      'school-6.pdf',
      'school-con-2.pdf',
      'ecole-sainte-therese.pdf',
      'lodz-aebbe-strasse-orsted.pdf',
      'σχολείο-αθηνών.pdf',
    ]);
    // ASCII, NFC and NFD alike, for every Latin name.
    expect(schoolFileNames(['Ysgol Gymraeg Lly\u0302n'], 'pdf', true)).toEqual(['ysgol-gymraeg-llyn-redacted.pdf']);
    expect(schoolFileNames(['Northfield'], 'json', true)).toEqual(['northfield-redacted.json']);
  });
});

describe('a school’s copy: the same account on another school’s list', () => {
  it('is said in the text report, and in the terminal’s review of the finding, by the trust’s finding number', () => {
    const only = reportForSchool(trustReport(), 'northfield')!;
    const text = (textReporter(only, { color: false, width: 200 }) as string).replace(/\s+/g, ' ');
    expect(text).toContain(
      'The same account is on another school’s staff list as this pupil too: finding 1 of the trust’s report, not in this school’s copy; a decision here is not carried there',
    );
    expect(describeFinding(only.findings[0]!, 'Finding 1 of 2')).toContain('finding 1 of the trust’s report');
    // The whole trust's report holds both findings: nothing is elsewhere.
    expect(textReporter(trustReport(), { color: false, width: 200 })).not.toContain('another school’s staff list');
  });
});
