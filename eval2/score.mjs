#!/usr/bin/env node
// eval2's scorer: `node eval2/score.mjs --seed N [--cli PATH] [--json FILE]` runs the built CLI on
// eval2/out/<seed>/audit (generate it first), joins the JSON report to the truth and prints the
// figures; `--size trust --scoped|--trust-wide` scores eval2/out/trust-<seed> (scoreTrust.mjs). `--report FILE` scores a report already written instead of running the CLI; `--dir DIR`
// reads another generated school. It builds nothing: run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from './csv.mjs';
import { formatFigures } from './formatFigures.mjs';
import { scoreTrust } from './scoreTrust.mjs';
import { tally } from './tally.mjs';

const here = dirname(fileURLToPath(import.meta.url));

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

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(arg('--seed'));
  const trust = arg('--size') === 'trust';
  const mode = argv.includes('--trust-wide') ? 'trust-wide' : argv.includes('--scoped') ? 'scoped' : null;
  if (!Number.isInteger(seed) || seed < 1 || (trust && !mode)) {
    process.stderr.write(
      'usage: score.mjs --seed N [--size school|trust] [--scoped|--trust-wide] [--cli PATH] [--json FILE] [--report FILE] [--dir DIR]\n  (--size trust needs --scoped or --trust-wide)\n',
    );
    process.exitCode = 2;
    return;
  }
  const dir = resolve(arg('--dir') ?? join(here, 'out', trust ? `trust-${seed}` : String(seed)));
  if (!existsSync(join(dir, 'truth', 'connections.csv'))) {
    const size = trust ? ' --size trust' : '';
    process.stderr.write(
      `eval2: ${dir} holds no generated ${trust ? 'trust' : 'school'}; run \`node eval2/generate.mjs${size} --seed ${seed}\` first\n`,
    );
    process.exitCode = 2;
    return;
  }
  if (trust) {
    const cli = resolve(arg('--cli') ?? join(here, '..', 'bin', 'social-audit.js'));
    const { text, fig } = scoreTrust({ seed, dir, mode, cli, reportFile: arg('--report') });
    console.log(text);
    if (arg('--json')) writeFileSync(arg('--json'), `${JSON.stringify({ seed, ...fig }, null, 2)}\n`);
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
