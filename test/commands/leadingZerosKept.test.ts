import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { recordExemptionsAfterAudit } from '../../src/commands/exemptionsAfterAudit.js';
import { exemptionsList } from '../../src/commands/exemptionsList.js';
import { exemptionsRemove } from '../../src/commands/exemptionsRemove.js';
import { review } from '../../src/commands/review.js';
import type { AuditReport } from '../../src/model/report.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditFolder, testIO } from './harness.js';

/**
 * Mac Excel's exemptions.csv and decisions.csv (Mac Roman, lone CRs) whose admission numbers lost their leading
 * zeros (123 for the roll's 00123; 789 fits both 0789 and 00789): test/hostile/read/make-fixtures.mjs.
 */
const FIXTURE = fileURLToPath(new URL('../hostile/read/mac-roman-zeros', import.meta.url));

let dir: string;
let folder: string;
let io: ReturnType<typeof testIO>;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-zeros-'));
  folder = path.join(dir, 'school');
  cpSync(FIXTURE, folder, { recursive: true });
  io = testIO(dir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const audit = async (): Promise<AuditReport> => auditFolder(folder);
const codes = (report: AuditReport) => report.warnings.map((w) => w.code);
const dataRows = (name: string) =>
  readFileSync(path.join(folder, name), 'latin1')
    .split(/\r\n?|\n/)
    .slice(1)
    .filter(Boolean);

describe('the kept files’ pupil ids as the audit reads them (leading zeros Excel dropped)', () => {
  it('exemptions list names the pupil the audit applies the link to, and calls only the ambiguous one unknown', async () => {
    expect(await exemptionsList('school', { format: 'json' }, io)).toBe(0);
    const listed = JSON.parse(io.out()) as {
      exemptions: { staffId: string; pupilId: string; pupilName?: string; status: string }[];
      warnings: { code: string; source?: string }[];
    };
    expect(listed.exemptions.map((e) => [e.staffId, e.pupilId, e.pupilName, e.status])).toEqual([
      ['S2', '00123', 'José Núñez', 'active'],
      ['S1', '789', undefined, 'unknown_pupil'],
    ]);
    expect(listed.warnings.filter((w) => w.code === 'PUPIL_ID_LEADING_ZEROS').map((w) => w.source)).toEqual([
      'school/exemptions.csv:2',
      'school/exemptions.csv:3',
    ]);
  });

  it.each(['00123', '123'])(
    'exemptions remove finds the link by the roll’s id or the file’s (--pupil-id %s)',
    async (id) => {
      expect((await audit()).exempted.map((e) => e.pupil.id)).toEqual(['00123']);
      const options = { staffId: 'S2', pupilId: id, recordedBy: 'K. Head', yes: true };
      expect(await exemptionsRemove('school', options, io)).toBe(0);
      expect(io.out()).toContain('Removed the family link between Søren Dahl and José Núñez');
      expect(dataRows('exemptions.csv').map((row) => row.split(',').slice(0, 2).join(','))).toEqual(['S1,789']);
      const after = await audit();
      expect(after.exempted).toEqual([]);
      expect(after.findings.map((f) => `${f.staff.id}:${f.pupil.id}`)).toContain('S2:00123');
    },
  );

  it('exemptions add renews the link Excel saved as 123 for pupil 00123, rather than recording it twice', async () => {
    const options = {
      staffId: 'S2',
      pupilId: '00123',
      relationship: 'parent',
      reviewOn: '2027-06-01',
      recordedBy: 'K. Head',
    };
    expect(await exemptionsAdd('school', options, io)).toBe(0);
    const rows = dataRows('exemptions.csv').filter((row) => row.startsWith('S2,'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^S2,00123,parent,.*2027-06-01/);
    expect((await audit()).exempted.map((e) => `${e.staff.id}:${e.pupil.id}`)).toEqual(['S2:00123']);
  });

  it.each([
    ['00123', '123', 'S2'],
    ['123', '00123', 'S2'],
    ['00123', '123', 's2'],
  ])(
    'exemptions add --review-on renews the link the file holds as %s, given --pupil-id %s and no --relationship',
    async (held, typed, staffId) => {
      writeFileSync(
        path.join(folder, 'exemptions.csv'),
        `staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on\r\nS2,${held},parent,2026-01-01,K. Head,2026-06-01\r\n`,
      );
      const options = { staffId, pupilId: typed, reviewOn: '2027-06-01', recordedBy: 'K. Head' };
      expect(await exemptionsAdd('school', options, io)).toBe(0);
      expect(io.out()).toContain('is to be reviewed again on 1 June 2027');
      // One row, renewed under the roll's id, as a renewal given --relationship is.
      expect(dataRows('exemptions.csv')).toEqual([expect.stringMatching(/^S2,00123,parent,.*,2027-06-01,/)]);
    },
  );

  describe('review', () => {
    // The report is of the audit before the dismissal was saved: its finding is then decided again.
    let zoe: number;
    beforeEach(async () => {
      const decisions = path.join(folder, 'decisions.csv');
      renameSync(decisions, `${decisions}.aside`);
      const report = await audit();
      renameSync(`${decisions}.aside`, decisions);
      zoe = report.findings.findIndex((f) => f.pupil.id === '00456') + 1;
      expect(zoe).toBeGreaterThan(0);
      writeFileSync(path.join(folder, 'audit.json'), JSON.stringify(report));
    });

    it('sees the decision Excel saved as 456 as the one already taken about 00456', async () => {
      const options = { finding: String(zoe), decision: 'dismiss', reason: 'her aunt', recordedBy: 'K. Head' };
      expect(await review('school/audit.json', undefined, options, io)).toBe(0);
      expect(io.out()).toContain(`Finding no. ${zoe} is already decided`);
      expect(dataRows('decisions.csv')).toHaveLength(1);
    });

    it('replaces that row when deciding otherwise, rather than leaving two that disagree', async () => {
      const options = { finding: String(zoe), decision: 'confirm', recordedBy: 'K. Head' };
      expect(await review('school/audit.json', undefined, options, io)).toBe(0);
      const rows = dataRows('decisions.csv');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/^S1\|facebook\|zoe clarke\|00456,S1,00456,confirm,/);
      const after = await audit();
      expect(codes(after)).not.toContain('DECISIONS_DISAGREE');
      expect(after.dismissed).toEqual([]);
      expect(after.findings.map((f) => f.pupil.id)).toContain('00456');
    });
  });

  describe('audit --record-exemptions', () => {
    // The report is of the audit before exemptions.csv was saved (Excel's 123 for José's 00123): his pair is found.
    let report: AuditReport;
    const exemptions = () => path.join(folder, 'exemptions.csv');
    beforeEach(async () => {
      renameSync(exemptions(), `${exemptions()}.aside`);
      report = await audit();
      renameSync(`${exemptions()}.aside`, exemptions());
      expect(report.findings.map((f) => `${f.staff.id}:${f.pupil.id}`)).toEqual(
        expect.arrayContaining(['S2:00123', 'S1:0789']),
      );
    });
    const asked = (): string => /declared a family link with (.+)\?/.exec(screen.getScreen())?.[1] ?? '';

    it('does not ask about a pair whose link Excel saved as 123, and asks about the ambiguous 789', async () => {
      const { kit, said } = testKit();
      const run = recordExemptionsAfterAudit(report, 'school', {}, io, kit);
      await until('declared a family link');
      expect(said.join('')).toContain('1 pair of a member of staff and a pupil to go through');
      expect(asked()).toBe('Tilly Ashdown');
      screen.keypress('down');
      screen.keypress('down');
      screen.keypress('enter'); // stop here
      await run;
      expect(said.join('')).toContain('No family links were recorded.');
    });

    it('keeps once a link a colleague saved meanwhile as Excel writes it (123), rather than adding 00123 beside it', async () => {
      const colleagues = readFileSync(exemptions());
      writeFileSync(exemptions(), 'staff_id,pupil_id,relationship\r\nS1,456,aunt\r\n');
      const { kit, said } = testKit();
      const run = recordExemptionsAfterAudit(report, 'school', {}, io, kit);
      await until('declared a family link');
      for (let pair = 0; pair < 2; pair++) {
        if (asked() !== 'José Núñez') {
          await answer(''); // no
          continue;
        }
        screen.keypress('down'); // yes
        await answer('');
        await answer('K. Head');
        await answer(''); // parent
        await answer('');
        await answer('');
      }
      expect(said.join('')).toContain('About to record this family link');
      writeFileSync(exemptions(), colleagues);
      screen.keypress('enter');
      await run;
      const rows = dataRows('exemptions.csv').filter((row) => row.startsWith('S2,'));
      expect(rows).toEqual([expect.stringMatching(/^S2,123,parent,/)]);
    });
  });
});
