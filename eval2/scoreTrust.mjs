// eval2's trust scorer, called by score.mjs for `--size trust --scoped|--trust-wide`: runs the CLI
// on eval2/out/trust-<seed>/audit (under /usr/bin/time -v where there is one, for the peak memory),
// joins the JSON report to the truth and prints the school figures plus the trust's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRecords } from './csv.mjs';
import { formatFigures } from './formatFigures.mjs';
import { trustTally } from './trustTally.mjs';

const f1 = (x) => (x == null ? 'n/a' : x.toFixed(1));
const TIME = '/usr/bin/time';

/** Wall-clock seconds and peak resident memory (MiB) from GNU time's `-v` report. */
export function parseTimeV(stderr) {
  const wall = /Elapsed \(wall clock\) time (?:\([^)]*\))?: (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return {
    seconds: wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : null,
    peakMiB: rss ? Number(rss[1]) / 1024 : null,
  };
}

export function runTrustCli(cli, auditDir, auditDate, mode) {
  const tmp = mkdtempSync(join(tmpdir(), 'eval2-trust-'));
  const out = join(tmp, 'report.json');
  const args = [cli, 'audit', auditDir, '--date', auditDate, '--format', 'json', '--out', out];
  if (mode === 'trust-wide') args.push('--trust-wide');
  const timed = existsSync(TIME);
  const started = Date.now();
  const run = spawnSync(timed ? TIME : process.execPath, timed ? ['-v', process.execPath, ...args] : args, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const measured = timed ? parseTimeV(run.stderr) : { seconds: null, peakMiB: null };
  const seconds = measured.seconds ?? (Date.now() - started) / 1000;
  try {
    if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${run.status}: ${run.stderr}`);
    return { report: JSON.parse(readFileSync(out, 'utf8')), seconds, peakMiB: measured.peakMiB };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function formatTrustFigures(label, fig, extra = '') {
  const lines = [formatFigures(label, fig, extra)];
  const list = (o) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  lines.push(`  scope                 ${fig.mode} (the report says ${fig.scope ?? 'nothing'})`);
  const o = fig.otherSchoolPupils;
  if (fig.mode === 'scoped') {
    const x = fig.otherSchoolReported;
    lines.push(
      `  other schools' pupils reported  ${x.findings} findings naming ${x.pupils} pupils (must be 0): ${list(x.byKind)}`,
    );
    lines.push(
      `  other schools' pupils' rows     ${o.n} (${list(Object.fromEntries(Object.entries(o.byRoute).map(([k, v]) => [k, v.n])))})`,
    );
  } else {
    const routes = Object.entries(o.byRoute)
      .sort()
      .map(([k, v]) => `${k} ${v.found}/${v.n}`)
      .join(', ');
    lines.push(
      `  other schools' pupils found     ${f1(o.foundPct)} % (${o.found} of ${o.n} rows; flagged ${o.flagged}): ${routes}`,
    );
  }
  lines.push(
    `  exempted rows reported          ${fig.exempted.reported} (naming the exempted pupil ${fig.exempted.asThemselves}; the rest a pupil of the same name)`,
  );
  const rates = Object.entries(fig.falseReviewRates)
    .filter(([, v]) => v.reviews > 0)
    .sort((a, b) => b[1].per1000 - a[1].per1000)
    .map(([k, v]) => `${k} ${v.per1000.toFixed(2)} (${v.reviews}/${v.n})`)
    .join(', ');
  lines.push(`  false reviews per 1,000 rows of the kind: ${rates || 'none'}`);
  const schools = Object.entries(fig.perSchool)
    .sort()
    .map(([name, x]) => `${name} ${x.falseReviewsPer1000.toFixed(2)} (${x.falseReviews}/${x.rows})`)
    .join(', ');
  lines.push(`  false reviews per 1,000 rows by the staff's school: ${schools}`);
  if (fig.calibration) {
    const bands = fig.calibration
      .filter((b) => b.n > 0)
      .map(
        (b) =>
          `[${b.from}, ${b.to}${b.to === 1 ? ']' : ')'} n ${b.n} mean ${b.meanScore.toFixed(3)} right ${f1(b.rightPct)} %`,
      )
      .join('; ');
    lines.push(`  calibration (score band: findings, mean score, share naming the account's own pupil): ${bands}`);
  } else lines.push('  calibration           no scores in the report');
  return lines.join('\n');
}

/** `node eval2/score.mjs --size trust --seed N --scoped|--trust-wide [--cli P] [--report F] [--dir D]`. */
export function scoreTrust({ seed, dir, mode, cli, reportFile }) {
  const truth = readRecords(readFileSync(join(dir, 'truth', 'connections.csv'), 'utf8'));
  const plan = JSON.parse(readFileSync(join(dir, 'truth', 'plan.json'), 'utf8'));
  const schoolOf = new Map(
    readRecords(readFileSync(join(dir, 'truth', 'pupils.csv'), 'utf8')).map((p) => [p.pupil_id, p.school]),
  );
  let report;
  let extra = '';
  let run = null;
  if (reportFile) report = JSON.parse(readFileSync(reportFile, 'utf8'));
  else {
    const load = loadavg()[0].toFixed(2);
    run = runTrustCli(cli, join(dir, 'audit'), plan.auditDate, mode);
    report = run.report;
    const peak = run.peakMiB == null ? 'peak n/a' : `peak ${run.peakMiB.toFixed(0)} MiB`;
    extra = ` (CLI ${run.seconds.toFixed(1)} s, ${peak}, load ${load})`;
  }
  const fig = trustTally(truth, report, mode, schoolOf);
  if (run) fig.cli = { seconds: run.seconds, peakMiB: run.peakMiB };
  return { text: formatTrustFigures(`trust-${seed} ${mode}`, fig, extra), fig };
}
