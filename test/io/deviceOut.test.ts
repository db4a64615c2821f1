import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, lstatSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { writeFileAtomically } from '../../src/io/atomicWrite.js';
import { nodeWriteFileSystem, type WriteFileSystem } from '../../src/io/WriteFileSystem.js';
import { BIN } from '../e2e/runCli.js';

/**
 * `--out` naming a device or a pipe (`/dev/stdout`, `/dev/null`, a FIFO a script reads): written to as it
 * stands. Renamed over, it was replaced by a file: as root, `--out /dev/full` turned the device into a
 * report. A FIFO stands in for the devices here, so that a regression replaces nothing of the machine's.
 */
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-device-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fifo(): string {
  const at = path.join(dir, 'pipe');
  expect(spawnSync('mkfifo', [at]).status).toBe(0);
  return at;
}

function readAll(at: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    createReadStream(at, 'utf8')
      .on('data', (chunk) => {
        text += chunk;
      })
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}

describe('writing to a device or a pipe', () => {
  it.each([
    ['whole text', 'a report\n'],
    ['text in parts', ['a ', 'report', '\n']],
  ])('writes %s through a FIFO, which stays a FIFO', async (_what, data) => {
    const at = fifo();
    const read = readAll(at);
    await writeFileAtomically(at, data);
    expect(await read).toBe('a report\n');
    expect(lstatSync(at).isFIFO()).toBe(true);
  });

  it('the built CLI’s --out a FIFO: the report comes through it, and it is still a FIFO', async () => {
    const at = fifo();
    const read = readAll(at);
    const sample = path.resolve('samples/westacre-infant');
    const child = spawn(
      process.execPath,
      [BIN, 'audit', sample, '--date', '2026-11-24', '--format', 'csv', '--out', at],
      {
        env: { ...process.env, NO_COLOR: '1' },
        stdio: 'ignore',
      },
    );
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect((await read).split('\n')[0]).toMatch(/^\ufefflevel,staff_id,/);
    expect(lstatSync(at).isFIFO()).toBe(true);
  });

  it('a device that is full (as /dev/full is) is a UserError saying so, not a report written', async () => {
    const full: WriteFileSystem = {
      ...nodeWriteFileSystem,
      stat: async () => ({ size: 0, mode: 0o20666, isDirectory: false, isFile: false }),
      open: async () => ({
        write: async () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        },
        sync: async () => undefined,
        close: async () => undefined,
      }),
      rename: async () => {
        throw new Error('renamed over a device');
      },
    };
    const error = await writeFileAtomically('/dev/full', 'x', { fs: full }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/disk is full/);
  });
});
