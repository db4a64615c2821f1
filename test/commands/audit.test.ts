import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { UserError } from '../../src/errors.js';
import { copySchool, testIO } from './harness.js';

let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
beforeEach(() => {
  school = copySchool();
  io = testIO(school.dir);
});
afterEach(() => school.cleanup());

describe('audit --date', () => {
  it('takes the forms a file’s dates are read in, day first, a two-digit year placed by today', async () => {
    for (const [date, iso] of <[string, string][]>[
      ['3/3/2027', '2027-03-03'],
      ['03/03/27', '2027-03-03'],
      ['3.3.27', '2027-03-03'],
      ['03-03-2027', '2027-03-03'],
      ['3 March 2027', '2027-03-03'],
      ['2027-3-3', '2027-03-03'],
      // Fifty years either side of today (TODAY, 2026): `75` is 2075, `77` 1977.
      ['1/1/75', '2075-01-01'],
      ['1/1/77', '1977-01-01'],
    ]) {
      const each = testIO(school.dir);
      await audit('school', { format: 'json', date }, each);
      expect(JSON.parse(each.out()).auditDate, date).toBe(iso);
    }
  });

  it('refuses what is no date or reads two ways, naming the value and the forms', async () => {
    for (const date of ['31/02/2027', '11/24/2026', '03-03-27', 'next Tuesday', 'March 3 2027']) {
      const error = (await audit('school', { format: 'json', date }, io).catch((e: unknown) => e)) as UserError;
      expect(error, date).toBeInstanceOf(UserError);
      expect(error.message).toContain(`"${date}"`);
      expect(error.hint).toContain('--date 24/11/26');
    }
    expect(io.out()).toBe('');
  });
});

describe('audit with no folder', () => {
  it('run inside the audit folder (cd school), gives the command that audits it: audit .', async () => {
    const inside = testIO(school.folder);
    const error = (await audit(undefined, { format: 'json' }, inside).catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe('no audit folder or roll given');
    expect(error.hint).toMatch(/^This folder holds a roll: `social-audit audit \.` audits it\./);
    expect(inside.out()).toBe('');
    // Above it, no roll: the general hint alone.
    const above = (await audit(undefined, { format: 'json' }, io).catch((e: unknown) => e)) as UserError;
    expect(above.hint).toMatch(/^Run `social-audit audit FOLDER`/);
  });
});

describe('the school’s name from the folder', () => {
  // The governors' PDF is headed with it: a folder named in lower case with spaces was left "hill view".
  for (const [folder, named] of [
    ['hill view', 'Hill View'],
    ['st-marys_primary', 'St Marys Primary'],
    ['St John’s RC', 'St John’s RC'],
    ['ÉCOLE de la ville', 'ÉCOLE de la ville'],
  ]) {
    it(`names ${folder}/ ${named}`, async () => {
      renameSync(path.join(school.dir, 'school'), path.join(school.dir, folder!));
      await audit(folder!, { format: 'json', date: '2026-11-24' }, io);
      expect(JSON.parse(io.out()).school).toBe(named);
    });
  }
});

describe('audit --compare', () => {
  it('refuses another school’s report (no member of staff in common), writing nothing', async () => {
    await audit('school', { format: 'json', date: '2026-11-24', out: 'autumn.json' }, io);
    const edit = (file: string, change: (text: string) => string) =>
      writeFileSync(path.join(school.folder, file), change(readFileSync(path.join(school.folder, file), 'utf8')));
    // The same school a term on, a member of staff gone and one new, compares as ever.
    edit('staff.csv', (text) => `${text.replace(/^S3,.*\n/m, '')}S4,Kim Lee,Teacher\n`);
    await audit('school', { format: 'json', date: '2027-03-20', compare: 'autumn.json' }, io);
    for (const file of ['staff.csv', 'connections/lists.csv', 'exemptions.csv'])
      edit(file, (text) => text.replace(/\bS(\d)\b/g, 'T$1'));
    const error = (await audit(
      'school',
      { format: 'json', date: '2027-03-20', compare: 'autumn.json', out: 'spring.json' },
      io,
    ).catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(
      /^--compare autumn\.json: is not an earlier audit of these staff: none of its 3 members/,
    );
    expect(existsSync(path.join(school.dir, 'spring.json'))).toBe(false);
  });

  it('refuses a report dated after this audit (the files swapped), before any work', async () => {
    await audit('school', { format: 'json', date: '2027-03-20', out: 'spring.json' }, io);
    const error = (await audit('school', { format: 'text', date: '2026-11-24', compare: 'spring.json' }, io).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe(
      '--compare spring.json: is an audit of 20 March 2027, after this one’s date (24 November 2026)',
    );
    // The same day's, run again, is no later.
    await audit('school', { format: 'json', date: '2027-03-20', compare: 'spring.json' }, io);
  });

  it('refuses the redacted copy, which names nobody: every finding would be new and every earlier one resolved', async () => {
    await audit('school', { format: 'json', date: '2026-11-24', out: 'autumn.json', redact: true }, io);
    const error = (await audit('school', { format: 'text', date: '2027-03-20', compare: 'autumn.json' }, io).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe('--compare autumn.json: is a redacted report, which does not say who is who');
    expect(error.hint).toContain('without --redact');
  });

  it('refuses a file that is not a saved JSON report before any work, naming it', async () => {
    const error = (await audit('school', { format: 'text', date: '2026-11-24', compare: 'school/roll.csv' }, io).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('school/roll.csv');
    expect(io.out()).toBe('');
  });
});

describe('audit --out', () => {
  it('naming a folder says so, and how to name a file in it, writing nothing', async () => {
    mkdirSync(path.join(school.dir, 'reports'));
    const error = (await audit('school', { format: 'json', date: '2026-11-24', out: 'reports' }, io).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(/reports: is a folder, not a file; nothing was written$/);
    expect(error.hint).toMatch(/^Give a file's name, e\.g\. --out reports[/\\]audit\.json\.$/);
    expect(io.out()).toBe('');
  });

  it('naming a folder is refused before any work: before the folder’s files are read (a trust’s take minutes)', async () => {
    mkdirSync(path.join(school.dir, 'reports'));
    rmSync(path.join(school.folder, 'roll.csv'));
    const error = (await audit('school', { format: 'csv', out: 'reports' }, io).catch((e: unknown) => e)) as UserError;
    expect(error.message).toBe('--out reports: is a folder, not a file; nothing was written');
    expect(error.hint).toMatch(/reports[/\\]audit\.csv\.$/);
  });
});

describe('audit: the library speaks of files, the command of its options', () => {
  it('names the option that gave a file that cannot be used', async () => {
    const cases: [Parameters<typeof audit>[1], string, RegExp][] = [
      [{ format: 'json', roll: ['missing.csv'] }, 'school', /^--roll .*missing\.csv: no such file$/],
      [{ format: 'json', staff: 'school' }, 'school', /^--staff .*school: is a folder, not a file$/],
      [{ format: 'json', connections: ['gone'] }, 'school', /^--connections .*gone: no such file or folder$/],
    ];
    for (const [options, folder, message] of cases) {
      const error = (await audit(folder, { date: '2026-11-24', ...options }, io).catch((e: unknown) => e)) as UserError;
      expect(error, String(message)).toBeInstanceOf(UserError);
      expect(error.message).toMatch(message);
    }
  });

  it('says what to check for a file or folder given that is not there', async () => {
    const cases: Parameters<typeof audit>[1][] = [
      { roll: ['missing.csv'] },
      { staff: 'missing.csv' },
      { exemptions: 'missing.csv' },
      { decisions: 'missing.csv' },
      { connections: ['gone'] },
    ];
    for (const options of cases) {
      const error = (await audit('school', { format: 'json', date: '2026-11-24', ...options }, io).catch(
        (e: unknown) => e,
      )) as UserError;
      expect(error, JSON.stringify(options)).toBeInstanceOf(UserError);
      expect(error.message).toMatch(/: no such file( or folder)?$/);
      expect(error.hint, error.message).toContain('the folder the command is run in');
    }
    expect(io.out()).toBe('');
  });

  it('adds the options to the hint where the message names a folder', async () => {
    const error = (await audit('school/roll.csv', { format: 'json', date: '2026-11-24' }, io).catch(
      (e: unknown) => e,
    )) as UserError;
    expect(error.message).toMatch(/roll\.csv: is a file, not an audit folder$/);
    expect(error.hint).toContain('--roll FILE and --connections PATH');
  });
});
