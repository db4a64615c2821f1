import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { changeLogPath, lastChangeAuthor } from '../../src/write/changeLog.js';
import { KeptFile } from '../../src/write/KeptFile.js';
import { EXEMPTIONS_FILE } from '../../src/write/keptFileKinds.js';
import { saveEdits } from '../../src/write/saveEdits.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-write-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ORIGINAL = 'staff_id,pupil_id,relationship\r\nS1,A1,parent\r\n';
const author = (by: string, at: string) => ({ by, at });

describe('saveEdits', () => {
  it('replaces the file and appends who changed what to the log beside it, header once', async () => {
    const file = path.join(dir, 'exemptions.csv');
    writeFileSync(file, ORIGINAL);
    const first = await KeptFile.open(file, 'exemptions.csv', EXEMPTIONS_FILE);
    first.add({ staffId: 'S2', pupilId: 'B2', relationship: 'sibling' }, author('K. Head', '2026-11-24T09:00:00Z'));
    await saveEdits([first.toEdit()]);
    const second = await KeptFile.open(file, 'exemptions.csv', EXEMPTIONS_FILE);
    second.remove((get) => get('staffId') === 'S1', author(`O'Brien, Siobhán`, '2026-11-25T10:00:00Z'));
    await saveEdits([second.toEdit()]);

    expect(readFileSync(file, 'utf8')).toBe('staff_id,pupil_id,relationship\r\nS2,B2,sibling\r\n');
    const log = readFileSync(changeLogPath(file), 'utf8');
    expect(changeLogPath(file)).toBe(path.join(dir, 'exemptions-log.csv'));
    expect(log).toBe(
      '\ufeffchanged_at,changed_by,action,staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\r\n' +
        '2026-11-24T09:00:00Z,K. Head,added,S2,B2,sibling,,,,\r\n' +
        `2026-11-25T10:00:00Z,"O'Brien, Siobhán",removed,S1,A1,parent,,,,\r\n`,
    );
    expect(lastChangeAuthor([readFileSync(changeLogPath(file))])).toBe(`O'Brien, Siobhán`);
  });

  it('writes nothing when the file changed on disk while the person was answering', async () => {
    const file = path.join(dir, 'exemptions.csv');
    writeFileSync(file, ORIGINAL);
    const kept = await KeptFile.open(file, 'exemptions.csv', EXEMPTIONS_FILE);
    kept.add({ staffId: 'S2', pupilId: 'B2' }, author('K. Head', '2026-11-24T09:00:00Z'));
    writeFileSync(file, `${ORIGINAL}S9,Z9,cousin\r\n`);
    await expect(saveEdits([kept.toEdit()])).rejects.toThrow(UserError);
    expect(readFileSync(file, 'utf8')).toBe(`${ORIGINAL}S9,Z9,cousin\r\n`);
    expect(readdirSync(dir)).toEqual(['exemptions.csv']);
  });

  it('leaves the file whole, old or new, however often the writing process is killed', async () => {
    // A large edit makes the write slow enough to be interrupted part-way; the built code is used
    // in a separate process so that it can be killed like a real run.
    const saveEditsJs = fileURLToPath(new URL('../../dist/write/saveEdits.js', import.meta.url));
    const file = path.join(dir, 'exemptions.csv');
    const original = Buffer.from(`${ORIGINAL}${'S1,A1,parent\r\n'.repeat(1000)}`);
    writeFileSync(file, original);
    const script = `
      import { readFileSync } from 'node:fs';
      import { saveEdits } from ${JSON.stringify(saveEditsJs)};
      const file = ${JSON.stringify(file)};
      const original = readFileSync(file);
      const bytes = Buffer.alloc(40 * 1024 * 1024, 'S2,B2,sibling\\r\\n');
      process.stdout.write('ready\\n');
      await saveEdits([{ path: file, original, bytes, columns: ['staff_id'], changes: [] }]);
    `;
    const outcomes = new Set<string>();
    for (const delay of [0, 5, 15, 30, 60, 120]) {
      writeFileSync(file, original);
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      const now = readFileSync(file);
      const whole = now.equals(original)
        ? 'old'
        : now.length === 40 * 1024 * 1024 && now.subarray(0, 15).toString() === 'S2,B2,sibling\r\n'
          ? 'new'
          : 'torn';
      expect(whole).not.toBe('torn');
      outcomes.add(whole);
    }
    expect(outcomes.has('old')).toBe(true);
  });
});
