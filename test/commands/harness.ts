import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import type { CliIO } from '../../src/commands/CliIO.js';

export const SCHOOL = fileURLToPath(new URL('../e2e/exemptions-fixtures/school', import.meta.url));
export const TODAY = '2026-11-24';

/** A copy of the exemptions fixture school to change, removed afterwards. */
export function copySchool(): { dir: string; folder: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'social-audit-cmd-'));
  const folder = path.join(dir, 'school');
  cpSync(SCHOOL, folder, { recursive: true });
  return { dir, folder, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Ruby Stone, a former pupil whose age the roll does not give, followed by Tom Brown: a REVIEW "now 18 or over" fits. */
export function addLeaverOfUnknownAge(folder: string): void {
  appendFileSync(path.join(folder, 'leavers.csv'), 'L100000000003,Ruby,Stone,,20/07/2020\n');
  appendFileSync(path.join(folder, 'connections', 'lists.csv'), 'S2,tiktok,Ruby Stone,rubystone,following,\n');
}

/** The command's world in memory: not a terminal, a fixed day and clock. */
export function testIO(cwd: string): CliIO & { out(): string } {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  return {
    stdout: sink,
    stderr: sink,
    stdin: new PassThrough(),
    env: {},
    cwd,
    today: () => TODAY,
    now: () => `${TODAY}T09:30:00+00:00`,
    out: () => text,
  };
}

/** A fresh copy of the fixture school and a test world for each test of the file, removed afterwards. */
export function schoolForEachTest(): { school: ReturnType<typeof copySchool>; io: ReturnType<typeof testIO> } {
  const current = {} as { school: ReturnType<typeof copySchool>; io: ReturnType<typeof testIO> };
  beforeEach(() => {
    current.school = copySchool();
    current.io = testIO(current.school.dir);
  });
  afterEach(() => current.school.cleanup());
  return current;
}
