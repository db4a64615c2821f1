import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { copySchool } from './harness.js';

/** `--roll` given twice, the roll and the leavers: each command that takes it reads both, not the last alone. */
let school: ReturnType<typeof copySchool>;
const files = (...names: string[]) => names.flatMap((name) => [`--${name}`, path.join('school', `${name}.csv`)]);
const rolls = ['--roll', 'school/roll.csv', '--roll', 'school/leavers.csv'];

beforeEach(() => {
  school = copySchool();
  // A link with a former pupil aged 18 or over: only the leavers list says so.
  appendFileSync(path.join(school.folder, 'exemptions.csv'), 'S1,L100000000002,sibling,,,,\n');
});
afterEach(() => school.cleanup());

describe('--roll given twice', () => {
  it('audit reads the roll and the leavers', async () => {
    const args = ['audit', ...rolls, ...files('staff', 'exemptions'), '--connections', 'school/connections'];
    const { stdout } = await runInProcess([...args, '--date', '2026-11-24'], { cwd: school.dir });
    expect(stdout).toContain('Pupils             5 current, 2 former');
  });

  it('exemptions list reads the roll and the leavers', async () => {
    const args = ['exemptions', 'list', ...rolls, ...files('staff', 'exemptions'), '--format', 'json'];
    const { stdout, code } = await runInProcess(args, { cwd: school.dir });
    expect(code).toBe(0);
    const listed = JSON.parse(stdout) as { exemptions: { pupilId: string; status: string }[] };
    expect(listed.exemptions.map((e) => [e.pupilId, e.status])).toEqual([
      ['A100000000003', 'active'],
      ['L100000000002', 'pupil_out_of_scope'],
    ]);
  });
});
