/**
 * node scripts/bench-calibration.mjs FOLDER REPORT.json [BARS]
 *
 * Do the scores of a bench audit mean what they say, and what does the review bar cost and buy? Reads a
 * bench folder's truth (`truth.json`, `roll.csv`, `staff.csv`: npm run bench writes them) and a JSON report
 * of it, and prints, for the (row, pupil) pairs the report scores (a finding's pupil and its other
 * candidates), split by whether the pupil is at the list owner's school: how many, their scores summed
 * against how many are right, and per band of score the mean score against the share right. Then per
 * review bar (comma-separated, default 0.2,0.1,0.05,0.02): pupils found (own school, other schools) and
 * false reviews per 1,000 rows, a finding counted when a flag or its best score reaches the bar. To see
 * bars below the build's REVIEW_AT, audit with a build whose REVIEW_AT is lower (nothing else changes).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const [folder, reportFile, barsArg = '0.2,0.1,0.05,0.02'] = process.argv.slice(2);
if (!folder || !reportFile) throw new Error('usage: node scripts/bench-calibration.mjs FOLDER REPORT.json [BARS]');
const bars = barsArg.split(',').map(Number);
const { truth, rows } = JSON.parse(readFileSync(path.join(folder, 'truth.json'), 'utf8'));
const csv = (name) => parse(readFileSync(path.join(folder, name), 'utf8'), { columns: true, bom: true });
const schoolOf = new Map();
for (const name of ['roll.csv', 'leavers.csv']) {
  try {
    for (const r of csv(name)) if (!schoolOf.has(r.UPN)) schoolOf.set(r.UPN, r.School ?? '');
  } catch {
    // A single school's bench has no leavers' file: every pupil is the list owner's.
  }
}
const staffSchool = new Map(csv('staff.csv').map((r) => [r.staff_id, r.school ?? '']));
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
const EDGES = [0.99, 0.95, 0.8, 0.5, 0.2, 0.1, 0.05, 0.02, 0];
const bands = new Map();
const totals = new Map();
const found = [];
const isRight = (label, id) =>
  Boolean(label && !label.trap && label.expect !== 'none' && (label.pupil === id || (label.also ?? []).includes(id)));
for (const f of report.findings) {
  const line = f.connection.source.split(':').pop();
  const label = truth[line];
  const owner = staffSchool.get(f.staff.id) ?? '';
  const scored = [f.pupil, ...(f.otherCandidates ?? []).map((c) => c.pupil)].map((p, i) => ({
    id: p.id,
    score: i === 0 ? f.score : f.otherCandidates[i - 1].score,
  }));
  let right = false;
  for (const { id, score } of scored) {
    const group = (schoolOf.get(id) ?? owner) === owner ? 'own' : 'other';
    const r = isRight(label, id);
    right ||= r;
    const edge = EDGES.find((e) => score >= e);
    for (const [map, key] of [
      [bands, `${group} ${edge}`],
      [totals, group],
    ]) {
      const t = map.get(key) ?? { n: 0, sum: 0, right: 0 };
      t.n++;
      t.sum += score;
      t.right += r ? 1 : 0;
      map.set(key, t);
    }
  }
  found.push({ best: Math.max(...scored.map((s) => s.score)), flag: f.level === 'flag', right, label });
}
for (const group of ['own', 'other']) {
  const t = totals.get(group) ?? { n: 0, sum: 0, right: 0 };
  console.log(`${group} school's pupils: ${t.n} pairs, scores summed ${t.sum.toFixed(0)} against ${t.right} right`);
  for (const e of EDGES) {
    const b = bands.get(`${group} ${e}`);
    if (b)
      console.log(
        `  ≥ ${String(e).padEnd(4)} ${String(b.n).padStart(6)}: mean ${(b.sum / b.n).toFixed(3)}, right ${(b.right / b.n).toFixed(3)}`,
      );
  }
}
const planted = { own: 0, other: 0 };
for (const label of Object.values(truth))
  if (!label.trap && label.expect !== 'none') planted[label.otherSchool ? 'other' : 'own']++;
for (const bar of bars) {
  const got = { own: 0, other: 0 };
  let reviews = 0;
  let falseReviews = 0;
  for (const f of found) {
    if (!f.flag && f.best < bar) continue;
    if (!f.flag) reviews++;
    if (f.right) got[f.label.otherSchool ? 'other' : 'own']++;
    else if (!f.flag) falseReviews++;
  }
  const share = (k) => (planted[k] ? `${((100 * got[k]) / planted[k]).toFixed(2)} % of ${planted[k]}` : '–');
  console.log(
    `bar ${bar}: found own ${share('own')}, other schools' ${share('other')}; ${reviews} reviews, ${falseReviews} false = ${((1000 * falseReviews) / rows).toFixed(2)} per 1,000 rows`,
  );
}
