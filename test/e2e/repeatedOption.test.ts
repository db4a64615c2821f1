import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { copySchool } from '../commands/harness.js';
import { runInProcess } from '../helpers/runInProcess.js';

/**
 * An option given twice silently took the last value: `--date 24/11/2026 --date 25/11/2026` audited on the 25th,
 * and a script whose line gained a second `--format` wrote another format than the first said. Refused (exit 2),
 * naming the option and both values; the repeatable options still collect. Invented people only.
 */
const SCHOOL = fileURLToPath(new URL('fixtures/school', import.meta.url));

describe('an option given twice', () => {
  it.each([
    [['--date', '2026-11-24', '--date', '2026-11-25'], '--date given twice, "2026-11-24" then "2026-11-25"'],
    [['--date=2026-11-24', '--format', 'json', '--format', 'csv'], '--format given twice, "json" then "csv"'],
  ])('with two values is refused, naming both: %j', async (options, said) => {
    const run = await runInProcess(['audit', SCHOOL, ...options]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(said);
  });

  it('with the same value twice, or a repeatable one, is taken', async () => {
    expect((await runInProcess(['audit', SCHOOL, '--date', '2026-11-24', '--date', '2026-11-24'])).code).toBe(1);
    const rolls = ['--roll', path.join(SCHOOL, 'roll.csv'), '--roll', path.join(SCHOOL, 'leavers.csv')];
    const run = await runInProcess(['audit', SCHOOL, ...rolls, '--date', '2026-11-24', '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).summary.pupils.former).toBeGreaterThan(0);
  });

  it('in a change to a kept file is refused before anything is written', async () => {
    const school = copySchool();
    try {
      const before = readFileSync(path.join(school.folder, 'exemptions.csv'));
      const args = ['exemptions', 'add', school.folder, '--staff-id', 'S1', '--staff-id', 'S2'];
      const run = await runInProcess([...args, '--pupil-id', 'A100000000001', '--relationship', 'cousin']);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--staff-id given twice');
      expect(readFileSync(path.join(school.folder, 'exemptions.csv'))).toEqual(before);
    } finally {
      school.cleanup();
    }
  });
});
