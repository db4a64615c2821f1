import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { review } from '../../../src/commands/review.js';
import { UserError } from '../../../src/errors.js';
import { nodeWriteFileSystem, type WriteFileSystem } from '../../../src/io/WriteFileSystem.js';
import { auditSavedAsJson, schoolForEachTest } from '../../commands/harness.js';

/** A folder the person may read but not write in (a share's permissions): its files can be read, not replaced. */
function folderRefusing(folder: string): WriteFileSystem {
  return {
    ...nodeWriteFileSystem,
    canWrite: async (target) => {
      if (path.resolve(target) === path.resolve(folder))
        throw Object.assign(new Error('EACCES: refused'), { code: 'EACCES' });
    },
  };
}

const world = schoolForEachTest();

describe('a folder the person cannot write in', () => {
  it('review names the file it would save and the folder, says why the folder matters, and writes nothing', async () => {
    const { folder } = world.school;
    await auditSavedAsJson(folder);
    const before = readFileSync(path.join(folder, 'exemptions.csv'));
    const io = { ...world.io, cwd: folder, writeFs: folderRefusing(folder) };
    const options = { finding: '3', decision: 'confirm', recordedBy: 'K. Head' };
    const error = (await review('audit.json', '.', options, io).catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      'decisions.csv: cannot write in this folder (permission denied), so nothing was changed',
    );
    expect(error.hint).toContain('ask for write access to the folder');
    expect(readFileSync(path.join(folder, 'exemptions.csv'))).toEqual(before);
  });
});
