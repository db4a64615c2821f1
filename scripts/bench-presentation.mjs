/**
 * node scripts/bench-presentation.mjs [--dist DIR] [--plant platform|age|none] [--from secondary-namesakes-0.03] [--missed]
 *
 * Whether the EM learns how this audit's pupils present (m of platform and age, `estimatePresentation`):
 * the bench's secondary school (`--from`: its folder under bench-data/; run `npm run bench -- --size secondary` first) written again with a
 * planted difference in the pupils' own accounts only (`platform`: none on Facebook or X, moved to
 * TikTok; `age`: every dated account of a pupil 13 or over connected at 13 or over, none at 8 to 12;
 * `none`: as it is), audited with the engine in `--dist` (dist/ by default; another build to compare),
 * printing the m the pupils' own accounts show, the EM's estimate, and flags, wrong flags and found.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE } from './bench/generate.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dist = path.resolve(option('dist', path.join(root, 'dist')));
const plant = option('plant', 'platform');
const from = option('from', 'secondary');
const source = path.join(root, 'bench-data', from);
const dir = path.join(root, 'bench-data', `${from}-presentation-${plant}`);
const log = (line = '') => process.stdout.write(`${line}\n`);

const made = JSON.parse(readFileSync(path.join(source, 'truth.json'), 'utf8'));
// The roll's UPN and DOB (dd/mm/yyyy; no cell before them holds a comma on the bench's roll).
const dobs = new Map(
  readFileSync(path.join(source, 'roll.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((row) => {
      const cells = row.split(',');
      const [d, m, y] = cells[5].split('/');
      return [cells[0], `${y}-${m}-${d}`];
    }),
);
mkdirSync(dir, { recursive: true });
for (const file of ['roll.csv', 'staff.csv', 'leavers.csv', 'truth.json'])
  copyFileSync(path.join(source, file), path.join(dir, file));
const lines = readFileSync(path.join(source, 'connections.csv'), 'utf8').split('\n');
const own = (label) => label && !label.trap && label.expect !== 'none';
const addYears = (day, years, month) => `${Number(day.slice(0, 4)) + years}-${String(month).padStart(2, '0')}-15`;
for (let i = 1; i < lines.length; i++) {
  const label = made.truth[i + 1];
  if (!own(label) || !lines[i]) continue;
  // Only the platform column (3rd) and the date (last) are rewritten; neither holds a comma.
  const cells = lines[i].split(',');
  if (plant === 'platform' && (cells[2] === 'facebook' || cells[2] === 'x')) cells[2] = 'tiktok';
  const dob = dobs.get(label.pupil);
  const date = cells.at(-1);
  if (plant === 'age' && dob && date && addYears(dob, 13, 1) <= AUDIT_DATE) {
    const age = (Date.parse(date) - Date.parse(dob)) / (365.25 * 864e5);
    if (age >= 8 && age < 13) cells[cells.length - 1] = addYears(dob, 13, 1 + (i % 6));
  }
  lines[i] = cells.join(',');
}
writeFileSync(path.join(dir, 'connections.csv'), lines.join('\n'));

const { runAudit } = await import(path.join(dist, 'audit/runAudit.js'));
const { loadAuditFolder } = await import(path.join(dist, 'io/loadAuditFolder.js'));
const { nodeFileSystem } = await import(path.join(dist, 'io/FileSystem.js'));
const { MODEL_PARAMETERS } = await import(path.join(dist, 'match/data/modelParameters.js'));
const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
const truePairs = [];
let estimate;
const report = await runAudit(inputs, {
  auditDate: AUDIT_DATE,
  onCandidates(connection, candidates) {
    const label = made.truth[connection.source.line];
    for (const c of candidates) {
      estimate ??= c.prior?.presentation;
      if (own(label) && label.pupil === c.pupil.id) truePairs.push(c.levels);
    }
  },
});
const share = (levels, key, where = () => true) => {
  const counts = {};
  const kept = levels.filter(where);
  for (const l of kept) counts[l[key]] = (counts[l[key]] ?? 0) + 1;
  return Object.fromEntries(
    Object.keys(counts)
      .sort()
      .map((k) => [k, counts[k] / kept.length]),
  );
};
const fixed = (o) => JSON.stringify(o, (_, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v));
const platforms = (l) => l.platform !== 'other' && l.underPlatform !== 'yes';
const olderDated = (l) => l.stage === 'older' && l.age !== 'under4';
log(`planted: ${plant}; engine: ${path.relative(root, dist) || dist}`);
log(`  bench's m   platform ${fixed(MODEL_PARAMETERS.presentation.platform)}`);
log(`              age (older) ${fixed(MODEL_PARAMETERS.presentation.age.older)}`);
log(`  pupils' own platform ${fixed(share(truePairs, 'platform', platforms))}`);
log(`              age (older) ${fixed(share(truePairs, 'age', olderDated))}`);
if (estimate) {
  log(`  EM's m      platform ${fixed(estimate.platform)}`);
  log(`              age (older) ${fixed(estimate.age.older)}`);
}
const byLine = new Map(report.findings.map((f) => [Number(f.connection.source.split(':').pop()), f]));
let flags = 0;
let wrong = 0;
let found = 0;
let pupilsRows = 0;
let falseReviews = 0;
for (const [line, f] of byLine) {
  const label = made.truth[line];
  const right = own(label) && (f.pupil.id === label.pupil || (label.also ?? []).includes(f.pupil.id));
  if (f.level === 'flag') {
    flags++;
    if (!right) wrong++;
  } else if (!own(label)) falseReviews++;
}
for (const [line, label] of Object.entries(made.truth)) {
  if (!own(label)) continue;
  pupilsRows++;
  const f = byLine.get(Number(line));
  if (f && (f.pupil.id === label.pupil || (f.otherCandidates ?? []).some((c) => c.pupil.id === label.pupil))) found++;
  else if (args.includes('--missed')) log(`  missed line ${line} (${label.kind}): ${lines[Number(line) - 1]}`);
}
log(
  `  flags ${flags}, wrong ${wrong} (precision ${((100 * (flags - wrong)) / Math.max(1, flags)).toFixed(2)} %), ` +
    `pupils' rows found ${((100 * found) / pupilsRows).toFixed(2)} % of ${pupilsRows}, reviews of no pupil's row ${falseReviews}`,
);
