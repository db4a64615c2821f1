import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../e2e/runCli.js';

/** The README's termly script is what a trust's data manager copies: run as written, on the built CLI. */
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
const script = README.slice(README.indexOf('**In a script**')).split('```bash\n')[1]?.split('```')[0] ?? '';
const hasJq = spawnSync('jq', ['--version']).status === 0;
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-termly-script-'));
  const bin = path.join(work, 'bin');
  mkdirSync(bin);
  // `social-audit` as `npm install --global .` would put it on PATH.
  writeFileSync(path.join(bin, 'social-audit'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(path.join(bin, 'social-audit'), 0o755);
  writeFileSync(path.join(work, 'termly.sh'), script);
  cpSync(SAMPLE, path.join(work, 'schools', 'westacre-infant'), { recursive: true });
  // A school whose office forgot the roll: named and passed over, not the end of the run.
  cpSync(SAMPLE, path.join(work, 'schools', 'broken-school'), { recursive: true });
  rmSync(path.join(work, 'schools', 'broken-school', 'roll.csv'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync('bash', ['termly.sh', ...args], {
    cwd: work,
    env: { ...process.env, PATH: `${path.join(work, 'bin')}:${process.env.PATH}`, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

// Two terms' audits and PDFs through the built CLI: about 30 s alone, past vitest's 60 s on a machine shared under load.
describe.skipIf(!hasJq)('the README’s termly script', { timeout: 180_000 }, () => {
  it('audits every school, names the one it could not, and compares the next term with the last', () => {
    expect(script).toContain('social-audit audit');
    const autumn = run('autumn-2026');
    // Without --date the audit is today's, so the counts follow the calendar: the line's form is what a log reads.
    expect(autumn.stdout).toMatch(/^westacre-infant: [1-9]\d* flagged, [1-9]\d* for review\n$/);
    expect(autumn.stderr).toContain('social-audit: schools/broken-school/: has no roll of current pupils');
    expect(autumn.stderr).toContain('broken-school: not audited (exit 2), see above');
    expect(autumn.code).toBe(1);
    expect(existsSync(path.join(work, 'reports/autumn-2026/westacre-infant-governors.pdf'))).toBe(true);
    expect(existsSync(path.join(work, 'reports/autumn-2026/broken-school.json'))).toBe(false);

    const spring = run('spring-2027', 'autumn-2026');
    expect(spring.stdout).toBe(autumn.stdout);
    const report = JSON.parse(readFileSync(path.join(work, 'reports/spring-2027/westacre-infant.json'), 'utf8')) as {
      summary: { findings: { total: number }; change?: { new: number; continuing: number } };
    };
    expect(report.summary.change).toMatchObject({ new: 0, continuing: report.summary.findings.total });
  });
});
