import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { review } from '../../src/commands/review.js';
import { UserError } from '../../src/errors.js';
import { writeError } from '../../src/io/atomicWrite.js';
import { checkCanWrite } from '../../src/io/checkCanWrite.js';
import { nodeWriteFileSystem, type WriteFileSystem } from '../../src/io/WriteFileSystem.js';
import { auditSavedAsJson, copySchool, testIO } from '../commands/harness.js';

/** The disk as a read-only mount leaves it: files can be read and stat'ed, and every write fails with `code`. */
function refusingDisk(code: 'EROFS' | 'EACCES'): WriteFileSystem {
  const refuse = async (): Promise<never> => {
    throw Object.assign(new Error(`${code}: refused`), { code });
  };
  return { ...nodeWriteFileSystem, canWrite: refuse, open: refuse, rename: refuse, unlink: refuse, truncate: refuse };
}

let school: ReturnType<typeof copySchool>;
beforeEach(() => {
  school = copySchool();
});
afterEach(() => school.cleanup());

const failure = async (run: Promise<unknown>): Promise<UserError> => {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

describe('a read-only disk or folder', () => {
  it('is named as such by the check before writing, for a file and for the folder', async () => {
    const file = path.join(school.folder, 'exemptions.csv');
    const target = { path: file, name: 'school/exemptions.csv' };
    const folder = { path: school.folder, name: 'school' };
    const onFile = await failure(checkCanWrite([target], folder, refusingDisk('EROFS')));
    expect(onFile.message).toMatch(/^school\/exemptions\.csv: is on a read-only disk or folder/);
    const onFolder = await failure(
      checkCanWrite(
        [{ path: path.join(school.folder, 'new.csv'), name: 'school/new.csv' }],
        folder,
        refusingDisk('EROFS'),
      ),
    );
    expect(onFolder.message).toMatch(/^school\/new\.csv \(in school\): is on a read-only disk or folder/);
    // Permission refused is still told as that.
    expect((await failure(checkCanWrite([target], folder, refusingDisk('EACCES')))).message).toMatch(
      /permission denied/,
    );
  });

  it('exemptions add says the disk is read-only, not "permission denied", and changes nothing', async () => {
    const io = { ...testIO(school.dir), writeFs: refusingDisk('EROFS') };
    const before = readFileSync(path.join(school.folder, 'exemptions.csv'));
    const flags = { staffId: 'S1', pupilId: 'A100000000002', relationship: 'Aunt', recordedBy: 'K. Head' };
    const error = await failure(exemptionsAdd('school', flags, io));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/read-only disk/);
    expect(error.message).not.toMatch(/permission/);
    expect(readFileSync(path.join(school.folder, 'exemptions.csv'))).toEqual(before);
  });

  it('review says the disk is read-only, not "permission denied", and writes no decision', async () => {
    const io = { ...testIO(school.dir), writeFs: refusingDisk('EROFS') };
    await auditSavedAsJson(school.folder);
    const options = { finding: '1', decision: 'dismiss' as const, reason: 'her aunt', recordedBy: 'K. Head' };
    const error = await failure(review('school/audit.json', undefined, options, io));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/read-only disk/);
    expect(error.message).not.toMatch(/permission/);
    expect(existsSync(path.join(school.folder, 'decisions.csv'))).toBe(false);
  });
});

describe('every refusal to write', () => {
  it('names the file and gives a hint, whatever the disk said', async () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'EFBIG', 'ENOENT', 'EBUSY', 'EACCES', 'EPERM', 'EROFS', 'EISDIR', 'EIO']) {
      const error = writeError('reports/audit.pdf', Object.assign(new Error(code), { code }));
      expect(error, code).toBeInstanceOf(UserError);
      expect(error.message, code).toMatch(/^reports\/audit\.pdf: /);
      expect((error as UserError).hint, code).toBeTruthy();
    }
    const file = { path: path.join(school.folder, 'exemptions.csv'), name: 'school/exemptions.csv' };
    const folder = { path: school.folder, name: 'school' };
    for (const code of ['EROFS', 'EACCES'] as const) {
      expect((await failure(checkCanWrite([file], folder, refusingDisk(code)))).hint, code).toBeTruthy();
      expect((await failure(checkCanWrite([], folder, refusingDisk(code)))).hint, code).toBeTruthy();
    }
    const gone = { path: path.join(school.folder, 'no-such'), name: 'school/no-such' };
    expect((await failure(checkCanWrite([], gone))).hint).toBeTruthy();
  });
});
