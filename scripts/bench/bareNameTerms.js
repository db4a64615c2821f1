/**
 * node scripts/bench/bareNameTerms.js [--trust-wide] DIR ...
 *
 * The terms that carry a bare whole name (#14, bar41): every candidate pair whose forename and surname agree
 * exactly and that carries no evidence of the pupil's own (no middle name, birth year or year group, one staff
 * list), at a posterior of 0.5 or more, split right / wrong, with each term's mean weight in bits; then, per
 * term's level among all such pairs at any score, the share among right and among wrong pairs against the
 * weight the model gave it (is log2(m/u) what the bare-name pairs themselves show?); then the name's frequency
 * term refitted on the exact whole-name pairs by maximum likelihood, every other term held (`refitName`): its
 * slope and a level beside it, and alone an additive count of other accounts bearing any pupil's whole name
 * (`r0`, adults beyond chance). DIR: labelled bench folders.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { labelledAudit } from './calibration.js';

/** A pair weighed on the name alone: the name agrees exactly and nothing of the pupil's own is beside it. */
export function isBareName(levels) {
  return (
    ['legal', 'preferred'].includes(levels.fore) &&
    ['full', 'preferred'].includes(levels.sur) &&
    levels.middle !== 'yes' &&
    !['dob', 'yearGroup', 'age'].includes(levels.digits) &&
    levels.lists !== 'several'
  );
}

/** Terms by code, summed where a code occurs twice; the prior as its own term. */
export function termsOf(candidate) {
  const terms = { PRIOR: candidate.prior?.bits ?? 0 };
  for (const c of candidate.contributions) terms[c.code] = (terms[c.code] ?? 0) + c.weight;
  return terms;
}

/** Per term: mean weight over the pairs (0 where absent). */
export function meanTerms(pairs) {
  const sums = new Map();
  for (const p of pairs) for (const [code, w] of Object.entries(p.terms)) sums.set(code, (sums.get(code) ?? 0) + w);
  return new Map([...sums].map(([code, s]) => [code, s / Math.max(1, pairs.length)]));
}

/** Per feature level: right and wrong counts, and the mean weight of its term. */
export function byLevel(pairs, feature, code) {
  const out = new Map();
  for (const p of pairs) {
    const level = p.levels[feature] ?? 'none';
    const e = out.get(level) ?? { right: 0, wrong: 0, weight: 0 };
    e[p.right ? 'right' : 'wrong']++;
    e.weight += p.terms[code] ?? 0;
    out.set(level, e);
  }
  return out;
}

const logit = (p) => Math.log2(Math.min(1 - 1e-12, Math.max(1e-12, p)) / (1 - Math.min(1 - 1e-12, Math.max(1e-12, p))));
const sigmoid = (l) => 1 / (1 + 2 ** -l);

/**
 * Log-likelihood of labelled pairs `{ score, right, terms, population }` with the frequency term's bits b
 * replaced by `reweigh(b, pair)` (an added `NAMESAKES_BEYOND_CHANCE` term, if any, taken out first).
 */
export function logLikelihood(pairs, reweigh) {
  let sum = 0;
  for (const p of pairs) {
    const b = p.terms.NAME_FREQUENCY ?? 0;
    const base = logit(p.score) - (p.terms.NAMESAKES_BEYOND_CHANCE ?? 0) - b;
    const q = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(base + reweigh(b, p))));
    sum += p.right ? Math.log(q) : Math.log(1 - q);
  }
  return sum;
}

/**
 * The frequency term refitted on the pairs: slope `a` and level `c` (b → a·b + c), and alone `r0`, other
 * accounts bearing a pupil's whole name beyond chance (b → log2(typical / (expected + r0)), typical the
 * model's typical name on the pair's population). By grid: a coarse answer, enough to say whether b is honest.
 */
export function refitName(pairs, typicalShares) {
  let slope = { ll: -Infinity };
  for (let a = -0.25; a <= 1.5; a += 0.05)
    for (let c = -3; c <= 3; c += 0.25) {
      const ll = logLikelihood(pairs, (b) => a * b + c);
      if (ll > slope.ll) slope = { ll, a, c };
    }
  let floor = { ll: -Infinity };
  for (const r0 of [0, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.04, 0.05, 0.075, 0.1, 0.15]) {
    const ll = logLikelihood(pairs, (b, p) => {
      const typical = p.population * typicalShares;
      return -Math.log2(2 ** -b + r0 / typical);
    });
    if (ll > floor.ll) floor = { ll, r0 };
  }
  return { asIs: logLikelihood(pairs, (b) => b), slope, floor };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const trustWide = args.includes('--trust-wide');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const whole = [];
  for (const dir of dirs) {
    const { picked } = await labelledAudit(dir, trustWide, (c) =>
      ['legal', 'preferred'].includes(c.levels.fore) && ['full', 'preferred'].includes(c.levels.sur)
        ? { bare: isBareName(c.levels), levels: c.levels, terms: termsOf(c), population: c.prior?.population ?? 0 }
        : undefined,
    );
    for (const p of picked) whole.push({ ...p, audit: path.basename(dir) });
  }
  const pairs = whole.filter((p) => p.bare);
  const log = (line) => process.stdout.write(`${line}\n`);
  const right = pairs.filter((p) => p.right);
  const wrong = pairs.filter((p) => !p.right);
  log(`bare whole-name pairs ≥ 0.02: ${pairs.length} (${right.length} right, ${wrong.length} wrong)`);
  for (const [from, to] of [
    [0.5, 0.99],
    [0.99, 0.995],
    [0.995, 1.01],
  ]) {
    const band = pairs.filter((p) => p.score >= from && p.score < to);
    const r = band.filter((p) => p.right);
    const w = band.filter((p) => !p.right);
    const promised = band.reduce((s, p) => s + 1 - p.score, 0);
    log(`[${from}, ${Math.min(1, to)}): ${band.length} pairs, ${w.length} wrong (promised ${promised.toFixed(1)})`);
    const mr = meanTerms(r);
    const mw = meanTerms(w);
    for (const code of new Set([...mr.keys(), ...mw.keys()]))
      log(
        `    ${code.padEnd(28)} right ${(mr.get(code) ?? 0).toFixed(2).padStart(6)}  wrong ${(mw.get(code) ?? 0).toFixed(2).padStart(6)}`,
      );
    const kinds = new Map();
    for (const p of w) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
    if (w.length > 0) log(`    wrong: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  log(
    "by the name's frequency term (bits): pairs, right, wrong; log2 odds the model gave (mean) against log2(right / wrong)",
  );
  for (const [from, to] of [
    [-99, -2],
    [-2, 0],
    [0, 1],
    [1, 2],
    [2, 3],
    [3, 99],
  ]) {
    const bin = pairs.filter((p) => (p.terms.NAME_FREQUENCY ?? 0) >= from && (p.terms.NAME_FREQUENCY ?? 0) < to);
    const r = bin.filter((p) => p.right).length;
    const given = bin.reduce((s, p) => s + logit(p.score), 0) / Math.max(1, bin.length);
    log(
      `  [${from}, ${to}): ${String(bin.length).padStart(5)} ${String(r).padStart(5)} ${String(bin.length - r).padStart(5)}; given ${given.toFixed(2).padStart(6)}, seen ${Math.log2(
        (r + 0.5) / (bin.length - r + 0.5),
      )
        .toFixed(2)
        .padStart(6)}`,
    );
  }
  const { MODEL_PARAMETERS } = await import('../../dist/match/data/modelParameters.js');
  const fit = refitName(whole, MODEL_PARAMETERS.typicalForename * MODEL_PARAMETERS.typicalSurname);
  log(
    `the name's frequency term refitted on the ${whole.length} exact whole-name pairs (log-likelihood, as is ${fit.asIs.toFixed(1)}):`,
  );
  log(`  b → a·b + c: a ${fit.slope.a.toFixed(2)}, c ${fit.slope.c.toFixed(2)} (${fit.slope.ll.toFixed(1)})`);
  log(`  b → log2(typical / (expected + r0)): r0 ${fit.floor.r0} (${fit.floor.ll.toFixed(1)})`);
  log('per level, all bare pairs: right, wrong, log2(share right / share wrong) against the mean weight given');
  for (const [feature, code] of [
    ['platform', 'PLATFORM'],
    ['age', 'CONNECTED_AT_PUPIL_AGE'],
    ['sameName', 'NAME_FREQUENCY'],
    ['names', 'BOTH_NAMES_AGREE'],
    ['lists', 'STAFF_LISTS'],
    ['stage', 'PRIOR'],
  ]) {
    log(`  ${feature} (${code})`);
    for (const [level, e] of byLevel(pairs, feature, code)) {
      const ratio = Math.log2((e.right + 0.5) / (right.length + 1) / ((e.wrong + 0.5) / (wrong.length + 1)));
      log(
        `    ${String(level).padEnd(12)} ${String(e.right).padStart(6)} ${String(e.wrong).padStart(6)}  seen ${ratio.toFixed(2).padStart(6)}  given ${(e.weight / (e.right + e.wrong)).toFixed(2).padStart(6)}`,
      );
    }
  }
}
