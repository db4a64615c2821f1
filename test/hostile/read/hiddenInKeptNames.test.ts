import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../../src/commands/review.js';
import type { AuditReport } from '../../../src/model/report.js';
import { auditFolder, testIO } from '../../commands/harness.js';

/**
 * Names that carry what a screen does not show, in the files a school keeps: a zero-width space in
 * staff.csv's name (pasted from a web page), a display name wrapped in colour escapes. Files as Excel
 * on a Mac saves "CSV UTF-8": a byte-order mark and CRLF. decisions.csv and exemptions.csv are written
 * as versions before 6 December 2026 wrote them: the key folded the escape's `1m` and `0m` in as letters.
 * Invented people only.
 */
const E = '\u001b';
const DRESSED = `${E}[1mTilly Ashdown${E}[0m`;
const OLD_KEY = 'S2|facebook|1mtilly ashdown 0m|E2';
const excelMac = (lines: string[]) => `\ufeff${lines.join('\r\n')}\r\n`;

let dir: string;
let folder: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-hidden-'));
  folder = path.join(dir, 'school');
  mkdirSync(folder);
  const write = (name: string, lines: string[]) => writeFileSync(path.join(folder, name), excelMac(lines));
  write('roll.csv', [
    'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
    'E1,Smyth,Ellie,03/04/2013,Year 8,8A',
    'E2,Ashdown,Tilly,05/06/2012,Year 9,9B',
  ]);
  write('staff.csv', ['staff_id,name,role', 'S1,"Mrs Sm\u200bith",Teacher', 'S2,Dora Brack,Teacher']);
  // A list that names its member of staff as people write her name, not as staff.csv hides it.
  write('connections.csv', [
    'staff_name,staff_id,platform,display_name,username,relationship,connected_on',
    'Mrs Smith,,instagram,Ellie Smyth,ellie.smyth13,follower,2025-02-02',
    `,S2,facebook,"${DRESSED}",,friend,2025-02-03`,
  ]);
  write('exemptions.csv', [
    'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
    'S1,E1,aunt/uncle,2026-01-05,K. Head,2027-01-05,',
  ]);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const audit = async (): Promise<AuditReport> => auditFolder(folder);
const decisionsFile = () => path.join(folder, 'decisions.csv');
const oldDecision = (decision: string, reason: string) =>
  writeFileSync(
    decisionsFile(),
    excelMac([
      'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by,account_name,pupil_name,pupil_dob',
      `${OLD_KEY},S2,E2,${decision},${reason},2026-03-01,K. Head,"${DRESSED}",Tilly Ashdown,2012-06-05`,
    ]),
  );

describe('names with invisible code points and escapes in the files a school keeps', () => {
  it('takes the member of staff a list names "Mrs Smith" to be staff.csv’s "Mrs Sm\\u200bith", whose family link applies', async () => {
    const report = await audit();
    expect(report.warnings.map((w) => w.code)).not.toContain('STAFF_UNKNOWN');
    expect(report.exempted.map((e) => `${e.staff.id}:${e.pupil.id}`)).toEqual(['S1:E1']);
    expect(report.findings.map((f) => f.staff.id)).not.toContain('Mrs Smith');
  });

  it('applies a dismissal an earlier version saved, its key folded with the escape’s letters', async () => {
    expect((await audit()).findings.map((f) => `${f.staff.id}:${f.pupil.id}`)).toContain('S2:E2');
    oldDecision('dismiss', 'her cousin');
    const report = await audit();
    expect(report.findings.map((f) => `${f.staff.id}:${f.pupil.id}`)).not.toContain('S2:E2');
    expect(report.dismissed.map((d) => [d.staff.id, d.pupil.id, d.decision.reason])).toEqual([
      ['S2', 'E2', 'her cousin'],
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('DECISION_STALE');
  });

  it('review replaces the earlier version’s row for the same account, rather than leaving two that disagree', async () => {
    oldDecision('confirm', '');
    const confirmed = await audit();
    const number = confirmed.findings.findIndex((f) => f.pupil.id === 'E2') + 1;
    expect(confirmed.findings[number - 1]?.reasons).toContain('CONFIRMED_EARLIER');
    writeFileSync(path.join(folder, 'audit.json'), JSON.stringify(confirmed));
    const io = testIO(dir);
    const options = { finding: String(number), decision: 'dismiss', reason: 'her cousin', overrule: true };
    expect(await review('school/audit.json', undefined, { ...options, recordedBy: 'K. Head' }, io)).toBe(0);
    const rows = readFileSync(decisionsFile(), 'utf8').trim().split(/\r\n/).slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^S2\|facebook\|tilly ashdown\|E2,S2,E2,dismiss,her cousin,/);
    const after = await audit();
    expect(after.dismissed.map((d) => `${d.staff.id}:${d.pupil.id}`)).toEqual(['S2:E2']);
    expect(after.warnings.map((w) => w.code)).not.toContain('DECISIONS_DISAGREE');
  });
});
