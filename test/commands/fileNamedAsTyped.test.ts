import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { exemptionsList } from '../../src/commands/exemptionsList.js';
import { inFolderTerms } from '../../src/commands/inFolderTerms.js';
import { InputError } from '../../src/errors.js';
import { fileError } from '../../src/io/FileSystem.js';
import { runCli } from '../e2e/runCli.js';
import { schoolForEachTest } from './harness.js';

const given = schoolForEachTest();
const refusal = async (run: Promise<unknown>): Promise<InputError> =>
  (await run.catch((e: unknown) => e)) as InputError;
const auditOf = (folder: string, extra: Record<string, unknown> = {}) =>
  audit(folder, { format: 'text', date: '2026-11-24', ...extra }, given.io);

/** The report names files from inside the folder; an error is read where the folder was typed. */
describe('an input error names a file of the folder as the user typed the folder', () => {
  it('a roll that cannot be read (a folder in its place): audit and exemptions list', async () => {
    const roll = path.join(given.school.folder, 'roll.csv');
    renameSync(roll, `${roll}.bak`);
    mkdirSync(roll);
    // Each started only when awaited: a refusal made while the other is awaited would be an unhandled rejection.
    for (const run of [() => auditOf('school'), () => exemptionsList('school', { format: 'text' }, given.io)]) {
      const error = await refusal(run());
      expect(error).toBeInstanceOf(InputError);
      expect(error.message).toBe(`${path.join('school', 'roll.csv')}: is a folder, not a file`);
    }
  });

  it('a row or header that is wrong keeps its line, after the folder as typed (a trailing slash too)', async () => {
    writeFileSync(path.join(given.school.folder, 'exemptions.csv'), 'garbage,header\n1,2\n');
    const error = await refusal(auditOf('school/'));
    expect(error.message).toMatch(/^school\/exemptions\.csv:1: does not look like an exemptions file/);
    expect(error.hint).toContain('Found columns');
  });

  it('a file given by an option keeps its name as typed, outside the folder or inside it (the built CLI)', () => {
    const bad = 'decided_at,bad\n';
    writeFileSync(path.join(given.school.dir, 'decisions.csv'), bad);
    mkdirSync(path.join(given.school.folder, 'kept'));
    writeFileSync(path.join(given.school.folder, 'kept', 'd.csv'), bad);
    for (const file of ['decisions.csv', path.join('school', 'kept', 'd.csv')]) {
      const run = runCli(['audit', 'school', '--decisions', file], { cwd: given.school.dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^social-audit: ${file.replace(/[.\\/]/g, '\\$&')}:1: does not look like`));
    }
  });

  it('the refusal of a file the disk will not let be read is named the same way (tests run as root)', () => {
    const refused = fileError('roll.csv', Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    const error = inFolderTerms(refused, 'p1', ['p1']) as InputError;
    expect(error.message).toBe(`${path.join('p1', 'roll.csv')}: permission denied`);
    expect(error.hint).toContain('permission to read it');
    // Already as typed (under the folder given) or absolute: left alone.
    for (const name of [path.join('p1', 'staff.csv'), path.resolve('elsewhere.csv')]) {
      const same = fileError(name, Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      expect(inFolderTerms(same, 'p1', ['p1'])).toBe(same);
    }
  });
});
