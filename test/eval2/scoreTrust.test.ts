import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: the scorer's JSON figures, read as the tests assert them
type Fig = Record<string, any>;

const SCORE = fileURLToPath(new URL('../../eval2/score.mjs', import.meta.url));
const SCORE_TRUST = fileURLToPath(new URL('../../eval2/scoreTrust.mjs', import.meta.url));

// A hand-made trust of two schools (A, B), staff S1 at A and S2 at B, twelve rows; each finding of the
// two reports (one per scope) was chosen to move one count.
const HEADER =
  'source,staff_id,staff_school,kind,route,disguise,class,status,pupil_id,pupil_school,account_id,platform,display_name,username';
const TRUTH = [
  'c.csv:2,S1,A,P_PLAIN,own,P_PLAIN,clear,current,U1,A',
  'c.csv:3,S1,A,P_EMOJI,moved,P_EMOJI,clear,current,U2,B', // another school's pupil, via a moved teacher
  'c.csv:4,S1,A,P_TYPO,club,P_TYPO,weak,current,U3,B',
  'c.csv:5,S2,B,P_PLAIN,own,P_PLAIN,clear,current,U3,B',
  'c.csv:6,S2,B,A_NAMESAKE_XS,,,,adult,U1,A',
  'c.csv:7,S2,B,FORMER_U18,sibling,P_SPACING,clear,former-u18,U5,A',
  'c.csv:8,S1,A,X_EXEMPT,family,P_PLAIN,,exempt,U6,B',
  'c.csv:9,S1,A,A_OTHER,,,,adult,,',
  'c.csv:10,S2,B,FORMER_18,primary,P_PLAIN,,former-18,U8,A',
  'c.csv:11,S1,A,P_PLAIN,club,P_PLAIN,clear,current,U4,A', // a club of the staff's own school's pupils
  'c.csv:12,S2,B,P_EMOJI,moved,P_EMOJI,clear,current,U4,A',
  'c.csv:13,S2,B,A_OTHER,,,,adult,,', // so that A_OTHER's false reviews are 1 of 2 scoped
];
const PUPILS = ['U1,A', 'U2,B', 'U3,B', 'U4,A', 'U5,A', 'U6,B', 'U7,A', 'U8,A'];
const finding = (source: string, level: string, pupil: string, score: number, others: string[] = []) => ({
  level,
  score,
  pupil: { id: pupil },
  connection: { source },
  otherCandidates: others.map((id) => ({ pupil: { id }, score: 0.1, reasons: [] })),
});
const SCOPED = {
  scope: { mode: 'own-school', schools: ['A', 'B'] },
  findings: [
    finding('c.csv:2', 'flag', 'U1', 0.995), // right
    finding('c.csv:4', 'review', 'U4', 0.4, ['U3']), // names U3, at B, on S1's (A) list: must be 0
    finding('c.csv:5', 'flag', 'U3', 0.999), // right
    finding('c.csv:7', 'flag', 'U6', 0.9), // another school's pupil's row flagged as a pupil of S2's school
    finding('c.csv:9', 'review', 'U3', 0.2), // a false review of an adult, naming U3 a second time
  ],
};
const WIDE = {
  scope: { mode: 'trust-wide', schools: ['A', 'B'] },
  findings: [
    finding('c.csv:2', 'flag', 'U1', 0.995),
    finding('c.csv:3', 'review', 'U2', 0.6), // another school's pupil found
    finding('c.csv:5', 'flag', 'U3', 0.999),
    finding('c.csv:6', 'review', 'U1', 0.3), // a namesake of another school's pupil
    finding('c.csv:7', 'review', 'U5', 0.7), // found
    finding('c.csv:8', 'review', 'U7', 0.45), // an exempted account reviewed as a pupil of the same name
    finding('c.csv:12', 'review', 'U7', 0.4, ['U4']), // another school's pupil found among the candidates
  ],
};

function score(work: string, mode: string, report: unknown) {
  writeFileSync(join(work, `${mode}.json`), JSON.stringify(report));
  const run = spawnSync(
    process.execPath,
    [
      SCORE,
      ...['--size', 'trust', '--seed', '1', `--${mode}`, '--dir', work],
      ...['--report', join(work, `${mode}.json`), '--json', join(work, `fig-${mode}.json`)],
    ],
    { encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return { printed: run.stdout, fig: JSON.parse(readFileSync(join(work, `fig-${mode}.json`), 'utf8')) };
}

describe('eval2 trust scorer', () => {
  let work: string;
  let scoped: { printed: string; fig: Fig };
  let wide: { printed: string; fig: Fig };
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'eval2-trust-score-'));
    mkdirSync(join(work, 'truth'));
    const rows = TRUTH.map((r, i) => `${r},A${i},snapchat,Name ${i},`);
    writeFileSync(join(work, 'truth', 'connections.csv'), `${HEADER}\n${rows.join('\n')}\n`);
    writeFileSync(join(work, 'truth', 'pupils.csv'), `pupil_id,school\n${PUPILS.join('\n')}\n`);
    writeFileSync(join(work, 'truth', 'plan.json'), JSON.stringify({ auditDate: '2026-11-30' }));
    scoped = score(work, 'scoped', SCOPED);
    wide = score(work, 'trust-wide', WIDE);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('scoped: counts findings naming another school pupil, and reads their rows as rows not to report', () => {
    expect(scoped.fig.otherSchoolReported).toEqual({ findings: 2, pupils: 1, byKind: { XS_CLUB: 1, A_OTHER: 1 } });
    expect(scoped.printed).toContain("other schools' pupils reported  2 findings naming 1 pupils (must be 0)");
    expect(scoped.fig).toMatchObject({ seed: 1, rows: 12, flags: 3, rightFlags: 2, wrongFlags: { XS_SIBLING: 1 } });
    expect(scoped.fig.falseReviews).toEqual({ XS_CLUB: 1, A_OTHER: 1 });
    // The club row of S1's own school's pupil stays a pupil to find.
    expect(scoped.fig.clear).toMatchObject({ n: 3, flagged: 2, found: 2 });
    expect(scoped.fig.weak).toEqual({ n: 0, flagged: 0, found: 0, flaggedPct: null, foundPct: null });
    const kinds = scoped.fig.kinds.map((k: { kind: string }) => k.kind).sort();
    expect(kinds).toEqual(
      ['A_NAMESAKE_XS', 'A_OTHER', 'P_PLAIN', 'XS_CLUB', 'XS_FAMILY', 'XS_MOVED', 'XS_PRIMARY', 'XS_SIBLING'].sort(),
    );
    expect(scoped.printed).toContain('scope                 scoped (the report says own-school)');
  });

  it('trust-wide: other schools pupils found, by route, and they count as pupils', () => {
    expect(wide.fig.otherSchoolPupils).toEqual({
      n: 4,
      found: 3,
      flagged: 0,
      foundPct: 75,
      byRoute: { moved: { n: 2, found: 2 }, club: { n: 1, found: 0 }, sibling: { n: 1, found: 1 } },
    });
    expect(wide.printed).toContain("other schools' pupils found     75.0 % (3 of 4 rows; flagged 0)");
    expect(wide.fig.clear).toMatchObject({ n: 6, flagged: 2, found: 5 });
    expect(wide.fig.weak).toMatchObject({ n: 1, found: 0 });
    expect(wide.fig.exempted).toEqual({ reported: 1, asThemselves: 0 });
    expect(wide.fig.mustBeZero.exemptedReported).toBe(1);
  });

  it('gives false reviews per 1,000 rows of each kind not to report', () => {
    expect(Object.keys(wide.fig.falseReviewRates).sort()).toEqual([
      'A_NAMESAKE_XS',
      'A_OTHER',
      'FORMER_18',
      'X_EXEMPT',
    ]);
    expect(wide.fig.falseReviewRates.A_NAMESAKE_XS).toEqual({ n: 1, reviews: 1, per1000: 1000 });
    expect(wide.fig.falseReviewRates.A_OTHER).toEqual({ n: 2, reviews: 0, per1000: 0 });
    expect(scoped.fig.falseReviewRates.A_OTHER).toEqual({ n: 2, reviews: 1, per1000: 500 });
    expect(scoped.fig.falseReviewRates.XS_CLUB).toEqual({ n: 1, reviews: 1, per1000: 1000 });
    expect(wide.printed).toContain('A_NAMESAKE_XS 1000.00 (1/1)');
  });

  it("gives each school's rows, flags and false reviews per 1,000 rows (its staff's lists)", () => {
    expect(scoped.fig.perSchool).toEqual({
      A: { rows: 6, flags: 1, falseReviews: 2, falseReviewsPer1000: 2000 / 6 },
      B: { rows: 6, flags: 2, falseReviews: 0, falseReviewsPer1000: 0 },
    });
    expect(wide.fig.perSchool).toEqual({
      A: { rows: 6, flags: 1, falseReviews: 1, falseReviewsPer1000: 1000 / 6 },
      B: { rows: 6, flags: 1, falseReviews: 1, falseReviewsPer1000: 1000 / 6 },
    });
  });

  it('bands the scores for calibration: mean score against the share naming the account own pupil', () => {
    const band = (fig: Fig, from: number) => fig.calibration.find((b: { from: number }) => b.from === from);
    expect(band(scoped.fig, 0)).toMatchObject({ n: 2, rightPct: 0 });
    expect(band(scoped.fig, 0).meanScore).toBeCloseTo(0.3, 9);
    expect(band(scoped.fig, 0.9)).toMatchObject({ n: 1, rightPct: 0 });
    expect(band(scoped.fig, 0.99)).toMatchObject({ n: 2, rightPct: 100, to: 1 });
    expect(band(wide.fig, 0.5)).toMatchObject({ n: 2, rightPct: 100 });
    expect(band(wide.fig, 0.5).meanScore).toBeCloseTo(0.65, 9);
    expect(band(wide.fig, 0)).toMatchObject({ n: 3, rightPct: 0 });
    expect(wide.printed).toContain('[0.5, 0.9) n 2 mean 0.650 right 100.0 %');
    expect(wide.printed).toContain('[0.99, 1] n 2 mean 0.997 right 100.0 %');
  });

  it("prints the trust's figures as counted, scope by scope", () => {
    const trustLines = (printed: string) => {
      const lines = printed.trimEnd().split('\n');
      return lines.slice(lines.findIndex((l) => l.startsWith('  scope')));
    };
    const calibration = "  calibration (score band: findings, mean score, share naming the account's own pupil): ";
    expect(trustLines(scoped.printed)).toEqual([
      '  scope                 scoped (the report says own-school)',
      "  other schools' pupils reported  2 findings naming 1 pupils (must be 0): XS_CLUB 1, A_OTHER 1",
      "  other schools' pupils' rows     4 (moved 2, club 1, sibling 1)",
      '  exempted rows reported          0 (naming the exempted pupil 0; the rest a pupil of the same name)',
      '  false reviews per 1,000 rows of the kind: XS_CLUB 1000.00 (1/1), A_OTHER 500.00 (1/2)',
      "  false reviews per 1,000 rows by the staff's school: A 333.33 (2/6), B 0.00 (0/6)",
      `${calibration}[0, 0.5) n 2 mean 0.300 right 0.0 %; [0.9, 0.99) n 1 mean 0.900 right 0.0 %; [0.99, 1] n 2 mean 0.997 right 100.0 %`,
    ]);
    expect(trustLines(wide.printed)).toEqual([
      '  scope                 trust-wide (the report says trust-wide)',
      "  other schools' pupils found     75.0 % (3 of 4 rows; flagged 0): club 0/1, moved 2/2, sibling 1/1",
      '  exempted rows reported          1 (naming the exempted pupil 0; the rest a pupil of the same name)',
      '  false reviews per 1,000 rows of the kind: A_NAMESAKE_XS 1000.00 (1/1), X_EXEMPT 1000.00 (1/1)',
      "  false reviews per 1,000 rows by the staff's school: A 166.67 (1/6), B 166.67 (1/6)",
      `${calibration}[0, 0.5) n 3 mean 0.383 right 0.0 %; [0.5, 0.9) n 2 mean 0.650 right 100.0 %; [0.99, 1] n 2 mean 0.997 right 100.0 %`,
    ]);
  });

  it('runs the CLI it is given, with --trust-wide only when trust-wide, and records its time and memory', () => {
    // A stand-in CLI: checks the arguments a user would type and writes an empty report in the scope it was asked for.
    const cli = join(work, 'fake-cli.mjs');
    writeFileSync(
      cli,
      `import { writeFileSync } from 'node:fs';
const a = process.argv.slice(2);
const ok = a[0] === 'audit' && a[1] === ${JSON.stringify(join(work, 'audit'))} && a.join(' ').includes('--date 2026-11-30 --format json --out ');
if (!ok) { console.error('unexpected arguments: ' + a.join(' ')); process.exit(3); }
writeFileSync(a[a.indexOf('--out') + 1], JSON.stringify({ scope: { mode: a.includes('--trust-wide') ? 'trust-wide' : 'own-school' }, findings: [] }));
process.exitCode = 1;
`,
    );
    for (const [mode, scope] of [
      ['scoped', 'own-school'],
      ['trust-wide', 'trust-wide'],
    ]) {
      const json = join(work, `fig-cli-${mode}.json`);
      const args = ['--size', 'trust', '--seed', '1', `--${mode}`, '--dir', work, '--cli', cli, '--json', json];
      const run = spawnSync(process.execPath, [SCORE, ...args], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const fig = JSON.parse(readFileSync(json, 'utf8'));
      expect(fig).toMatchObject({ mode, scope, findings: 0 });
      expect(fig.cli.seconds).toBeGreaterThan(0);
      // GNU time gives the peak where there is one (scoreTrust.mjs); elsewhere it is unknown.
      if (existsSync('/usr/bin/time')) expect(fig.cli.peakMiB).toBeGreaterThan(1);
      else expect(fig.cli.peakMiB).toBeNull();
      expect(run.stdout.split('\n')[0]).toMatch(/ \(CLI \d+\.\d s, peak (\d+ MiB|n\/a), load \d+\.\d\d\)$/);
    }
  });

  it('asks for a scope rather than guessing one', () => {
    const run = spawnSync(process.execPath, [SCORE, '--size', 'trust', '--seed', '1', '--dir', work], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--scoped or --trust-wide');
  });
});

describe("reading GNU time's -v report", () => {
  it('takes the wall-clock time and the peak resident memory', () => {
    const stderr = [
      '\tCommand being timed: "node x"',
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02.50',
      '\tMaximum resident set size (kbytes): 262144',
    ].join('\n');
    const code = `import(${JSON.stringify(SCORE_TRUST)}).then((m) => console.log(JSON.stringify([m.parseTimeV(process.argv[1]), m.parseTimeV(process.argv[2]), m.parseTimeV('')])))`;
    const hours = '\tElapsed (wall clock) time (h:mm:ss or m:ss): 1:00:03\n';
    const run = spawnSync(process.execPath, ['-e', code, stderr, hours], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      { seconds: 62.5, peakMiB: 256 },
      { seconds: 3603, peakMiB: null },
      { seconds: null, peakMiB: null },
    ]);
  });
});
