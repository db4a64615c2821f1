/**
 * Where a trust's reviews grow from school by school to `--trust-wide`, read from the two JSON reports alone (no
 * truth file, so it runs on any trust, the held-out ones' spent seeds included): the trust-wide reviews naming a pupil
 * of the list owner's own school, and those naming only other schools' children, by family (`familyOf`, from the
 * reasons of the finding's first pupil), each with how many the audit school by school reviewed too and how many
 * rest on shares below REVIEW (pooled, P < 0.1). Then the prior each matcher weighed with, in bits, recovered from
 * the findings with one candidate (log2 odds of the score less the contributions shown): the other schools'
 * matcher's against the own schools' is what the EM's accounts per pupil make of a child of another school (#14).
 *
 *   node scripts/bench/trustWideGrowth.js SCOPED.json TRUST_WIDE.json [families]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { familyOf } from './trustWideFamilies.js';

const REVIEW_AT = 0.1;
const schoolKey = (name) => (name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const rowOf = (f) => `${f.staff.id}\u0000${f.connection.source}`;
const candidatesOf = (f) => [f, ...(f.otherCandidates ?? [])];

/** The trust-wide reviews split by whom they name and what they rest on, against the audit school by school. */
export function reviewGrowth(scoped, trustWide) {
  const reviewedScoped = new Set(scoped.findings.filter((f) => f.level === 'review').map(rowOf));
  const families = new Map();
  const totals = { own: 0, other: 0, otherPooled: 0, scoped: reviewedScoped.size };
  for (const f of trustWide.findings) {
    if (f.level !== 'review') continue;
    const own = candidatesOf(f).some((c) => schoolKey(c.pupil.school) === schoolKey(f.staff.school));
    const family = `${own ? 'own' : 'other'}: ${familyOf(f.reasons)}`;
    const entry = families.get(family) ?? { reviews: 0, scopedToo: 0, pooled: 0 };
    families.set(family, entry);
    entry.reviews++;
    if (reviewedScoped.has(rowOf(f))) entry.scopedToo++;
    if (f.score < REVIEW_AT) entry.pooled++;
    if (own) totals.own++;
    else {
      totals.other++;
      if (f.score < REVIEW_AT) totals.otherPooled++;
    }
  }
  return { totals, families: [...families].sort((a, b) => b[1].reviews - a[1].reviews) };
}

/** The prior (bits) of single-candidate findings with a score strictly inside (0, 1), by own and other school: its median and count. */
export function priorBits(report) {
  const bits = { own: [], other: [] };
  for (const f of report.findings) {
    if (f.otherCandidates || f.score <= 0.001 || f.score >= 0.999) continue;
    const shown = f.contributions.reduce((sum, c) => sum + c.weight, 0);
    const own = schoolKey(f.pupil.school) === schoolKey(f.staff.school);
    bits[own ? 'own' : 'other'].push(Math.log2(f.score / (1 - f.score)) - shown);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(
    Object.entries(bits).map(([k, xs]) => [k, { n: xs.length, median: xs.length ? median(xs) : undefined }]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [scopedPath, trustWidePath, shown = '25'] = process.argv.slice(2);
  if (!scopedPath || !trustWidePath) {
    process.stderr.write('usage: node scripts/bench/trustWideGrowth.js SCOPED.json TRUST_WIDE.json [families]\n');
    process.exit(2);
  }
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const scoped = read(scopedPath);
  const trustWide = read(trustWidePath);
  const { totals, families } = reviewGrowth(scoped, trustWide);
  const rows = trustWide.summary.connections;
  const perThousand = (n) => ((1000 * n) / rows).toFixed(2);
  console.log(
    `reviews: school by school ${totals.scoped} (${perThousand(totals.scoped)} per 1,000 rows); trust-wide ` +
      `${totals.own + totals.other} (${perThousand(totals.own + totals.other)}): naming an own pupil ${totals.own}, ` +
      `only other schools' children ${totals.other} (${totals.otherPooled} of them on pooled shares below ${REVIEW_AT})`,
  );
  console.log('family (trust-wide reviews) | reviews | reviewed school by school too | pooled below REVIEW');
  for (const [family, e] of families.slice(0, Number(shown)))
    console.log(`${family} | ${e.reviews} | ${e.scopedToo} | ${e.pooled}`);
  const prior = priorBits(trustWide);
  const say = (k) => `${k} ${prior[k].median?.toFixed(1)} bits (n ${prior[k].n})`;
  console.log(`prior of single-candidate findings, median: ${say('own')}, ${say('other')}`);
}
