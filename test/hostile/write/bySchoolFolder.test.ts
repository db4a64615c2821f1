import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/runCli.js';
import { mountTmpfs } from '../../helpers/tmpfs.js';

/**
 * `report --by-school --out governors/` where the folder cannot be made: on a read-only disk (a locked
 * share, a write-protected stick) Node's recursive mkdir says ENOENT, and on a full one ENOSPC; both were
 * a stack and exit 70. Each is now exit 2 saying which.
 */
let work: string;
let saved: string;
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-by-school-folder-'));
  const trust = path.join(work, 'trust');
  mkdirSync(trust);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(trust, name), `${lines.join('\n')}\n`);
  write('roll.csv', 'UPN,Forename,Surname,DOB,Year,School', 'A1,Priya,Sharma,10/10/2012,Year 9,Ashford');
  write('staff.csv', 'staff_id,name,role,School', 'S1,Jane Doe,Teacher,Ashford');
  write('connections.csv', 'staff_id,platform,display_name,username', 'S1,instagram,Priya Sharma,priyasharma12');
  saved = path.join(work, 'trust.json');
  expect(runCli(['audit', trust, '--date', '2026-11-24', '--out', saved]).code).toBe(1);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bySchool = (out: string) => runCli(['report', saved, '--by-school', '--format', 'json', '--out', out]);

describe('--by-school’s folder that cannot be made', { timeout: 60_000 }, () => {
  it('a file in the way, or in the way of a folder above it: exit 2, saying so', () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, 'x');
    for (const out of [file, path.join(file, 'governors')]) {
      const run = bySchool(out);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/: is a file, not a folder to write the schools' reports into/);
    }
  });

  const readOnly = mountTmpfs('ro,size=64k');
  const full = mountTmpfs('size=64k,nr_inodes=1');
  afterAll(() => {
    for (const disk of [readOnly, full]) if (typeof disk !== 'string') disk.unmount();
  });
  it.skipIf(typeof readOnly === 'string')('on a read-only disk: exit 2, saying it is read-only, no stack', () => {
    const out = path.join((readOnly as { mountPoint: string }).mountPoint, 'governors', 'autumn');
    const run = bySchool(out);
    expect(run.stderr).toBe(
      `social-audit: ${out}: the folder cannot be made here: the disk is read-only; nothing was written\n  Give --out a folder on a disk that can be written.\n`,
    );
    expect(run.code).toBe(2);
  });
  it.skipIf(typeof full === 'string')('on a full disk: exit 2, saying it is full, no stack', () => {
    const out = path.join((full as { mountPoint: string }).mountPoint, 'governors');
    const run = bySchool(out);
    expect(run.stderr).toMatch(
      /^social-audit: .*governors: the folder cannot be made here: the disk is full \(ENOSPC\)/,
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code).toBe(2);
  });
});
