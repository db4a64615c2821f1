/**
 * Runs one timed pass in its own process, so that peak memory is the pass's own:
 *   node scripts/bench/child.js audit FOLDER OUT.json   the real audit (dist/), JSON report to OUT
 *   node scripts/bench/child.js parse FOLDER            csv-parse alone over the same CSV files
 * Prints one JSON line: { ms, maxRssMiB, ... }.
 */
import { createReadStream, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { AUDIT_DATE } from './generate.js';

const [mode, folder, out] = process.argv.slice(2);
const started = performance.now();
let result;
if (mode === 'parse') {
  let records = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.csv')).sort()) {
    for await (const _record of createReadStream(path.join(folder, name), { highWaterMark: 1024 * 1024 }).pipe(parse())) records++;
  }
  result = { records };
} else {
  const { runAudit, loadAuditFolder, nodeFileSystem, reporters } = await import('../../dist/index.js');
  const inputs = await loadAuditFolder(nodeFileSystem, { folder });
  const report = await runAudit(inputs, { auditDate: AUDIT_DATE });
  const json = await reporters.json(report, { color: false, width: 100 });
  writeFileSync(out, json);
  result = { connections: report.summary.connections, findings: report.summary.findings };
}
const ms = performance.now() - started;
console.log(JSON.stringify({ mode, ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...result }));
