/**
 * Runs one timed pass in its own process, so that peak memory is the pass's own:
 *   node scripts/bench/child.js audit FOLDER OUT.json   the real audit: the CLI's main (dist/cli.js) run
 *                                                       in this process, JSON report to OUT
 *   node scripts/bench/child.js parse FOLDER            csv-parse alone over the same CSV files
 *   node scripts/bench/child.js audit FOLDER OUT.json --trust-wide   the same, every member of staff against every pupil
 * Prints one JSON line: { ms, cpuMs, maxRssMiB, ... }.
 */
import { createReadStream, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { boundHeapGrowth } from '../../bin/boundHeapGrowth.js';
import { AUDIT_DATE } from './generate.js';

const [mode, folder, out, ...auditArgs] = process.argv.slice(2);
const started = performance.now();
let result;
if (mode === 'parse') {
  let records = 0;
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    for await (const _record of createReadStream(path.join(folder, name), { highWaterMark: 1024 * 1024 }).pipe(parse()))
      records++;
  }
  result = { records };
} else {
  // As bin/social-audit.js does for every run, so that the bench measures the audit people get.
  boundHeapGrowth(auditArgs);
  const { main } = await import('../../dist/cli.js');
  await main([
    'node',
    'social-audit',
    'audit',
    folder,
    '--date',
    AUDIT_DATE,
    '--format',
    'json',
    '--out',
    out,
    ...auditArgs,
  ]);
  // Exit status 1 means findings, which a bench expects; 2 would be a real failure.
  if (process.exitCode === 2) throw new Error('the audit failed');
  process.exitCode = 0;
  result = {};
}
const ms = performance.now() - started;
const usage = process.resourceUsage();
// CPU time of the whole process (start-up included), in ms: the fairer comparison on a loaded machine.
const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
console.log(JSON.stringify({ mode, ms, cpuMs, maxRssMiB: usage.maxRSS / 1024, ...result }));
