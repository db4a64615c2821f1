import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCORE = fileURLToPath(new URL('../../eval2/score.mjs', import.meta.url));

// A hand-made truth of 17 rows and a report whose every finding was chosen to move one count.
const HEADER = 'source,staff_id,kind,disguise,class,status,pupil_id,account_id,platform,display_name,username';
const TRUTH: [string, string, string, string][] = [
  // source, kind, class, status+pupil
  ['c.csv:2', 'P_PLAIN', 'clear', 'current U1'],
  ['c.csv:3', 'P_EMOJI', 'clear', 'current U2'],
  ['c.csv:4', 'P_TYPO', 'weak', 'current U4'],
  ['c.csv:5', 'P_INITIAL', 'weak', 'current U6'],
  ['c.csv:6', 'FORMER_U18', 'clear', 'former-u18 U7'],
  ['c.csv:7', 'FORMER_18', '', 'former-18 U8'],
  ['c.csv:8', 'FORMER_18', '', 'former-18 U9'],
  ['c.csv:9', 'A_PARENT', '', 'adult U1'],
  ['c.csv:10', 'A_PARENT_TITLE', '', 'adult U2'],
  ['c.csv:11', 'A_NAMESAKE', '', 'adult U3'],
  ['c.csv:12', 'A_NAMESAKE', '', 'adult U5'],
  ['c.csv:13', 'X_EXEMPT', '', 'exempt U11'],
  ['c.csv:14', 'X_EXEMPT', '', 'exempt U12'],
  ['c.csv:15', 'A_OTHER', '', 'adult '],
  ['c.csv:16', 'P_PLAIN', 'clear', 'current U13'],
  ['c.csv:17', 'FORMER_18', '', 'former-18 U15'],
  ['c.csv:18', 'X_EXEMPT', '', 'exempt U16'],
];
const finding = (source: string, level: string, pupil: string, others: string[] = []) => ({
  level,
  pupil: { id: pupil },
  connection: { source },
  otherCandidates: others.map((id) => ({ pupil: { id }, score: 0.2, reasons: [] })),
});
const REPORT = {
  findings: [
    finding('c.csv:2', 'flag', 'U1'), // right flag
    finding('c.csv:3', 'review', 'U3', ['U2']), // found among the other candidates
    finding('c.csv:4', 'flag', 'U5'), // a pupil flagged as another: wrong flag, missed
    finding('c.csv:5', 'review', 'U6'), // weak found
    finding('c.csv:7', 'review', 'U8'), // an 18+ leaver reported as themself
    finding('c.csv:8', 'review', 'U10'), // an 18+ leaver's account reported as a namesake pupil
    finding('c.csv:9', 'flag', 'U1'), // a parent flagged
    finding('c.csv:9', 'review', 'U1'), // and reviewed: one wrong flag, one false review
    finding('c.csv:10', 'review', 'U2'),
    finding('c.csv:11', 'review', 'U3'),
    finding('c.csv:12', 'review', 'U5'),
    finding('c.csv:14', 'review', 'U12'), // an exempted link reported
    finding('c.csv:16', 'review', 'U14'), // a pupil's row reviewed as another pupil only
    finding('c.csv:17', 'review', 'U15'), // a second 18+ leaver reported as themself
    finding('elsewhere.csv:2', 'flag', 'U1'), // not in the truth
  ],
  // Two of the three exempted rows listed as excluded.
  exempted: [{ connection: { source: 'c.csv:13' } }, { connection: { source: 'c.csv:18' } }],
};

describe('eval2 scorer', () => {
  let work: string;
  let figures: Record<string, unknown>;
  let printed: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'eval2-score-'));
    mkdirSync(join(work, 'truth'));
    const rows = TRUTH.map(([source, kind, cls, who], i) => {
      const [status, pupil] = who.split(' ');
      return `${source},S1,${kind},,${cls},${status},${pupil},A${i},snapchat,Name ${i},`;
    });
    writeFileSync(join(work, 'truth', 'connections.csv'), `${HEADER}\n${rows.join('\n')}\n`);
    writeFileSync(join(work, 'truth', 'plan.json'), JSON.stringify({ auditDate: '2026-11-30' }));
    writeFileSync(join(work, 'report.json'), JSON.stringify(REPORT));
    const run = spawnSync(
      process.execPath,
      [SCORE, '--seed', '1', '--dir', work, '--report', join(work, 'report.json'), '--json', join(work, 'fig.json')],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    printed = run.stdout;
    figures = JSON.parse(readFileSync(join(work, 'fig.json'), 'utf8'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('counts flags, their precision and the wrong ones by kind', () => {
    expect(figures).toMatchObject({ seed: 1, rows: 17, findings: 15, unjoined: 1, flags: 3, rightFlags: 1 });
    expect(figures.flagPrecision).toBeCloseTo(100 / 3, 6);
    expect(figures.wrongFlags).toEqual({ WRONG_PUPIL: 1, A_PARENT: 1 });
    expect(printed).toContain('flag precision        33.3 % (1 of 3 flags)');
  });

  it('counts clear and weak pupils flagged and found, a pupil among the other candidates too', () => {
    expect(figures.clear).toEqual({ n: 4, flagged: 1, found: 2, flaggedPct: 25, foundPct: 50 });
    expect(figures.weak).toEqual({ n: 2, flagged: 0, found: 1, flaggedPct: 0, foundPct: 50 });
  });

  it('counts false reviews by kind and per 1,000 rows, and reviews naming the wrong pupil apart', () => {
    expect(figures.falseReviews).toEqual({ FORMER_18: 3, A_PARENT: 1, A_PARENT_TITLE: 1, A_NAMESAKE: 2, X_EXEMPT: 1 });
    expect(figures.falseReviewTotal).toBe(8);
    expect(figures.falseReviewsPer1000).toBeCloseTo(8000 / 17, 6);
    expect(figures.wrongPupilReviews).toBe(1);
  });

  it('counts what must be zero, and the exempted rows listed as excluded', () => {
    expect(figures.mustBeZero).toEqual({
      former18Reported: 3,
      former18AsThemselves: 2,
      parentsFlagged: 1,
      exemptedReported: 1,
    });
    expect(figures.exemptedListed).toEqual({ listed: 2, of: 3 });
  });

  it('tables each kind: n, flagged, reviewed, missed', () => {
    const table = Object.fromEntries(
      (figures.kinds as { kind: string; n: number; flagged: number; reviewed: number; missed: number }[]).map((k) => [
        k.kind,
        [k.n, k.flagged, k.reviewed, k.missed],
      ]),
    );
    expect(table).toEqual({
      P_PLAIN: [2, 1, 0, 1],
      P_EMOJI: [1, 0, 1, 0],
      P_TYPO: [1, 0, 0, 1],
      P_INITIAL: [1, 0, 1, 0],
      FORMER_U18: [1, 0, 0, 1],
      FORMER_18: [3, 0, 3, 0],
      A_PARENT: [1, 1, 0, 0],
      A_PARENT_TITLE: [1, 0, 1, 0],
      A_NAMESAKE: [2, 0, 2, 0],
      X_EXEMPT: [3, 0, 1, 2],
      A_OTHER: [1, 0, 0, 1],
    });
    expect(printed).toMatch(/P_PLAIN\s+2\s+1\s+0\s+1/);
  });

  it('prints each figure as counted', () => {
    expect(printed.split('\n').slice(0, 10)).toEqual([
      'eval2 seed 1: 17 connection rows, 15 findings',
      '  flag precision        33.3 % (1 of 3 flags)',
      '  wrong flags           WRONG_PUPIL 1, A_PARENT 1',
      '  clear pupils          flagged 25.0 %, found 50.0 % (n 4)',
      '  weak pupils           flagged 0.0 %, found 50.0 % (n 2)',
      '  false reviews         470.59 per 1,000 rows (8): FORMER_18 3, A_NAMESAKE 2, A_PARENT 1, A_PARENT_TITLE 1, X_EXEMPT 1',
      "  wrong-pupil reviews   1 (reviews on a pupil's row naming another pupil only)",
      '  must be zero          former 18+ reported 3 (naming the leaver themself 2), parents flagged 1, exempted reported 1',
      '  exempted listed       2 of 3; findings not joined to a row: 1',
      '  kind                   n  flagged reviewed  missed   (adults: not reported)',
    ]);
  });

  it('runs the CLI it is given on the audit folder, at the audit date, and scores its JSON report', () => {
    // A stand-in CLI: checks the arguments a user would type and writes the hand-made report.
    const cli = join(work, 'fake-cli.mjs');
    const expected = ['audit', join(work, 'audit'), '--date', '2026-11-30', '--format', 'json', '--out'];
    writeFileSync(
      cli,
      `import { writeFileSync } from 'node:fs';
const a = process.argv.slice(2);
if (JSON.stringify(a.slice(0, 7)) !== ${JSON.stringify(JSON.stringify(expected))}) { console.error(a.join(' ')); process.exit(3); }
writeFileSync(a[7], ${JSON.stringify(JSON.stringify(REPORT))});
process.exitCode = 1;
`,
    );
    const json = join(work, 'fig-cli.json');
    const run = spawnSync(process.execPath, [SCORE, '--seed', '1', '--dir', work, '--cli', cli, '--json', json], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toMatch(
      /^eval2 seed 1: 17 connection rows, 15 findings \(CLI \d+\.\d s, load \d+\.\d\d\)$/,
    );
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(figures);
  });
});

describe('eval2 scorer without a generated school', () => {
  it('says to generate it first, exit 2, rather than failing with a stack trace', () => {
    const empty = mkdtempSync(join(tmpdir(), 'eval2-empty-'));
    try {
      const run = spawnSync(process.execPath, [SCORE, '--seed', '9', '--dir', empty], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('node eval2/generate.mjs --seed 9');
      expect(run.stderr).not.toContain('    at ');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
