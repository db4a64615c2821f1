#!/usr/bin/env node
// eval2's scorer: `node eval2/score.mjs --seed N [--cli PATH] [--json FILE]` runs the built CLI on
// eval2/out/<seed>/audit (generate it first), joins the JSON report to the truth and prints the
// figures. `--report FILE` scores a report already written instead of running the CLI; `--dir DIR`
// reads another generated school. It builds nothing: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from './csv.mjs';
import { tally } from './tally.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const f1 = (x) => (x == null ? 'n/a' : x.toFixed(1));

function runCli(cli, auditDir, auditDate) {
  const tmp = mkdtempSync(join(tmpdir(), 'eval2-'));
  const out = join(tmp, 'report.json');
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [cli, 'audit', auditDir, '--date', auditDate, '--format', 'json', '--out', out],
    {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0 && run.status !== 1) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`the CLI exited ${run.status}: ${run.stderr}`);
  }
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(tmp, { recursive: true, force: true });
  return { report, seconds };
}

export function formatFigures(seed, fig, extra = '') {
  const lines = [];
  const kindList = (o) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  lines.push(`eval2 seed ${seed}: ${fig.rows} connection rows, ${fig.findings} findings${extra}`);
  lines.push(`  flag precision        ${f1(fig.flagPrecision)} % (${fig.rightFlags} of ${fig.flags} flags)`);
  lines.push(`  wrong flags           ${kindList(fig.wrongFlags)}`);
  lines.push(
    `  clear pupils          flagged ${f1(fig.clear.flaggedPct)} %, found ${f1(fig.clear.foundPct)} % (n ${fig.clear.n})`,
  );
  lines.push(
    `  weak pupils           flagged ${f1(fig.weak.flaggedPct)} %, found ${f1(fig.weak.foundPct)} % (n ${fig.weak.n})`,
  );
  lines.push(
    `  false reviews         ${fig.falseReviewsPer1000.toFixed(2)} per 1,000 rows (${fig.falseReviewTotal}): ${kindList(fig.falseReviews)}`,
  );
  lines.push(`  wrong-pupil reviews   ${fig.wrongPupilReviews} (reviews on a pupil's row naming another pupil only)`);
  const z = fig.mustBeZero;
  lines.push(
    `  must be zero          former 18+ reported ${z.former18Reported} (naming the leaver themself ${z.former18AsThemselves}), parents flagged ${z.parentsFlagged}, exempted reported ${z.exemptedReported}`,
  );
  lines.push(
    `  exempted listed       ${fig.exemptedListed.listed} of ${fig.exemptedListed.of}; findings not joined to a row: ${fig.unjoined}`,
  );
  lines.push('  kind                   n  flagged reviewed  missed   (adults: not reported)');
  for (const k of fig.kinds) {
    lines.push(
      `  ${k.kind.padEnd(19)}${String(k.n).padStart(6)}${String(k.flagged).padStart(9)}${String(k.reviewed).padStart(9)}${String(k.missed).padStart(8)}`,
    );
  }
  return lines.join('\n');
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(arg('--seed'));
  if (!Number.isInteger(seed) || seed < 1)
    throw new Error('usage: score.mjs --seed N [--cli PATH] [--json FILE] [--report FILE] [--dir DIR]');
  const dir = resolve(arg('--dir') ?? join(here, 'out', String(seed)));
  if (!existsSync(join(dir, 'truth', 'connections.csv'))) {
    process.stderr.write(
      `eval2: ${dir} holds no generated school; run \`node eval2/generate.mjs --seed ${seed}\` first\n`,
    );
    process.exitCode = 2;
    return;
  }
  const truth = readRecords(readFileSync(join(dir, 'truth', 'connections.csv'), 'utf8'));
  const plan = JSON.parse(readFileSync(join(dir, 'truth', 'plan.json'), 'utf8'));
  let report;
  let extra = '';
  if (arg('--report')) report = JSON.parse(readFileSync(arg('--report'), 'utf8'));
  else {
    const cli = resolve(arg('--cli') ?? join(here, '..', 'bin', 'social-audit.js'));
    const load = loadavg()[0].toFixed(2);
    const run = runCli(cli, join(dir, 'audit'), plan.auditDate);
    report = run.report;
    extra = ` (CLI ${run.seconds.toFixed(1)} s, load ${load})`;
  }
  const fig = tally(truth, report);
  console.log(formatFigures(seed, fig, extra));
  if (arg('--json')) writeFileSync(arg('--json'), `${JSON.stringify({ seed, ...fig }, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
