import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';

const MIS = fileURLToPath(new URL('fixtures/mis/', import.meta.url));
// Spawning the CLI twice a folder on a shared two-core machine.
const SLOW = 60_000;
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-mis-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('an audit folder with the roll as the MIS exports it', () => {
  // Every folder has the same invented school; only isams-xml has no leavers.
  const folders = [
    ['isams-csv', true],
    ['isams-xml', false],
    ['ctf', true],
    ['arbor', true],
    ['bromcom', true],
    ['xlsx', true],
  ] as const;
  for (const [name, hasLeavers] of folders) {
    it(`runs the README's two commands on ${name} with no conversion`, { timeout: SLOW }, async () => {
      const folder = path.join(MIS, name);
      const text = await runInProcess(['audit', folder, '--date', '2026-11-24']);
      expect(text.stderr).toBe('');
      expect(text.code).toBe(1);
      expect(text.stdout).toContain('Maisie Thornbury');
      const out = path.join(work, 'audit.json');
      expect(
        (await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', out])).code,
      ).toBe(1);
      const report = JSON.parse(readFileSync(out, 'utf8')) as {
        findings: { level: string; pupil: { name: string; status: string } }[];
      };
      // Whether each is flagged or reviewed is the match model's call (tested in test/match); what
      // this test asks is that the roll was read: who was found, and current or former.
      const found = report.findings.map((f) => `${f.pupil.name} ${f.pupil.status}`).sort();
      // Tobias Wren left as an adult: never reported; a namesake connection of no pupil, never either.
      expect(found).toEqual(
        hasLeavers ? ['Keeley Marchetti former', 'Maisie Thornbury current'] : ['Maisie Thornbury current'],
      );
    });
  }

  it('reads workbooks and a CTF given by option too', { timeout: SLOW }, async () => {
    const at = (file: string) => path.join(MIS, file);
    const { code, stdout } = await runInProcess([
      'audit',
      '--roll',
      at('xlsx/Pupils export (3).xlsx'),
      '--roll',
      at('ctf/801LLLL_CTF_8014000_001.xml'),
      '--connections',
      at('xlsx/connections.csv'),
      '--staff',
      at('xlsx/staff.xlsx'),
      '--exemptions',
      at('xlsx/exemptions.xlsx'),
      '--date',
      '2026-11-24',
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain('Pupils             3 current, 2 former (1 of them under 18 or of unknown age)');
    expect(stdout).toContain('Rowan Pettifer (S1, Teacher)');
  });

  it('will not write a report over a roll found by its content', { timeout: SLOW }, async () => {
    cpSync(path.join(MIS, 'bromcom'), work, { recursive: true });
    const roll = path.join(work, 'Student List.csv');
    const before = readFileSync(roll);
    const { code, stderr } = await runInProcess([
      'audit',
      work,
      '--date',
      '2026-11-24',
      '--format',
      'csv',
      '--out',
      roll,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('which the report is made from');
    expect(readFileSync(roll)).toEqual(before);
  });

  it('exits 2 when no connection list could be read at all, never 0', { timeout: SLOW }, async () => {
    cpSync(path.join(MIS, 'arbor/Students.csv'), path.join(work, 'Students.csv'));
    mkdirSync(path.join(work, 'connections'));
    writeFileSync(path.join(work, 'connections', 'notes.txt'), 'hello');
    const { code, stderr, stdout } = await runInProcess(['audit', work, '--date', '2026-11-24']);
    expect(code).toBe(2);
    expect(stderr).toContain('no connection list was found in');
    expect(stderr).toContain('nothing was checked');
    // Why the file could not be read, so that the person knows what to mend.
    expect(stderr).toMatch(/nothing was checked\n {2}connections\/notes\.txt: .+/);
    expect(stderr).toContain('put the ZIP in the audit folder named connections.zip');
    expect(stdout).toBe('');
    rmSync(path.join(work, 'connections'), { recursive: true });
    const none = await runInProcess(['audit', work, '--date', '2026-11-24']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no connection list was found in');
  });

  it('checks a family link against a roll found by its content', { timeout: SLOW }, async () => {
    cpSync(path.join(MIS, 'bromcom'), work, { recursive: true });
    const add = (pupil: string) =>
      runInProcess([
        'exemptions',
        'add',
        work,
        '--staff-id',
        'S1',
        '--pupil-id',
        pupil,
        '--relationship',
        'parent',
        '--recorded-by',
        'K. Head',
      ]);
    expect(await add('H801400099999')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no pupil on the roll or leavers list has that UPN'),
    });
    expect((await add('H801400011043')).code).toBe(0);
    expect(readFileSync(path.join(work, 'exemptions.csv'), 'utf8')).toContain('S1,H801400011043,parent');
  });

  it('refuses to record a link beside exemptions.xlsx, changing nothing', { timeout: SLOW }, async () => {
    cpSync(path.join(MIS, 'xlsx'), work, { recursive: true });
    const add = await runInProcess([
      'exemptions',
      'add',
      work,
      '--staff-id',
      'S1',
      '--pupil-id',
      'H801400011042',
      '--relationship',
      'parent',
      '--recorded-by',
      'K. Head',
    ]);
    expect(add.code).toBe(2);
    expect(add.stderr).toContain('records family links only in exemptions.csv');
    expect(existsSync(path.join(work, 'exemptions.csv'))).toBe(false);
  });
});
