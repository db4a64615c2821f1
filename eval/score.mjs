#!/usr/bin/env node
// Runs the built CLI on a held-out evaluation and scores its JSON report against the truth.
//   node eval/score.mjs --size school|trust [--seed S] [--cli PATH/bin/social-audit.js]
//        [--trust-wide | --scoped] [--json FILE] [--regenerate] [--folder DIR] [--report FILE]
// --report scores a JSON report already written for this evaluation (say which mode with --trust-wide);
// --keep DIR keeps the reports the audits write there.
// With --size trust and neither --trust-wide nor --scoped, both audits are run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultOut } from './generate.mjs';
import { formatFigures } from './lib/formatFigures.mjs';
import { generateAudit } from './lib/generateAudit.mjs';
import { readReport } from './lib/readReport.mjs';
import { scoreReport } from './lib/scoreReport.mjs';
import { DEFAULT_DATE, SIZES } from './lib/sizes.mjs';
import { readTruth } from './lib/truthFiles.mjs';

const DEFAULT_CLI = fileURLToPath(new URL('../bin/social-audit.js', import.meta.url));

/** Runs one audit; returns the parsed report, wall-clock seconds and (where /usr/bin/time exists) peak MiB. */
export function runAudit(cli, folder, date, trustWide, keepDir) {
  const tmp = mkdtempSync(join(tmpdir(), 'held-out-'));
  const out = keepDir ? join(keepDir, `report-${trustWide ? 'trust-wide' : 'scoped'}.json`) : join(tmp, 'report.json');
  const args = [
    cli,
    'audit',
    folder,
    '--format',
    'json',
    '--out',
    out,
    '--date',
    date,
    ...(trustWide ? ['--trust-wide'] : []),
  ];
  const timed = existsSync('/usr/bin/time');
  const started = performance.now();
  const res = timed
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 0 && res.status !== 1) {
    rmSync(tmp, { recursive: true, force: true });
    throw new Error(`the CLI exited ${res.status}: ${res.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  }
  const peakKiB = timed ? Number(res.stderr.trim().split('\n').at(-1)) : NaN;
  let report;
  try {
    report = readReport(out);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { report, seconds, peakMiB: Number.isFinite(peakKiB) ? Math.round(peakKiB / 1024) : undefined };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'school' },
      seed: { type: 'string' },
      cli: { type: 'string' },
      folder: { type: 'string' },
      'trust-wide': { type: 'boolean', default: false },
      scoped: { type: 'boolean', default: false },
      json: { type: 'string' },
      regenerate: { type: 'boolean', default: false },
      report: { type: 'string' },
      keep: { type: 'string' },
    },
  });
  const seed = values.seed ?? SIZES[values.size]?.seed;
  const dir = values.folder ? resolve(values.folder) : defaultOut(values.size, seed);
  if (values.regenerate || !existsSync(join(dir, 'truth', 'meta.json'))) {
    const meta = generateAudit({ size: values.size, seed, out: dir, date: DEFAULT_DATE });
    process.stdout.write(
      `generated ${meta.size}: ${meta.pupils} pupils, ${meta.staff} staff, ${meta.connections} connections in ${dir}\n`,
    );
  }
  const truth = readTruth(join(dir, 'truth'));
  const cli = resolve(values.cli ?? DEFAULT_CLI);
  const modes = !truth.meta.trust
    ? [false]
    : values['trust-wide']
      ? [true]
      : values.scoped || values.report
        ? [false]
        : [false, true];
  const results = [];
  let failed = false;
  for (const trustWide of modes) {
    try {
      const { report, seconds, peakMiB } = values.report
        ? { report: readReport(resolve(values.report)), seconds: undefined, peakMiB: undefined }
        : runAudit(cli, join(dir, 'audit'), truth.meta.auditDate, trustWide, values.keep && resolve(values.keep));
      const figures = scoreReport(report, truth, { trustWide });
      results.push({ ...figures, seconds, peakMiB, cli });
      process.stdout.write(`${formatFigures(figures, { seconds, peakMiB })}\n`);
    } catch (err) {
      failed = true;
      process.stderr.write(`${trustWide ? 'trust-wide' : 'audit'}: ${err.message}\n`);
    }
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);
  process.exitCode = failed ? 1 : 0;
}
