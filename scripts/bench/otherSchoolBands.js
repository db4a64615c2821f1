/**
 * What a trust-wide audit makes of other schools' children below and above REVIEW, read from the engine's own
 * candidates (no truth file, so it runs on the held-out trusts' spent seeds): each row whose best candidate of
 * another school than the list owner's scores at least 0.01, by family (`familyOf`, from that candidate's reasons;
 * `[own ≥ 0.1 beside]` where an own pupil is a candidate at 0.1 or more on the same row) and probability band; and
 * the other schools' matcher's accounts per pupil. The children a trust-wide audit misses are bare whole names below
 * 0.1 (the scorers' per-kind tables); the bands say among how many rows of their family they sit (#14, item 4).
 *
 *   node scripts/bench/otherSchoolBands.js AUDIT_FOLDER [AUDIT_DATE (2026-11-30)] [FAMILIES shown (12)]
 *
 * AUDIT_FOLDER holds a trust's `staff.csv` (with a school column), roll and connection lists; `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { familyOf } from './trustWideFamilies.js';

const BANDS = [0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 0.5, 0.9];
const REVIEW_AT = 0.1;
const schoolKey = (name) => (name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Each staff id's school, from the folder's `staff.csv` (plain CSV: no quoted commas in ids or school names). */
function staffSchools(dir) {
  const [head, ...rows] = readFileSync(path.join(dir, 'staff.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => line.split(','));
  const id = head.indexOf('staff_id');
  const school = head.indexOf('school');
  return new Map(rows.map((cells) => [cells[id], schoolKey(cells[school])]));
}

/** The band a score falls in (index into BANDS), or -1 below the first. */
const bandOf = (score) => BANDS.findLastIndex((b) => score >= b);

/**
 * `rows`: per row, its candidates of other schools (each `{ c, rho }`: the candidate and the accounts per pupil it was
 * weighed with) and the best own pupil's score. The other schools' matcher weighs most of them, so its accounts per
 * pupil is the commonest; each row counts once, by its best candidate of that matcher: family × band.
 */
export function bandsByFamily(rows) {
  const priors = new Map();
  for (const row of rows) for (const { rho } of row.other) priors.set(rho, (priors.get(rho) ?? 0) + 1);
  const [otherRho] = [...priors].sort((a, b) => b[1] - a[1])[0] ?? [];
  const families = new Map();
  let reviewed = 0;
  for (const row of rows) {
    const best = row.other
      .filter(({ rho }) => rho === otherRho)
      .map(({ c }) => c)
      .sort((a, b) => b.score - a.score)[0];
    if (!best || best.score < BANDS[0]) continue;
    const family = `${familyOf(best.reasons)}${row.ownBest >= REVIEW_AT ? ' [own ≥ 0.1 beside]' : ''}`;
    const counts = families.get(family) ?? BANDS.map(() => 0);
    families.set(family, counts);
    counts[bandOf(best.score)]++;
    if (best.score >= REVIEW_AT) reviewed++;
  }
  return { otherRho, families, reviewed };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, auditDate = '2026-11-30', shown = '12'] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node scripts/bench/otherSchoolBands.js AUDIT_FOLDER [AUDIT_DATE] [FAMILIES]\n');
    process.exit(2);
  }
  const dist = path.join(path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url)))), 'dist');
  const { runAudit } = await import(path.join(dist, 'audit/runAudit.js'));
  const { loadAuditFolder } = await import(path.join(dist, 'io/loadAuditFolder.js'));
  const { nodeFileSystem } = await import(path.join(dist, 'io/FileSystem.js'));
  const schoolOf = staffSchools(dir);
  const rows = [];
  const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
  await runAudit(inputs, {
    auditDate,
    trustWide: true,
    onCandidates(connection, candidates) {
      const own = schoolOf.get(connection.staffId);
      const other = candidates.filter((c) => schoolKey(c.pupil.school) !== own && c.score >= BANDS[0]);
      if (other.length === 0) return;
      const ownBest = Math.max(0, ...candidates.filter((c) => !other.includes(c)).map((c) => c.score));
      rows.push({ other: other.map((c) => ({ c, rho: c.prior?.accountsPerPupil })), ownBest });
    },
  });
  const { otherRho, families, reviewed } = bandsByFamily(rows);
  const total = (counts) => counts.reduce((a, b) => a + b, 0);
  console.log(
    `other schools' matcher: ${otherRho?.toFixed(4)} accounts per pupil; rows with another school's child at ` +
      `${BANDS[0]} or more ${total([...families.values()].flat())}, at ${REVIEW_AT} or more ${reviewed}`,
  );
  console.log(`family | ${BANDS.map((b, i) => `${b}–${BANDS[i + 1] ?? 1}`).join(' | ')}`);
  for (const [family, counts] of [...families].sort((a, b) => total(b[1]) - total(a[1])).slice(0, Number(shown)))
    console.log(`${family} | ${counts.join(' | ')}`);
}
