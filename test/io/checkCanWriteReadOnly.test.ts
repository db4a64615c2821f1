import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// A read-only disk (a USB stick, a share mounted read-only) answers every write check with EROFS,
// even for root; a test cannot mount one, so access() answers as that disk would.
vi.mock('node:fs/promises', async (original) => {
  const actual = await original<typeof import('node:fs/promises')>();
  const readOnly = Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
  return { ...actual, access: vi.fn(async () => Promise.reject(readOnly)) };
});

const { checkCanWrite } = await import('../../src/io/checkCanWrite.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'social-audit-erofs-'));
  writeFileSync(path.join(dir, 'exemptions.csv'), 'staff_id,pupil_id\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exemptions.csv or decisions.csv on a read-only disk', () => {
  it('says the disk is read-only, not that permission was denied', async () => {
    const file = { path: path.join(dir, 'exemptions.csv'), name: 'exemptions.csv' };
    await expect(checkCanWrite([file], { path: dir, name: 'school' })).rejects.toThrow(/read-only disk/);
    await expect(checkCanWrite([], { path: dir, name: 'school' })).rejects.toThrow(/read-only disk/);
  });
});
