import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { copySchool } from '../../commands/harness.js';
import { caseCount } from '../../helpers/depth.js';
import { ADD, expectNoStack, leftovers, runCliAsync } from './school.js';

const PUPILS = ['A100000000001', 'A100000000002', 'A100000000004'];
const STAFF = ['S1', 'S2', 'S3'];
// Each round is a fresh race between real processes.
const ROUNDS = caseCount(2, 10);
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

function school(): string {
  const { folder, cleanup } = copySchool();
  cleanups.push(cleanup);
  return folder;
}

const rowsOf = (folder: string): string[] =>
  readFileSync(path.join(folder, 'exemptions.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
const loggedOf = (folder: string): string[] =>
  readFileSync(path.join(folder, 'exemptions-log.csv'), 'utf8').trim().split(/\r?\n/).slice(1);

describe('exemptions add run several at once (the file is locked from reading to saving)', { timeout: 120_000 }, () => {
  for (const count of [2, 3]) {
    it(`keeps every confirmed row and log line, round after round (${count} at once)`, async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const folder = school();
        const before = rowsOf(folder);
        // Distinct staff–pupil pairs, a different set each round.
        const pairs = Array.from(
          { length: count },
          (_, i) => [STAFF[i % 3]!, PUPILS[(i + Math.floor(i / 3) + round) % 3]!, i] as const,
        );
        const runs = await Promise.all(
          pairs.map(([staff, pupil, i]) =>
            runCliAsync([
              'exemptions',
              'add',
              folder,
              '--staff-id',
              staff,
              '--pupil-id',
              pupil,
              ...ADD,
              '--note',
              `run ${i}`,
            ]),
          ),
        );
        for (const run of runs) {
          expect(run.code, run.stderr).toBe(0);
          expect(run.stdout).toContain('Recorded.');
        }
        const rows = rowsOf(folder);
        expect(rows.slice(0, before.length)).toEqual(before);
        expect(
          rows
            .slice(before.length)
            .map((row) => row.split(',').slice(0, 2).join(','))
            .sort(),
        ).toEqual(pairs.map(([s, p]) => `${s},${p}`).sort());
        expect(
          loggedOf(folder)
            .map((line) => line.split(',').slice(3, 5).join(','))
            .sort(),
        ).toEqual(pairs.map(([s, p]) => `${s},${p}`).sort());
        expect(leftovers(folder)).toEqual([]);
      }
    });
  }

  it('a second writer waits a bounded time, then says who holds the file, and changes nothing', async () => {
    const folder = school();
    const before = readFileSync(path.join(folder, 'exemptions.csv'));
    const lockJs = fileURLToPath(new URL('../../../dist/io/lock.js', import.meta.url));
    // Another run holds the lock (here: a process that takes it and sits on it).
    const holder = runCliAsyncScript(`
      import { lockFiles } from ${JSON.stringify(lockJs)};
      await lockFiles([{ path: ${JSON.stringify(path.join(folder, 'exemptions.csv'))}, name: 'exemptions.csv' }], { purpose: 'exemptions add' });
      process.stdout.write('locked\\n');
      setTimeout(() => {}, 60_000);
    `);
    await holder.ready;
    const started = Date.now();
    const add = await runCliAsync(
      ['exemptions', 'add', folder, '--staff-id', 'S1', '--pupil-id', 'A100000000002', ...ADD],
      { SOCIAL_AUDIT_LOCK_WAIT: '1' },
    );
    const waited = Date.now() - started;
    holder.kill();
    expect(add.code).toBe(2);
    expect(add.stdout).not.toContain('Recorded.');
    expect(add.stderr).toMatch(
      /exemptions\.csv: another run \(exemptions add, by .+ on .+, process \d+, for \d+ s\) is changing it; nothing was changed/,
    );
    expectNoStack(add.stderr);
    expect(waited).toBeGreaterThanOrEqual(1000);
    expect(readFileSync(path.join(folder, 'exemptions.csv'))).toEqual(before);
  });
});

function runCliAsyncScript(script: string): { ready: Promise<void>; kill(): void } {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return {
    ready: new Promise((resolve) => child.stdout.once('data', () => resolve())),
    kill: () => child.kill('SIGKILL'),
  };
}
