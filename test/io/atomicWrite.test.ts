import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import {
  removeAbandonedTemporaries,
  temporariesOf,
  temporaryPathFor,
  writeFileAtomically,
} from '../../src/io/atomicWrite.js';
import { assertLocked, lockFiles } from '../../src/io/lock.js';
import { inputOverwrittenBy } from '../../src/io/outputTarget.js';
import { nodeWriteFileSystem } from '../../src/io/WriteFileSystem.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;

describe('writeFileAtomically', () => {
  it('replaces a file keeping its mode, and leaves no temporary file', async () => {
    const file = path.join(dir, 'audit.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o640);
    await writeFileAtomically(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['audit.txt']);
  });

  it('refuses a read-only file, even where the user could write it anyway (root)', async () => {
    const file = path.join(dir, 'audit.txt');
    writeFileSync(file, 'old');
    chmodSync(file, 0o444);
    const error = await writeFileAtomically(file, 'new', { displayName: 'audit.txt' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('audit.txt: is read-only, so it was not replaced');
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  // Windows' rename over a file open in Excel or a PDF reader fails with EBUSY or EPERM.
  for (const code of ['EBUSY', 'EPERM']) {
    it(`says a file open in another program (${code}) may be why it could not be replaced, and keeps it`, async () => {
      const file = path.join(dir, 'audit.pdf');
      writeFileSync(file, 'old');
      const fs = {
        ...nodeWriteFileSystem,
        rename: async () => {
          throw Object.assign(new Error(`${code}: resource busy or locked, rename`), { code });
        },
      };
      const error = await writeFileAtomically(file, 'new', { displayName: 'audit.pdf', fs }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/^audit\.pdf: cannot write (it|here): .*nothing was changed$/);
      expect((error as UserError).hint).toMatch(/open in another program \(Excel, a PDF reader\), close it/);
      expect(readFileSync(file, 'utf8')).toBe('old');
      expect(readdirSync(dir)).toEqual(['audit.pdf']);
    });
  }

  it('says how to make the folder an --out names that does not exist', async () => {
    const error = await writeFileAtomically(path.join(dir, 'reports', 'a.pdf'), 'x', {
      displayName: 'reports/a.pdf',
    }).catch((e: unknown) => e);
    expect((error as UserError).hint).toBe(
      'Make the folder first (mkdir "reports"), or name a file in a folder that exists.',
    );
  });

  it('removes the temporary files of killed runs, and only those of our own naming', async () => {
    const file = path.join(dir, 'audit.txt');
    const abandoned = temporaryPathFor(file).replace(`-${process.pid}-`, `-${deadPid()}-`);
    const live = temporaryPathFor(file);
    writeFileSync(abandoned, 'half');
    writeFileSync(live, 'being written');
    writeFileSync(path.join(dir, 'audit.txt.1234'), 'someone else’s');
    expect((await temporariesOf(file)).map((t) => t.path).sort()).toEqual([abandoned, live].sort());
    await removeAbandonedTemporaries(file);
    expect(readdirSync(dir).sort()).toEqual([path.basename(live), 'audit.txt.1234'].sort());
  });
});

describe('lockFiles', () => {
  it('is taken again by the same process without waiting, and released when the last holder lets go', async () => {
    const file = path.join(dir, 'exemptions.csv');
    const outer = await lockFiles([{ path: file, name: 'exemptions.csv' }], { purpose: 'test' });
    const inner = await lockFiles([{ path: file, name: 'exemptions.csv' }], { purpose: 'test', waitMs: 0 });
    await inner();
    expect(() => assertLocked(file, 'exemptions.csv')).not.toThrow();
    expect(readdirSync(dir).sort()).toEqual(['.exemptions.csv.lock', '.exemptions.csv.lock-owner']);
    await outer();
    expect(() => assertLocked(file, 'exemptions.csv')).toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('inputOverwrittenBy', () => {
  it('sees an input through a symlink to it, a hard link, a path with .., and a file in a folder read whole', async () => {
    const { symlinkSync, linkSync, mkdirSync } = await import('node:fs');
    const roll = path.join(dir, 'roll.csv');
    writeFileSync(roll, 'x');
    mkdirSync(path.join(dir, 'connections'));
    symlinkSync(roll, path.join(dir, 'link.txt'));
    linkSync(roll, path.join(dir, 'hard.txt'));
    const inputs = { files: [roll], folders: [path.join(dir, 'connections')] };
    expect(inputOverwrittenBy(path.join(dir, 'link.txt'), inputs)).toBe(roll);
    expect(inputOverwrittenBy(path.join(dir, 'hard.txt'), inputs)).toBe(roll);
    expect(inputOverwrittenBy(path.join(dir, 'connections', '..', 'roll.csv'), inputs)).toBe(roll);
    expect(inputOverwrittenBy(path.join(dir, 'connections', 'new.txt'), inputs)).toBe(path.join(dir, 'connections'));
    expect(inputOverwrittenBy(path.join(dir, 'report.txt'), inputs)).toBeUndefined();
  });
});
