import { cpSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { fileError } from '../../../src/io/FileSystem.js';
import { textSourceFromString } from '../../../src/io/TextSource.js';
import { unreadableCsv } from '../../../src/read/csvTable.js';
import { readTable } from '../../../src/read/rolls/readTable.js';
import { runInProcess } from '../../helpers/runInProcess.js';
import { tempFolders } from '../../helpers/tempFolders.js';

// Every refusal of a file names it and says what to do: a Headteacher meets these with no one to ask.
const HERE = path.dirname(fileURLToPath(import.meta.url));
const DATE = ['--date', '2026-11-24'];
const temp = tempFolders('refusals');

describe('a file the disk will not give is refused with what to do, never an internal error', () => {
  // Tests run as root on a local disk: the refusals a school's network drive or Excel gives are handed to the one
  // place that words them, as permissionDenied.test.ts does.
  it.each([
    ['EBUSY', /in use by another program/],
    ['ENOTDIR', /is a file, not a folder/],
    ['ELOOP', /leads round in a circle/],
    ['ENAMETOOLONG', /path too long/],
    ['EMFILE', /too many files are open/],
    ['EIO', /could not be read \(EIO\)/],
    ['ENXIO', /could not be read \(ENXIO\)/],
    ['ESTALE', /could not be read \(ESTALE\)/],
    ['ETIMEDOUT', /could not be read \(ETIMEDOUT\)/],
  ])('%s', (code, message) => {
    const error = fileError('roll.xlsx', Object.assign(new Error(`${code}: refused`), { code })) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/^roll\.xlsx: /);
    expect(error.message).toMatch(message);
    expect(error.hint).toMatch(/\w/);
  });

  it('a bug is still a bug: an error without a system code keeps its stack', () => {
    expect(fileError('roll.csv', new TypeError('x is undefined'))).not.toBeInstanceOf(UserError);
  });
});

describe('a symbolic link given by name says what to do with it', () => {
  const folder = temp.make();
  cpSync(path.join(HERE, 'mac'), path.join(folder, 'school'), { recursive: true });
  const school = path.join(folder, 'school');
  const link = path.join(folder, 'roll link.csv');

  it.each([
    ['leading nowhere', () => symlinkSync(path.join(folder, 'gone.csv'), link), /does not exist/],
    ['leading round in a circle', () => symlinkSync(link, link), /leads round in a circle/],
  ])('--roll: a link %s', async (_what, make, message) => {
    make();
    const result = await runInProcess(['audit', school, '--roll', link, ...DATE]);
    unlinkSync(link);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\n {2}Replace the link with the file itself/);
  });
});

describe('a table that cannot be read says what to do', () => {
  it('a CSV the parser gives up on names its line and how to save it again', () => {
    const error = unreadableCsv(
      'roll.csv',
      new Error('Invalid Closing Quote: got "x" at line 3 instead of delimiter'),
      0,
    );
    expect(error.message).toBe('roll.csv:3: is not a readable CSV file (got "x" at line 3 instead of delimiter)');
    expect(error.hint).toContain('CSV UTF-8');
  });

  it('a workbook handed to the library as text', async () => {
    const source = textSourceFromString('roll.xlsx', 'PK\u0003\u0004 a workbook read as text');
    await expect(readTable(source, () => true)).rejects.toMatchObject({
      message: expect.stringContaining('read only from a file'),
      hint: expect.stringContaining('textSourceFromBytes'),
    });
  });
});
