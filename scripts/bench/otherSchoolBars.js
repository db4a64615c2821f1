/**
 * node scripts/bench/otherSchoolBars.js FOLDER REPORT.json LOW_REPORT.json
 *
 * Trust-wide, what a review rule for other schools' children would find and cost, without changing the
 * build: FOLDER is a bench trust placed in schools (its `truth.json`), REPORT the build's JSON report of it,
 * LOW_REPORT the same build's report with `REVIEW_AT` 0.0001 and `SHARE_FLOOR` 0 in a copy of its
 * `dist/policy/levels.js` (every candidate's score shown). Each rule adds, to what REPORT reports, reviews
 * of the candidates it picks from LOW_REPORT's; printed per rule: pupils found at the list owner's school
 * and at another, false reviews (a review not naming the row's pupil), new findings, and the kinds gained.
 * Pupils' names are read from the reasons (`NAME_EXACT`, `PREFERRED_NAME`: the whole name, roughly).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, reportFile, lowFile] = process.argv.slice(2);
const { truth, rows } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const lineOf = (f) => Number(f.connection.source.split(':').pop());
const load = (file) => new Map(JSON.parse(readFileSync(file, 'utf8')).findings.map((f) => [lineOf(f), f]));
const reported = load(reportFile);
const low = load(lowFile);
const namesOf = (f) => (f ? [f.pupil.id, ...(f.otherCandidates ?? []).map((c) => c.pupil.id)] : []);
const candidatesOf = (f) =>
  [f, ...(f.otherCandidates ?? [])]
    .map((c) => ({ id: c.pupil.id, school: c.pupil.school, score: c.score, reasons: c.reasons ?? [] }))
    .sort((a, b) => b.score - a.score);
const disguised = (c) => c.reasons.some((r) => r === 'DECORATED' || r === 'CONFUSABLE' || r === 'LEETSPEAK');
const whole = (c) => c.reasons.includes('NAME_EXACT') || c.reasons.includes('PREFERRED_NAME');
const total = (cs) => cs.reduce((sum, c) => sum + c.score, 0);
const elsewhere = (cs, school, pick) => {
  const picked = cs.filter((c) => c.school !== school && pick(c));
  return picked.length > 0 ? picked : null;
};

const RULES = {
  'as reported': () => null,
  'share floor 0.01': (cs) => {
    const named = cs.filter((c) => c.score >= 0.01);
    return total(named) >= 0.1 ? named : null;
  },
  'best 10 where all ≥ 0.1': (cs) => (total(cs) >= 0.1 ? cs.slice(0, 10) : null),
  'best 20 where all ≥ 0.1': (cs) => (total(cs) >= 0.1 ? cs.slice(0, 20) : null),
  'other school ≥ 0.05': (cs, school) => elsewhere(cs, school, (c) => c.score >= 0.05),
  'other school ≥ 0.02': (cs, school) => elsewhere(cs, school, (c) => c.score >= 0.02),
  'other, whole name ≥ 0.05': (cs, school) => elsewhere(cs, school, (c) => whole(c) && c.score >= 0.05),
  'other, whole name ≥ 0.02': (cs, school) => elsewhere(cs, school, (c) => whole(c) && c.score >= 0.02),
  'other, whole name disguised': (cs, school) => {
    const named = elsewhere(cs, school, (c) => whole(c) && disguised(c) && !c.reasons.includes('UNEXPLAINED_WORDS'));
    return named && total(named) >= 0.02 ? named : null;
  },
};

const pct = (n, d) => `${((100 * n) / d).toFixed(2)}%`;
for (const [rule, pick] of Object.entries(RULES)) {
  const named = new Map();
  let falseReviews = 0;
  let added = 0;
  for (const line of new Set([...reported.keys(), ...low.keys()])) {
    const before = reported.get(line);
    const lowFinding = low.get(line);
    const extra = lowFinding ? pick(candidatesOf(lowFinding), lowFinding.staff.school) : null;
    const names = new Set(namesOf(before));
    for (const c of extra ?? []) names.add(c.id);
    const level = before?.level ?? (extra ? 'review' : undefined);
    if (!level) continue;
    if (!before) added++;
    named.set(line, names);
    const label = truth[line];
    if (level === 'review' && !(label?.pupil && !label.trap && names.has(label.pupil))) falseReviews++;
  }
  const found = { own: [0, 0], other: [0, 0] };
  const gained = {};
  for (const [line, label] of Object.entries(truth)) {
    if (label.trap || !label.pupil) continue;
    const side = found[label.otherSchool ? 'other' : 'own'];
    side[1]++;
    if (!named.get(Number(line))?.has(label.pupil)) continue;
    side[0]++;
    if (!namesOf(reported.get(Number(line))).includes(label.pupil)) {
      const kind = `${label.kind}${label.otherSchool ? ' (other school)' : ''}`;
      gained[kind] = (gained[kind] ?? 0) + 1;
    }
  }
  process.stdout.write(
    `${rule.padEnd(30)} own ${pct(...found.own)}, other schools ${pct(...found.other)} of ${found.other[1]}; ` +
      `false reviews ${falseReviews} (${((1000 * falseReviews) / rows).toFixed(2)} per 1,000); new findings ${added}\n` +
      `    gained: ${Object.entries(gained)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}\n`,
  );
}
