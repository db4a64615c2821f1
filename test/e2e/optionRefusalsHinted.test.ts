import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addLeaverOfUnknownAge, auditSavedAsJson, copySchool } from '../commands/harness.js';
import { runInProcess } from '../helpers/runInProcess.js';

/**
 * Every refusal of the command line (exit 2) says what is wrong, quoting the value typed, and on a line of its own,
 * indented, what to type instead: a Headteacher meets these with no one to ask. Invented people only.
 */
let school: ReturnType<typeof copySchool>;
let ruby: string;
let zoe: string;

beforeAll(async () => {
  school = copySchool();
  addLeaverOfUnknownAge(school.folder);
  const report = await auditSavedAsJson(school.folder);
  const numberOf = (id: string) => String(report.findings.findIndex((f) => f.pupil.id === id) + 1);
  ruby = numberOf('L100000000003');
  zoe = numberOf('A100000000002');
});
afterAll(() => school.cleanup());

/** The refusal's two lines: what is wrong, then the hint (two spaces in). */
async function refused(args: string[]): Promise<[string, string]> {
  const run = await runInProcess(args, { cwd: school.dir });
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  const [said, hint, ...rest] = run.stderr.trimEnd().split('\n');
  expect(rest, run.stderr).toEqual([]);
  expect(said).toMatch(/^social-audit: /);
  expect(hint).toMatch(/^ {2}\S/);
  return [said!, hint!];
}

/** `review` of one finding, by options; `--recorded-by` is the caller's. */
const review = (finding: () => string, ...rest: string[]) => [
  'review',
  path.join('school', 'audit.json'),
  'school',
  '--finding',
  finding(),
  ...rest,
];
const BY = ['--recorded-by', 'K. Head'];
/** `exemptions add` of a link of S1's with `pupil`, by options. */
const addLink = (pupil: string) => [
  ...['exemptions', 'add', 'school', '--staff-id', 'S1', '--pupil-id', pupil],
  ...['--relationship', 'parent'],
];

describe('commander’s own refusals end with what to do', () => {
  it.each([
    [
      'an unknown option: the near spelling and the command’s --help',
      ['audit', 'school', '--compre', 'autumn.json'],
      "unknown option '--compre'",
      /^ {2}Did you mean --compare\? `social-audit audit --help` lists the options audit takes\.$/,
    ],
    [
      'an option of another command',
      ['audit', 'school', '--by-school'],
      '',
      /^ {2}--by-school goes with report, not audit/,
    ],
    ['a format as an option of its own', ['audit', 'school', '--json'], '', /^ {2}Did you mean --format json\?/],
    [
      'an unknown command: the commands',
      ['exemptions', 'ad'],
      "unknown command 'ad'",
      /^ {2}Did you mean add\? The commands are add, list and remove/,
    ],
    [
      'an option without its value: how to give it',
      ['audit', 'school', '--out'],
      "option '--out <file>' argument missing",
      /^ {2}Give --out its value right after it: --out FILE \(in quotes if it holds spaces\)\.$/,
    ],
    [
      'a format it does not make: what each is for',
      ['audit', 'school', '--format', 'xlsx'],
      "argument 'xlsx' is invalid",
      /csv to open in Excel/,
    ],
    [
      'a folder’s name with a space, not quoted: quoted back',
      ['audit', 'St', 'Marys'],
      'too many arguments',
      /^ {2}If "St Marys" is one name, put it in quotes: social-audit audit "St Marys"\./,
    ],
  ])('%s', async (_what, args, wrong, hint) => {
    const [said, told] = await refused(args);
    expect(said).toContain(wrong);
    expect(told).toMatch(hint);
  });

  it('what was typed is shown inert: an escape in an option is not sent to the terminal', async () => {
    const [said] = await refused(['audit', 'school', '--x\u001b]0;owned\u0007']);
    expect(said).not.toContain('\u001b');
    expect(said).not.toContain('\u0007');
    expect(said).toContain('␛]0;owned');
  });
});

describe('a typed date refused says how to type it', () => {
  it('review --dob that is no such day, quoted once', async () => {
    const [said, hint] = await refused(review(() => ruby, ...BY, '--decision', 'adult', '--dob', '31/02/2007'));
    expect(said).toBe('social-audit: --dob "31/02/2007" is no such day: check the day and month (day first)');
    expect(hint).toMatch(
      /^ {2}Give the former pupil’s date of birth, day first .* Leave --dob out if it is not known\.$/,
    );
  });

  it('review --dob that makes them under 18 says how the finding is decided instead', async () => {
    const [said, hint] = await refused(review(() => ruby, ...BY, '--decision', 'adult', '--dob', '2030-01-01'));
    expect(said).toMatch(/^social-audit: --dob "2030-01-01": born 1 January 2030, they are under 18/);
    expect(hint).toContain(`decide finding ${ruby} with confirm, dismiss or family instead`);
  });

  it.each([
    ['review', () => review(() => zoe, '--decision', 'family', '--relationship', 'uncle')],
    ['exemptions add', () => addLink('A100000000001')],
  ])('%s --review-on, not a date or not after today', async (_command, args) => {
    for (const [typed, problem] of [
      ['next year', '"next year" is not a date'],
      ['2001-01-01', '"2001-01-01": 1 January 2001 is not after today'],
    ]) {
      const [said, hint] = await refused([...args(), ...BY, '--review-on', typed!]);
      expect(said).toContain(`--review-on ${problem}`);
      expect(hint).toMatch(
        /^ {2}Give a date after today to review the link on, day first .* --review-on \d{4}-\d\d-\d\d\.$/,
      );
    }
  });
});

describe('a value that does not fit says what would', () => {
  it('review --pupil-id not among the finding’s pupils names the most likely', async () => {
    const [said, hint] = await refused(review(() => zoe, ...BY, '--decision', 'confirm', '--pupil-id', 'X1'));
    expect(said).toContain(`--pupil-id "X1" is not one of finding ${zoe}’s pupils`);
    expect(hint).toContain('leave --pupil-id out for the first');
  });

  it('review --overrule beside confirm', async () => {
    const [said, hint] = await refused(review(() => zoe, ...BY, '--decision', 'confirm', '--overrule'));
    expect(said).toBe('social-audit: --overrule goes with --decision dismiss (of a FLAG), not "confirm"');
    expect(hint).toContain('--decision dismiss --overrule --reason');
  });

  it.each([
    ['--note', 'declared at parents’ evening', 'confirm', 'family'],
    ['--relationship', 'parent', 'dismiss', 'family'],
    ['--review-on', '01/09/2030', 'dismiss', 'family'],
  ])('review %s beside a decision it is not saved with', async (option, value, decision, only) => {
    const decisions = path.join(school.folder, 'decisions.csv');
    const before = existsSync(decisions) ? readFileSync(decisions, 'utf8') : undefined;
    const extra = decision === 'dismiss' ? ['--reason', 'not her'] : [];
    const [said, hint] = await refused(review(() => zoe, ...BY, '--decision', decision!, ...extra, option!, value!));
    expect(said).toBe(
      `social-audit: ${option} goes only with --decision ${only}, not ${decision}; nothing was written`,
    );
    expect(hint).toContain(`give --decision ${only} if that is what was meant`);
    expect(existsSync(decisions) ? readFileSync(decisions, 'utf8') : undefined).toBe(before);
  });

  it('--recorded-by that is a date', async () => {
    const [, hint] = await refused(review(() => zoe, '--decision', 'confirm', '--recorded-by', '24/11/2026'));
    expect(hint).toContain('--recorded-by "K. Head"');
  });

  it('exemptions add for a former pupil now grown up', async () => {
    const [said, hint] = await refused([...addLink('L100000000002'), ...BY]);
    expect(said).toContain('is a former pupil aged 18 or over');
    expect(hint).toMatch(/^ {2}Nothing needs recording/);
  });

  it('report --by-school beside --school', async () => {
    const [, hint] = await refused([
      'report',
      path.join('school', 'audit.json'),
      '--by-school',
      '--school',
      'X',
      '--out',
      'out',
    ]);
    expect(hint).toContain('--by-school --out governors/');
  });
});

/** The sample school's audit, or the report of its saved JSON. */
const startOf = (command: string) =>
  command === 'audit' ? ['audit', 'school'] : ['report', path.join('school', 'audit.json')];

describe('a value refused before any work', () => {
  it.each([
    ['audit', '--school', ''],
    ['audit', '--trust', '   '],
    ['audit', '--ran-by', '\u001b[A'],
    ['report', '--term', ''],
    ['report', '--school', '\u200b'],
  ])('%s %s that shows as nothing', async (command, option, value) => {
    const [said, hint] = await refused([...startOf(command!), option!, value!]);
    expect(said).toContain(`option '${option} <`);
    expect(said).toContain('It shows as nothing');
    expect(hint).toMatch(
      new RegExp(`^ {2}Give ${option} its value in quotes, e\\.g\\. ${option} ".+", or leave ${option} out\\.$`),
    );
  });

  it.each([
    ['audit', 'governors.docx', 'Word document'],
    ['report', 'governors.XLSX', 'Excel workbook'],
    ['report', 'governors.html', 'web page'],
  ])('%s --out %s without --format: nothing written, the formats it makes named', async (command, name, kind) => {
    const [said, hint] = await refused([...startOf(command!), '--out', name!]);
    expect(said).toBe(
      `social-audit: --out ${name}: social-audit writes no ${kind} (${path.extname(name!)}); nothing was written`,
    );
    expect(hint).toContain('governors.pdf for a PDF');
    expect(existsSync(path.join(school.dir, name!))).toBe(false);
  });
});
