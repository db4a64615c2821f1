import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { WARNING_CODES } from '../../src/model/reasons.js';
import type { Warning } from '../../src/model/warnings.js';
import { jsonReporter } from '../../src/report/jsonReporter.js';
import { redactReport } from '../../src/report/redact.js';
import { textReporter } from '../../src/report/textReporter.js';
import { describeWarning } from '../../src/report/warningWording.js';
import { csv, inputsFromText } from '../helpers/sources.js';

/** At least one warning of every code, and of every cause where a code has several. */
const EXAMPLES: Warning[] = [
  { code: 'EXEMPTION_UNKNOWN_STAFF', args: { staffId: 'S9', pupilId: 'P1', pupilName: 'Amy Lee' } },
  { code: 'EXEMPTION_UNKNOWN_PUPIL', args: { staffId: 'S1', pupilId: 'P9', staffName: 'Rebecca Lewis' } },
  { code: 'EXEMPTION_REVIEW_DUE', args: { staffId: 'S1', pupilId: 'P1', reviewOn: '2026-09-01' } },
  { code: 'EXEMPTION_PUPIL_OUT_OF_SCOPE', args: { staffId: 'S1', pupilId: 'P1' } },
  { code: 'CONNECTIONS_UNKNOWN_STAFF', args: { staffId: 'S7' } },
  { code: 'CONNECTIONS_UNCHECKABLE', args: { count: 1, of: 4, accounts: 'unnamed' } },
  { code: 'CONNECTIONS_UNCHECKABLE', args: { count: 2, of: 4, accounts: 'hidden-members' } },
  { code: 'CONNECTIONS_UNCHECKABLE', args: { count: 2, of: 9, accounts: 'x-followers' } },
  { code: 'CONNECTIONS_UNCHECKABLE', args: { count: 2, of: 9, accounts: 'x-following' } },
  { code: 'FILE_UNREADABLE', args: { why: 'json', detail: 'Unexpected end of JSON input' } },
  { code: 'FILE_UNREADABLE', args: { why: 'damaged', detail: 'a damaged entry' } },
  {
    code: 'FILE_UNREADABLE',
    args: { why: 'damaged-download', detail: 'could not be read as a ZIP archive (bad header)' },
  },
  { code: 'FILE_UNREADABLE', args: { why: 'password' } },
  { code: 'FILE_UNREADABLE', args: { why: 'nested-zip' } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'media' } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'not-a-list' } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'empty-zip' } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'empty' } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'unexpected-shape', expected: 'a list of friends' } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'no-list-in-download', files: 3, examples: ['a.json'] } },
  { code: 'FILE_NOT_RECOGNISED', args: { why: 'no-list-in-download', files: 3, examples: [] } },
  { code: 'FILE_HTML_DOWNLOAD', args: { platform: 'facebook' } },
  { code: 'DOWNLOAD_FILE_NOT_READ', args: { holds: 'a list of accounts, in a shape the tool does not know' } },
  {
    code: 'DOWNLOAD_FILE_NOT_READ',
    args: {
      files: 15,
      groups: [
        { holds: 'messages', names: ['m1.json'], more: 2 },
        { holds: 'ads', names: [], more: 12 },
      ],
      media: 1,
      bulk: 2,
    },
  },
  { code: 'CONNECTION_DATES_UNREADABLE', args: { count: 1, of: 4, example: 'someday' } },
  { code: 'DUPLICATE_PUPIL', args: { pupilId: 'P1', pupilName: 'Harvey Lewis', firstAt: 'roll.csv:2' } },
  {
    code: 'CONNECTION_LISTED_AGAIN',
    args: {
      staffId: 'S1',
      staffName: 'Ruth Okafor',
      platform: 'instagram',
      account: '@harvey.l',
      pupilId: 'P1',
      pupilName: 'Harvey Lewis',
      firstAt: 'connections.csv:2',
      againAt: ['connections.csv:9'],
    },
  },
  { code: 'DOB_UNREADABLE', args: { why: 'not-a-date', value: '31/02/2013' } },
  { code: 'DOB_UNREADABLE', args: { why: 'after-audit-date', pupilId: 'P1', dob: '2030-01-01', date: '2026-11-24' } },
  { code: 'DOB_UNREADABLE', args: { why: 'after-leaving-date', pupilId: 'P1', dob: '2020-01-01', date: '2019-07-20' } },
  { code: 'DOB_COLUMN_MISSING', args: { pupils: 1 } },
  { code: 'FILE_READ_WITH_ASSUMPTION', args: { why: 'sheet', sheet: 'Students' } },
  { code: 'FILE_READ_WITH_ASSUMPTION', args: { why: 'ctf-leaving-date', pupils: 2, sent: '2025-07-21' } },
  { code: 'FILE_READ_WITH_ASSUMPTION', args: { why: 'encoding', encoding: 'macintosh', crOnly: true } },
  { code: 'FILE_READ_WITH_ASSUMPTION', args: { why: 'encoding', encoding: 'macintosh', crOnly: false } },
  { code: 'FILE_READ_WITH_ASSUMPTION', args: { why: 'encoding', encoding: 'windows-1252', crOnly: true } },
  { code: 'LEAVING_DATE_MISSING', args: { pupilId: 'P1', pupilName: 'Amy Lee', file: 'leavers.csv' } },
  { code: 'NO_CONNECTIONS', args: {} },
  { code: 'ROW_SKIPPED', args: {} },
  {
    code: 'DECISION_STALE',
    args: {
      decision: 'dismiss',
      decidedBy: 'H.C.',
      staffName: 'Rebecca Lewis',
      account: '@amy',
      pupilName: 'Amy Lee',
      changed: 'account',
      accountName: 'Amy L',
    },
  },
  {
    code: 'DECISION_STALE',
    args: { decision: 'confirm', staffName: 'Rebecca Lewis', account: '"Amy"', pupilName: 'Amy Lee', changed: 'level' },
  },
  {
    code: 'DECISION_STALE',
    args: {
      decision: 'confirm',
      decidedOn: '2026-01-01',
      staffName: 'Rebecca Lewis',
      account: '"Amy"',
      pupilName: 'Amy Lee',
      changed: 'pupil',
    },
  },
  {
    code: 'DECISIONS_DISAGREE',
    args: {
      kind: 'decisions',
      file: 'decisions.csv',
      staff: [{ id: 'S1' }],
      platform: 'x',
      account: '@amy',
      rows: [
        { line: 2, key: 'S1|x|@amy|P1', staffId: 'S1', decision: 'confirm', pupilId: 'P1', pupilName: 'Amy Lee' },
        {
          line: 5,
          key: 'S1|x|@amy|P1',
          staffId: 'S1',
          decision: 'dismiss',
          pupilId: 'P1',
          decidedBy: 'H.C.',
          decidedOn: '2026-01-01',
        },
      ],
    },
  },
  {
    code: 'DECISIONS_DISAGREE',
    args: {
      kind: 'pupils',
      file: 'decisions.csv',
      staff: [{ id: 'S1', name: 'Rebecca Lewis' }, { id: 'S2' }],
      platform: 'x',
      account: '@amy',
      rows: [
        { line: 2, key: 'S1|x|@amy|P1', staffId: 'S1', decision: 'confirm', pupilId: 'P1' },
        { line: 3, key: 'S2|x|@amy|P2', staffId: 'S2', decision: 'adult', pupilId: 'P2' },
        { line: 4, key: 'S1|x|@amy|P3', staffId: 'S1', decision: 'family', pupilId: 'P3' },
      ],
    },
  },
  { code: 'GLYPH_REPLACED', args: { where: 'Finding 1, name as shown', codePoints: [0x738b], mark: '\uFFFD' } },
  { code: 'TEXT_SHORTENED', args: { where: 'Finding 1, name as shown', length: 2004, kept: 300 } },
  { code: 'STAFF_SCHOOL_UNKNOWN', args: { staffId: 'S1', staffName: 'Rebecca Lewis', rollSchools: ['A'] } },
  {
    code: 'STAFF_SCHOOL_UNKNOWN',
    args: { staffId: 'S1', staffName: 'Rebecca Lewis', school: 'Z', rollSchools: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] },
  },
  { code: 'PUPIL_SCHOOL_MISSING', args: { pupils: 3 } },
  { code: 'TRUST_WIDE_WITHOUT_SCHOOLS', args: { staffList: 'staff.csv' } },
  { code: 'TRUST_WIDE_WITHOUT_SCHOOLS', args: { noStaffList: true, rolls: ['roll.csv', 'leavers.csv'] } },
  {
    code: 'PUPIL_ID_LEADING_ZEROS',
    args: { file: 'exemptions.csv', kind: 'exemption', staffId: 'S1', given: '123', rollIds: ['00123'], applied: true },
  },
  {
    code: 'PUPIL_ID_LEADING_ZEROS',
    args: {
      file: 'decisions.csv',
      kind: 'decision',
      staffId: 'S1',
      given: '7',
      rollIds: ['07', '007'],
      applied: false,
    },
  },
];

describe('warning wording', () => {
  it('words every code and every cause, with nothing left unfilled', () => {
    expect(new Set(EXAMPLES.map((w) => w.code))).toEqual(new Set(WARNING_CODES));
    for (const warning of EXAMPLES) {
      const text = describeWarning(warning);
      expect(text.length, warning.code).toBeGreaterThan(20);
      expect(text, warning.code).not.toMatch(/undefined|null|NaN|\[object/);
    }
    expect(new Set(EXAMPLES.map(describeWarning)).size).toBe(EXAMPLES.length);
  });

  it('puts the arguments in the words', () => {
    expect(describeWarning(EXAMPLES[0]!)).toBe(
      'the family link between staff id S9 and Amy Lee names a staff id that is not on the staff list, so it exempts nothing; check the id',
    );
    expect(
      describeWarning({ code: 'CONNECTIONS_UNKNOWN_STAFF', args: { staffId: 'S7', staffList: 'staff.xlsx' } }),
    ).toBe('connection lists name staff id S7, who is not in staff.xlsx');
    expect(describeWarning(EXAMPLES[23]!)).toBe(
      '15 of its files were not read, as they seem to hold no connections: m1.json and 2 more (messages); 12 of ads. Also passed over: 1 picture, video or document and 2 files of messages, posts or likes.',
    );
  });
});

describe('a family link due for review', () => {
  it('gives the command that keeps it, with its ids, quoted where a shell would split them', () => {
    const due = (staffId: string, pupilId: string): string =>
      describeWarning({
        code: 'EXEMPTION_REVIEW_DUE',
        args: { staffId, pupilId, staffName: 'Priya Sharma', pupilName: 'Arjun Sharma', reviewOn: '2026-09-01' },
      });
    expect(due('ST12', 'Y850246821062')).toMatch(
      /`social-audit exemptions add FOLDER --staff-id ST12 --pupil-id Y850246821062 --review-on DD\/MM\/YYYY --recorded-by "YOUR NAME"`$/,
    );
    expect(due('S 12', "O'Neil")).toContain(`--staff-id 'S 12' --pupil-id 'O'\\''Neil'`);
  });
});

describe('a family link no longer needed', () => {
  it('gives the command that removes it, with its ids, quoted where a shell would split them', () => {
    const outOfScope = (staffId: string, pupilId: string): string =>
      describeWarning({
        code: 'EXEMPTION_PUPIL_OUT_OF_SCOPE',
        args: { staffId, pupilId, staffName: 'Priya Sharma', pupilName: 'Arjun Sharma' },
      });
    expect(outOfScope('ST12', 'Y850246821062')).toMatch(
      /`social-audit exemptions remove FOLDER --staff-id ST12 --pupil-id Y850246821062 --recorded-by "YOUR NAME" --yes`$/,
    );
    expect(outOfScope('S 12', "O'Neil")).toContain(`--staff-id 'S 12' --pupil-id 'O'\\''Neil'`);
  });
});

describe('warnings in a report', () => {
  const audit = () =>
    runAudit(
      inputsFromText({
        rolls: {
          'roll.csv': csv(
            'UPN,Forename,Surname,DOB,Year',
            'P1,Harvey,Lewis,01/01/2016,Year  5',
            'P1,Harvey,Lewis,01/01/2016,Year  5',
            'P2,Ada,Moss,31/02/2016,Year 5',
          ),
        },
        staff: csv('staff_id,name,role', 'S1,Rebecca Lewis,Teacher'),
        connections: { 'notes.txt': 'hello' },
      }),
      { auditDate: '2026-11-24' },
    );

  it('carry code and arguments, and the same words in text and JSON', async () => {
    const report = await audit();
    expect(report.warnings.map(({ code, args, source }) => ({ code, args, source }))).toEqual([
      {
        code: 'DUPLICATE_PUPIL',
        args: { pupilId: 'P1', pupilName: 'Harvey Lewis', firstAt: 'roll.csv:2' },
        source: 'roll.csv:3',
      },
      { code: 'DOB_UNREADABLE', args: { why: 'not-a-date', value: '31/02/2016' }, source: 'roll.csv:4' },
      { code: 'FILE_NOT_RECOGNISED', args: { why: 'not-a-list' }, source: 'notes.txt' },
      { code: 'NO_CONNECTIONS', args: {}, source: undefined },
    ]);
    const json = JSON.parse(String(jsonReporter(report, { color: false, width: 100 })));
    // The text report wraps its lines: compared with the line breaks and indents set aside.
    const text = String(await textReporter(report, { color: false, width: 100 })).replace(/\s+/g, ' ');
    for (const warning of json.warnings) {
      expect(warning.message).toBe(describeWarning({ code: warning.code, args: warning.args } as Warning));
      expect(text).toContain(warning.message.replace(/\s+/g, ' '));
    }
  });

  it('lose their arguments in the redacted copy: they may name people', async () => {
    const redacted = redactReport(await audit());
    expect(redacted.warnings.every((w) => w.args === undefined)).toBe(true);
    expect(JSON.stringify(redacted)).not.toContain('Harvey');
  });
});
