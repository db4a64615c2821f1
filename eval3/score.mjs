#!/usr/bin/env node
// node eval3/score.mjs --seed N [--size school|trust|tiny] [--scoped|--trust-wide] [--cli PATH] [--json REPORT]
// Generates the seed's data if missing, audits it with the CLI (or reads --json REPORT instead),
// and prints the figures of issue #14 and the per-kind table.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.mjs';
import { AUDIT_DATE } from './lib/dates.mjs';
import { formatFigures, judge, parseTruth } from './lib/judge.mjs';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    size: { type: 'string', default: 'school' },
    scoped: { type: 'boolean', default: false },
    'trust-wide': { type: 'boolean', default: false },
    cli: { type: 'string', default: new URL('../bin/social-audit.js', import.meta.url).pathname },
    json: { type: 'string' },
    data: { type: 'string' },
    save: { type: 'string' },
  },
});
if (!values.seed) {
  console.error(
    'usage: node eval3/score.mjs --seed N [--size school|trust|tiny] [--scoped|--trust-wide] [--cli PATH] [--json REPORT] [--data DIR]',
  );
  process.exit(2);
}
const seed = Number(values.seed);
const data = values.data ?? new URL(`out/${values.size}-${seed}`, import.meta.url).pathname;
if (!existsSync(join(data, 'truth', 'connections.csv'))) generate({ seed, size: values.size, out: data });
const truth = parseTruth(readFileSync(join(data, 'truth', 'connections.csv'), 'utf8'));
const trust = new Set(truth.map((r) => r.staff_school)).size > 1;
const mode = !trust ? 'whole-roll' : values['trust-wide'] ? 'trust-wide' : 'own-school';

let report;
if (values.json) report = JSON.parse(readFileSync(values.json, 'utf8'));
else {
  const dir = mkdtempSync(join(tmpdir(), 'eval3-'));
  const out = join(dir, 'audit.json');
  const args = [values.cli, 'audit', join(data, 'audit'), '--date', AUDIT_DATE, '--format', 'json', '--out', out];
  if (values['trust-wide']) args.push('--trust-wide');
  const started = Date.now();
  try {
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  } catch (error) {
    if (error.status !== 1) {
      console.error(`the audit failed (exit ${error.status}):\n${error.stderr}`);
      process.exit(2);
    }
  }
  report = JSON.parse(readFileSync(out, 'utf8'));
  if (values.save) copyFileSync(out, values.save);
  rmSync(dir, { recursive: true, force: true });
  console.log(`audited in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
// Rows the tool did not read are a fault of the generator's files (or a refusal worth knowing of).
if (report.summary?.connections !== undefined && report.summary.connections !== truth.length) {
  console.log(`note: the tool read ${report.summary.connections} connection rows of the ${truth.length} written`);
}
for (const w of report.warnings ?? [])
  console.log(`warning ${w.code}: ${w.source ?? ''} ${w.message ?? ''}`.slice(0, 200));
if (report.scope?.mode && report.scope.mode !== mode)
  console.log(`note: the report's scope is ${report.scope.mode}, scored as ${mode}`);
console.log(`eval3 ${values.size} seed ${seed}`);
console.log(formatFigures(judge(truth, report, mode)));
