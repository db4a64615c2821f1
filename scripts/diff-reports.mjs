/**
 * node scripts/diff-reports.mjs BEFORE.json AFTER.json
 *
 * Whether two JSON audit reports say the same thing: every field compared (findings, exempted,
 * dismissed, coverage, warnings, summary), less timing fields, should a report carry any. Prints
 * the number of findings and the first differences; exits 1 when they differ. Used to show that a
 * speed change leaves the findings identical.
 */
import { readFileSync } from 'node:fs';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  process.stderr.write('usage: node scripts/diff-reports.mjs BEFORE.json AFTER.json\n');
  process.exit(2);
}
/** Fields that say when or how long, not what was found. */
const TIMING = /^(generatedAt|startedAt|finishedAt|elapsed\w*|duration\w*|\w*Ms|timing\w*)$/;
const MAX_SHOWN = 10;

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const before = read(beforeFile);
const after = read(afterFile);
const differences = [];

compare(before, after, '');
const count = (report) => (Array.isArray(report.findings) ? report.findings.length : 0);
process.stdout.write(`findings: ${count(before)} before, ${count(after)} after\n`);
if (differences.length === 0) {
  process.stdout.write('identical (timing fields aside)\n');
} else {
  for (const line of differences.slice(0, MAX_SHOWN)) process.stdout.write(`${line}\n`);
  process.stdout.write(`${differences.length >= 1000 ? '1000+' : differences.length} differences\n`);
  process.exitCode = 1;
}

function compare(a, b, where) {
  if (differences.length >= 1000) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) differences.push(`${where}: ${a.length} entries before, ${b.length} after`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) compare(a[i], b[i], `${where}[${i}]`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (TIMING.test(key)) continue;
      if (!(key in a)) differences.push(`${where}.${key}: only after`);
      else if (!(key in b)) differences.push(`${where}.${key}: only before`);
      else compare(a[key], b[key], `${where}.${key}`);
    }
    return;
  }
  if (a !== b) differences.push(`${where}: ${JSON.stringify(a)} before, ${JSON.stringify(b)} after`);
}
