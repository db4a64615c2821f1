import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { temporaryPathFor } from '../../../src/io/atomicWrite.js';
import { recoverInterruptedSave } from '../../../src/write/lockKeptFiles.js';
import { runInProcess } from '../../helpers/runInProcess.js';
import { ADD, expectNoStack, leftovers, schoolPerTest } from './school.js';

const school = schoolPerTest();
const read = (folder: string, name: string): string => readFileSync(path.join(folder, name), 'utf8');
const addRun = (folder: string, staff: string, pupil: string) =>
  runInProcess(['exemptions', 'add', folder, '--staff-id', staff, '--pupil-id', pupil, ...ADD]);

/** Pairs added to exemptions.csv beyond the fixture's one row, and pairs its log says were added. */
function fileAndLog(folder: string): { rows: string[]; logged: string[] } {
  const rows = read(folder, 'exemptions.csv')
    .trim()
    .split(/\r?\n/)
    .slice(2)
    .map((row) => row.split(',').slice(0, 2).join(','));
  let log = '';
  try {
    log = read(folder, 'exemptions-log.csv');
  } catch {
    // no log yet
  }
  const logged = log
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',').slice(3, 5).join(','));
  return { rows: rows.sort(), logged: logged.sort() };
}

describe('a read-only file or change log is refused before anything changes', () => {
  for (const name of ['exemptions.csv', 'exemptions-log.csv']) {
    it(`exemptions add with a read-only ${name}: exit 2 naming it, nothing changed`, async () => {
      const { folder } = school();
      if (name === 'exemptions-log.csv') await addRun(folder, 'S1', 'A100000000001');
      const before = [read(folder, 'exemptions.csv'), name === 'exemptions-log.csv' ? read(folder, name) : ''];
      chmodSync(path.join(folder, name), 0o444);
      const add = await addRun(folder, 'S3', 'A100000000002');
      expect(add.code).toBe(2);
      expect(add.stderr).toContain(`${name}: is read-only, so nothing was changed`);
      expect(add.stdout).toBe('');
      expectNoStack(add.stderr);
      expect([read(folder, 'exemptions.csv'), name === 'exemptions-log.csv' ? read(folder, name) : '']).toEqual(before);
      expect(leftovers(folder)).toEqual([]);
    });
  }

  it('review with a read-only decisions log: exit 2 naming it, before any question', async () => {
    const { dir, folder } = school();
    const report = path.join(dir, 'audit.json');
    expect(
      (await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', report])).code,
    ).toBe(1);
    writeFileSync(path.join(folder, 'decisions-log.csv'), 'changed_at,changed_by,action,connection_key\r\n');
    chmodSync(path.join(folder, 'decisions-log.csv'), 0o444);
    const review = await runInProcess([
      'review',
      report,
      folder,
      '--finding',
      '1',
      '--decision',
      'confirm',
      '--recorded-by',
      'K. Head',
    ]);
    expect(review.code).toBe(2);
    expect(review.stderr).toContain('decisions-log.csv: is read-only, so nothing was changed');
    expectNoStack(review.stderr);
    expect(leftovers(folder)).toEqual([]);
  });
});

describe('--out may not name an input, however it is reached', () => {
  it('refuses a change log, a symlink to the roll and a hard link to the staff list', async () => {
    const { dir, folder } = school();
    await addRun(folder, 'S1', 'A100000000001');
    const roll = read(folder, 'roll.csv');
    symlinkSync(path.join(folder, 'roll.csv'), path.join(dir, 'looks-new.txt'));
    linkSync(path.join(folder, 'staff.csv'), path.join(dir, 'hard.txt'));
    for (const out of [
      path.join(folder, 'exemptions-log.csv'),
      path.join(dir, 'looks-new.txt'),
      path.join(dir, 'hard.txt'),
    ]) {
      const audit = await runInProcess(['audit', folder, '--date', '2026-11-24', '--out', out]);
      expect(audit.code, out).toBe(2);
      expect(audit.stderr).toContain(`--out ${out} would overwrite`);
      expectNoStack(audit.stderr);
    }
    expect(read(folder, 'roll.csv')).toBe(roll);
  });

  it('refuses a symlink to the saved report that report renders', async () => {
    const { dir, folder } = school();
    const saved = path.join(dir, 'audit.json');
    await runInProcess(['audit', folder, '--date', '2026-11-24', '--format', 'json', '--out', saved]);
    symlinkSync(saved, path.join(dir, 'report.txt'));
    const report = await runInProcess(['report', saved, '--out', path.join(dir, 'report.txt')]);
    expect(report.code).toBe(2);
    expect(JSON.parse(readFileSync(saved, 'utf8')).tool.name).toBe('social-audit');
  });
});

/** A process id that is certainly finished. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('a save killed between its steps is finished or undone by the next run', () => {
  it('removes a temporary file whose change was never logged (killed before the log line)', async () => {
    const { folder } = school();
    const file = path.join(folder, 'exemptions.csv');
    const before = read(folder, 'exemptions.csv');
    const temporary = temporaryPathFor(file, 'log0').replace(`-${process.pid}-`, `-${deadPid()}-`);
    writeFileSync(temporary, `${before}S9,A9,parent\r\n`);
    await recoverInterruptedSave(file);
    expect(read(folder, 'exemptions.csv')).toBe(before);
    expect(leftovers(folder)).toEqual([]);
  });

  it('puts in place a temporary file whose change was logged (killed between the log line and the rename)', async () => {
    const { folder } = school();
    const file = path.join(folder, 'exemptions.csv');
    const log = '\ufeffchanged_at,changed_by,action,staff_id,pupil_id\r\n';
    writeFileSync(path.join(folder, 'exemptions-log.csv'), log);
    const temporary = temporaryPathFor(file, `log${Buffer.byteLength(log)}`).replace(
      `-${process.pid}-`,
      `-${deadPid()}-`,
    );
    const after = `${read(folder, 'exemptions.csv')}S1,A100000000001,parent\r\n`;
    writeFileSync(temporary, after);
    writeFileSync(
      path.join(folder, 'exemptions-log.csv'),
      `${log}2026-11-24T09:00:00Z,K. Head,added,S1,A100000000001\r\n`,
    );
    await recoverInterruptedSave(file);
    expect(read(folder, 'exemptions.csv')).toBe(after);
    expect(fileAndLog(folder).rows).toEqual(fileAndLog(folder).logged);
    expect(leftovers(folder)).toEqual([]);
  });

  it('leaves file and log agreeing when a real save is killed -9 at each step', { timeout: 180_000 }, async () => {
    const saveEditsJs = fileURLToPath(new URL('../../../dist/write/saveEdits.js', import.meta.url));
    const keptJs = fileURLToPath(new URL('../../../dist/write/KeptFile.js', import.meta.url));
    const kindsJs = fileURLToPath(new URL('../../../dist/write/keptFileKinds.js', import.meta.url));
    const fsJs = fileURLToPath(new URL('../../../dist/io/WriteFileSystem.js', import.meta.url));
    const { folder } = school();
    const file = path.join(folder, 'exemptions.csv');
    const steps = ['open', 'write', 'sync', 'log', 'rename', 'syncFolder'];
    const pupils = ['A100000000001', 'A100000000002', 'A100000000004'];
    for (const [i, step] of steps.entries()) {
      const pair = [['S1', 'S3'][i % 2]!, pupils[Math.floor(i / 2)]!];
      // The save stops for ever at `step` (the nth file opened: the temporary, then the log), and is killed there.
      const script = `
        import { saveEdits } from ${JSON.stringify(saveEditsJs)};
        import { KeptFile } from ${JSON.stringify(keptJs)};
        import { EXEMPTIONS_FILE } from ${JSON.stringify(kindsJs)};
        import { nodeWriteFileSystem as real } from ${JSON.stringify(fsJs)};
        const step = ${JSON.stringify(step)};
        const hang = () => { process.stdout.write('stopped\\n'); return new Promise(() => {}); };
        let opened = 0;
        const fs = { ...real,
          async open(p, flags, mode) {
            opened++;
            if (step === 'open' && opened === 1) return hang();
            if (step === 'log' && opened === 2) return hang();
            const handle = await real.open(p, flags, mode);
            return { ...handle,
              write: async (b, o, l) => { if (step === 'write') { await handle.write(b, o, Math.ceil(l / 2)); return hang(); } return handle.write(b, o, l); },
              sync: async () => { if (step === 'sync' && opened === 1) return hang(); return handle.sync(); } };
          },
          rename: async (a, b) => (step === 'rename' ? hang() : real.rename(a, b)),
          syncFolder: async (d) => (step === 'syncFolder' ? hang() : real.syncFolder(d)),
        };
        const kept = await KeptFile.open(${JSON.stringify(file)}, 'exemptions.csv', EXEMPTIONS_FILE);
        kept.add({ staffId: ${JSON.stringify(pair[0])}, pupilId: ${JSON.stringify(pair[1])}, relationship: 'parent' }, { by: 'K. Head', at: '2026-11-24T09:00:00Z' });
        await saveEdits([kept.toEdit()], fs);
        process.stdout.write('stopped\\n');
      `;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // A killed run's lock is taken over once it is 10 s old; removing it here stands in for that wait.
      if (i > 0) rmSync(path.join(folder, '.exemptions.csv.lock'), { recursive: true, force: true });
      // The next run (a real one) finishes or undoes the killed save, then makes its own change.
      const next = await addRun(folder, 'S2', pupils[i % 3]!);
      expect(next.code, `${step}: ${next.stderr}`).toBe(0);
      const { rows, logged } = fileAndLog(folder);
      expect(rows, step).toEqual(logged);
      expect(rows, step).toContain(`S2,${pupils[i % 3]}`);
      expect(leftovers(folder), step).toEqual([]);
      // The killed change is there (with its log line) only if it was logged before the kill.
      expect(rows.includes(pair.join(',')), step).toBe(['rename', 'syncFolder'].includes(step));
    }
  });
});
