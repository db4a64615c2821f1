import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exemptionsRemove } from '../../src/commands/exemptionsRemove.js';
import { review } from '../../src/commands/review.js';
import { UserError } from '../../src/errors.js';
import { auditFolder, copySchool, testIO } from './harness.js';

/**
 * A job's `exemptions remove … --yes` or `review --finding …` with no --recorded-by, no name saved beside the files
 * and USER and USERNAME unset exited 2: the login name is found as git finds it (LOGNAME, then the account the
 * process runs as), recorded as a login name and said on standard error.
 */
let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(await auditFolder(school.folder)));
});
afterEach(() => school.cleanup());

const file = (name: string) => readFileSync(path.join(school.folder, name), 'utf8');
const remove = () => exemptionsRemove('school', { staffId: 'S2', pupilId: 'A100000000003', yes: true }, io);
const dismiss = async () => {
  const number = (await auditFolder(school.folder)).findings.findIndex((f) => f.level === 'review') + 1;
  return review(
    'school/audit.json',
    undefined,
    { finding: String(number), decision: 'dismiss', reason: 'her aunt, same name' },
    io,
  );
};

describe('who made a change, where a script names nobody', () => {
  it('LOGNAME: the link is removed, its log says by whose login', async () => {
    io.env = { LOGNAME: 'kfoster' };
    expect(await remove()).toBe(0);
    expect(file('exemptions.csv')).not.toContain('A100000000003');
    expect(file('exemptions-log.csv')).toMatch(/,kfoster \(login name\),removed,S2,A100000000003,/);
    expect(io.out()).toContain('No --recorded-by given: a change is recorded as made by kfoster (login name)');
  });

  it('the account the process runs as, where no variable names one: the review decision is saved under it', async () => {
    io.loginName = () => 'office';
    expect(await dismiss()).toBe(0);
    expect(file('decisions.csv')).toMatch(/,dismiss,"her aunt, same name",2026-11-24,office \(login name\),/);
  });

  it('the name used for the last change comes first, and is said', async () => {
    io.env = { LOGNAME: 'kfoster' };
    expect(await dismiss()).toBe(0);
    expect(await remove()).toBe(0);
    expect(file('exemptions-log.csv')).toMatch(/,kfoster \(login name\),removed,/);
    expect(io.out()).toContain('recorded as made by kfoster (login name), the name used for the last change here');
  });

  it('says whose name only once every other option is there: a refused command records nobody', async () => {
    io.env = { LOGNAME: 'kfoster' };
    const error = await review('school/audit.json', undefined, { decision: 'dismiss' }, io).catch((e: unknown) => e);
    expect((error as UserError).message).toContain('missing --finding, --reason');
    expect(io.out()).not.toContain('No --recorded-by given');
  });

  it('with no login name at all it is still exit 2 naming --recorded-by, nothing written', async () => {
    const before = file('exemptions.csv');
    const error = await remove().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('missing --recorded-by');
    expect(file('exemptions.csv')).toBe(before);
  });
});
