import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, runCli } from './runCli.js';

/**
 * The commands `exemptions list` prints beside a link lacked --recorded-by: at a terminal the name was asked,
 * but in a scheduled job with no remembered or login name the copied command exited 2.
 */
const SCHOOL = fileURLToPath(new URL('exemptions-fixtures/school', import.meta.url));
// A job's world: no terminal, no login name, no change made before beside the files.
const NO_NAME = { USER: '', USERNAME: '', COLUMNS: '300' };
let work: string;
let csv: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-listed-'));
  cpSync(SCHOOL, path.join(work, 'school'), { recursive: true });
  csv = path.join(work, 'school', 'exemptions.csv');
  appendFileSync(csv, 'S3,A100000000001,cousin,2025-01-01,K. Head,2026-01-01,\nS1,L100000000002,sibling,,,,\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The commands the list prints, as a Headteacher would copy them. */
function listedCommands(): string[] {
  const run = runCli(['exemptions', 'list', 'school'], { cwd: work, env: NO_NAME });
  expect(run.code).toBe(0);
  return [...run.stdout.replace(/\s+/g, ' ').matchAll(/To (?:keep|remove) it: `(social-audit [^`]+)`/g)].map(
    (m) => m[1]!,
  );
}

/** Runs a command line through the shell, as pasted into a job's script. */
function pasted(command: string) {
  const line = command.replace(/^social-audit /, `'${process.execPath}' '${BIN}' `);
  const result = spawnSync('sh', ['-c', line], {
    cwd: work,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...NO_NAME },
    input: '',
    encoding: 'utf8',
  });
  return { code: result.status, stderr: result.stderr };
}

describe('the commands exemptions list prints', { timeout: 30_000 }, () => {
  it('keep and remove a link in a job once the date and name are filled in', () => {
    const commands = listedCommands();
    expect(commands).toHaveLength(2);
    for (const command of commands) {
      const run = pasted(command.replace('DD/MM/YYYY', '01/09/2027').replace('YOUR NAME', 'A. Deputy'));
      expect(run).toEqual({ code: 0, stderr: '' });
    }
    const rows = readFileSync(csv, 'utf8');
    expect(rows).toContain('S3,A100000000001,cousin,2025-01-01,K. Head,2027-09-01,');
    expect(rows).toMatch(/still applies: confirmed [^\n]+ by A\. Deputy/);
    expect(rows).not.toContain('L100000000002');
  });

  it('refuse the name left as the placeholder, changing nothing', () => {
    const before = readFileSync(csv);
    for (const command of listedCommands()) {
      const run = pasted(command.replace('DD/MM/YYYY', '01/09/2027'));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--recorded-by "YOUR NAME": That is the placeholder');
    }
    expect(readFileSync(csv)).toEqual(before);
  });
});
