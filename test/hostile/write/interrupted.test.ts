import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN } from '../../e2e/runCli.js';
import { tempFolders } from '../../helpers/tempFolders.js';
import { leftovers, schoolPerTest } from './school.js';

/**
 * Ctrl+C outside a prompt (an audit reading, a report or kept file being written) stopped the command with
 * exit 130 and not a word. It now says in one line what was written and what was not; a file half-written
 * is removed (the earlier copy, if any, as it was), and a kept file being replaced is finished first.
 */
const folders = tempFolders('interrupted');
const school = schoolPerTest();
const dist = (file: string): string => fileURLToPath(new URL(`../../../dist/${file}`, import.meta.url));

interface Ended {
  signal: NodeJS.Signals | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs node with `args`, sends SIGINT once standard error or output shows `when`, and waits for it to end. */
function interruptWhen(args: string[], when: RegExp): Promise<Ended> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let sent = false;
    const watch = (): void => {
      if (!sent && when.test(stdout + stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    };
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
      watch();
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
      watch();
    });
    child.on('close', (code, signal) => resolve({ signal, code, stdout, stderr }));
  });
}

describe('Ctrl+C outside a prompt', { timeout: 120_000 }, () => {
  it('during an audit: one line saying nothing was written, and the shell sees it interrupted', async () => {
    const folder = folders.make();
    cpSync(path.resolve('samples/westacre-infant'), folder, { recursive: true });
    const rows = ['staff_id,staff_name,platform,display_name,username,relationship,connected_on'];
    for (let i = 0; i < 150_000; i++) rows.push(`ST01,Helen Ashworth,facebook,Person ${i},user${i},friend,2020-01-01`);
    writeFileSync(path.join(folder, 'connections.csv'), `${rows.join('\n')}\n`);
    const out = path.join(folder, 'audit.pdf');
    const run = await interruptWhen(
      [BIN, 'audit', folder, '--date', '2026-11-24', '--progress', '--out', out],
      /connections read/,
    );
    expect(run.signal).toBe('SIGINT');
    expect(run.stderr.split(/[\r\n]/).at(-2)).toBe(
      'social-audit: stopped (Ctrl+C) before it finished: nothing was written; every file is as it was.',
    );
    expect(existsSync(out)).toBe(false);
    expect(leftovers(folder)).toEqual([]);
  });

  it('while a report is being written: its half-written copy removed, the earlier one as it was', async () => {
    const folder = folders.make();
    const first = path.join(folder, 'first.json');
    const second = path.join(folder, 'second.json');
    writeFileSync(second, 'last term');
    const script = `
      import { stopOnInterrupt } from ${JSON.stringify(dist('io/stopOnInterrupt.js'))};
      import { writeFileAtomically } from ${JSON.stringify(dist('io/atomicWrite.js'))};
      import { stoppedMessage } from ${JSON.stringify(dist('cli.js'))};
      stopOnInterrupt((stopped) => process.stderr.write(stoppedMessage(stopped) + '\\n'));
      await writeFileAtomically(${JSON.stringify(first)}, 'whole', { displayName: 'first.json' });
      function* parts() {
        for (let i = 0; ; i++) {
          if (i === 2000) process.stdout.write('writing\\n');
          yield 'x'.repeat(1000);
        }
      }
      await writeFileAtomically(${JSON.stringify(second)}, parts(), { displayName: 'second.json' });
    `;
    const run = await interruptWhen(['--input-type=module', '-e', script], /writing/);
    expect(run.signal).toBe('SIGINT');
    expect(run.stderr).toBe(
      'social-audit: stopped (Ctrl+C) before it finished: first.json was written; nothing else was (second.json is as before).\n',
    );
    expect(readFileSync(first, 'utf8')).toBe('whole');
    expect(readFileSync(second, 'utf8')).toBe('last term');
    expect(readdirSync(folder).sort()).toEqual(['first.json', 'second.json']);
  });

  it('while a kept file is replaced: the save finishes, file and log agree, then it stops saying so', async () => {
    const { folder } = school();
    const file = path.join(folder, 'exemptions.csv');
    const before = readFileSync(file, 'utf8');
    const script = `
      import { stopOnInterrupt } from ${JSON.stringify(dist('io/stopOnInterrupt.js'))};
      import { stoppedMessage } from ${JSON.stringify(dist('cli.js'))};
      import { releaseLocksNow } from ${JSON.stringify(dist('io/lock.js'))};
      import { saveEdits } from ${JSON.stringify(dist('write/saveEdits.js'))};
      import { KeptFile } from ${JSON.stringify(dist('write/KeptFile.js'))};
      import { EXEMPTIONS_FILE } from ${JSON.stringify(dist('write/keptFileKinds.js'))};
      import { nodeWriteFileSystem as real } from ${JSON.stringify(dist('io/WriteFileSystem.js'))};
      stopOnInterrupt((stopped) => { releaseLocksNow(); process.stderr.write(stoppedMessage(stopped) + '\\n'); });
      // The temporary file is renamed over exemptions.csv half a second after Ctrl+C comes.
      const fs = { ...real, async rename(a, b) {
        process.stdout.write('renaming\\n');
        await new Promise((resolve) => setTimeout(resolve, 500));
        return real.rename(a, b);
      } };
      const kept = await KeptFile.open(${JSON.stringify(file)}, 'exemptions.csv', EXEMPTIONS_FILE);
      kept.add({ staffId: 'S1', pupilId: 'A100000000001', relationship: 'parent' }, { by: 'K. Head', at: '2026-11-24T09:00:00Z' });
      await saveEdits([kept.toEdit()], fs);
      process.stdout.write('carried on after the save\\n');
    `;
    const run = await interruptWhen(['--input-type=module', '-e', script], /renaming/);
    expect(run.signal).toBe('SIGINT');
    expect(run.stderr).toBe(
      'social-audit: stopped (Ctrl+C) before it finished: exemptions.csv was written; nothing else was.\n',
    );
    expect(run.stdout).not.toContain('carried on');
    const after = readFileSync(file, 'utf8');
    expect(after).not.toBe(before);
    expect(after).toContain('S1,A100000000001');
    expect(readFileSync(path.join(folder, 'exemptions-log.csv'), 'utf8')).toContain('A100000000001');
    expect(leftovers(folder)).toEqual([]);
  });
});
