/**
 * npm run fit [-- --check]
 *
 * Fits the match model's weights (src/match/data/modelParameters.ts) on a labelled set the bench
 * generates (FIT_SETS: two secondary schools and two infant schools, whose pupils' own accounts
 * are connected at 4 to 7), then, with `--check` after a rebuild,
 * measures them on another seed (CHECK_SEED) the fit never saw: calibration, and per threshold
 * flags, flag precision, pupils found and false reviews per 1,000 connections.
 *
 * Each candidate pair the name index proposes is one labelled example: the pupil the row was
 * written for (a match), or anybody else (a trap, a background adult, another pupil). Per feature
 * level, m = P(level | match) and u = P(level | not), with add-half smoothing; weight = log2(m/u).
 */
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, AUDIT_DATE } from './bench/generate.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FIT_SETS = [['secondary', 101], ['secondary', 102], ['infant', 101], ['infant', 102]];
const CHECK_SEED = 103;
const SIZE = 'secondary';
const SMOOTHING = 0.5;
const check = process.argv.includes('--check');
const log = (line = '') => process.stdout.write(`${line}\n`);

const { runAudit } = await import('../dist/audit/runAudit.js');
const { loadAuditFolder } = await import('../dist/io/loadAuditFolder.js');
const { nodeFileSystem } = await import('../dist/io/FileSystem.js');
const { FEATURES, MAX_FREQUENCY_BITS } = await import('../dist/match/matchModel.js');

/** How strongly the joint fit is pulled towards weight 0 (in squared bits): rare levels stay finite. */
const RIDGE = 0.1;
/** Levels that may not count against the pupil (see the fit). */
const NOT_AGAINST = ['names.both', 'names.handle', 'leet.yes', 'middle.yes'];
/**
 * Levels in order of strength of the evidence against the pupil, whose weights may only fall along
 * it: more other accounts bearing the whole name cannot make this one likelier the pupil's (on the
 * bench a pupil's name recurs in its many planted disguises, which teaches the opposite).
 */
const MONOTONE = { sameName: ['alone', 'one', 'several'] };
const BASELINE = { sur: 'none', order: 'asWritten', middle: 'no', unexplained: '0', names: 'display', digits: 'none', age: 'unknown', adultWords: 'no', staffSurname: 'no', leet: 'no', sameName: 'none' };

/**
 * Logistic regression in bits, P = 1 / (1 + 2^-(w·x)), by Newton's method with an L2 penalty on
 * every weight but the intercept (x[0] = 1).
 */
function logistic(rows, start, ridge) {
  const n = start.length;
  let w = [...start];
  for (let iteration = 0; iteration < 100; iteration++) {
    const grad = new Array(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array(n).fill(0));
    for (const { x, y } of rows) {
      let z = 0;
      for (let i = 0; i < n; i++) z += w[i] * x[i];
      const p = 1 / (1 + 2 ** -z);
      const s = Math.max(p * (1 - p), 1e-12) * Math.LN2;
      for (let i = 0; i < n; i++) {
        if (x[i] === 0) continue;
        grad[i] += (p - y) * x[i];
        for (let j = 0; j < n; j++) if (x[j] !== 0) hess[i][j] += s * x[i] * x[j];
      }
    }
    for (let i = 1; i < n; i++) {
      grad[i] += (ridge * w[i]) / Math.LN2;
      hess[i][i] += ridge / Math.LN2;
    }
    hess[0][0] += 1e-9;
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting. */
function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const d = m[col][col] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / d;
      if (f !== 0) for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

/** Generates (once) a labelled school and returns its candidate pairs with labels. */
async function labelledPairs(seed, size = SIZE) {
  const dir = path.join(root, 'bench-data', `fit-${size}-${seed}`);
  const truthFile = path.join(dir, 'truth.json');
  if (!existsSync(truthFile)) {
    process.stderr.write(`generating ${size} school, seed ${seed} …\n`);
    writeFileSync(truthFile, JSON.stringify(await generate(size, dir, seed)));
  }
  const { truth, rows } = JSON.parse(readFileSync(truthFile, 'utf8'));
  const pairs = [];
  const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
  const report = await runAudit(inputs, {
    auditDate: AUDIT_DATE,
    onCandidates(connection, candidates) {
      const label = truth[connection.source.line];
      for (const c of candidates) {
        const right = label && !label.trap && label.pupil === c.pupil.id;
        // The other pupils of a shared name are as right as the one it was written for: not counted.
        if (!right && (label?.also ?? []).includes(c.pupil.id)) continue;
        pairs.push({ right, levels: c.levels, score: c.score, contributions: c.contributions });
      }
    },
  });
  return { pairs, report, truth, rows };
}

if (!check) {
  const pairs = [];
  for (const [size, seed] of FIT_SETS) pairs.push(...(await labelledPairs(seed, size)).pairs);
  const matches = pairs.filter((p) => p.right);
  const others = pairs.filter((p) => !p.right);
  const weights = {};
  const counts = {};
  for (const feature of FEATURES) {
    const m = new Map();
    const u = new Map();
    for (const p of matches) m.set(p.levels[feature], (m.get(p.levels[feature]) ?? 0) + 1);
    for (const p of others) u.set(p.levels[feature], (u.get(p.levels[feature]) ?? 0) + 1);
    const levels = [...new Set([...m.keys(), ...u.keys()])].sort();
    weights[feature] = {};
    counts[feature] = {};
    for (const level of levels) {
      const pm = ((m.get(level) ?? 0) + SMOOTHING) / (matches.length + SMOOTHING * levels.length);
      const pu = ((u.get(level) ?? 0) + SMOOTHING) / (others.length + SMOOTHING * levels.length);
      weights[feature][level] = Math.round(Math.log2(pm / pu) * 100) / 100;
      counts[feature][level] = [m.get(level) ?? 0, u.get(level) ?? 0];
    }
  }
  // The typical share of an exactly agreeing name among true pairs (geometric mean), for the
  // term-frequency adjustment; shares are read back from the frequency contribution.
  const geometric = (values) => (values.length === 0 ? 0.01 : Math.exp(values.reduce((a, v) => a + Math.log(v), 0) / values.length));
  const shares = (key) => matches.flatMap((p) => p.contributions.filter((c) => c.code === 'NAME_FREQUENCY' && c.args?.[key]).map((c) => 1 / c.args[key]));
  const typicalForename = Number(geometric(shares('forenameOneIn')).toPrecision(3));
  const typicalSurname = Number(geometric(shares('surnameOneIn')).toPrecision(3));
  // Naive Bayes treats the evidence as independent, which on these pairs it is not (a trap pairs
  // an exact name with an impossible date): m/u alone leaves clean exact names underconfident. The
  // weights are therefore fitted jointly, by L2-regularised logistic regression over the same
  // levels (started from the m/u weights), with the frequency adjustment as one more input, so
  // that the weights a finding shows still add up to its log-odds.
  const clampBits = (bits) => Math.max(-MAX_FREQUENCY_BITS, Math.min(MAX_FREQUENCY_BITS, bits));
  const frequencyBits = (p) => {
    let bits = 0;
    for (const c of p.contributions) {
      if (c.code !== 'NAME_FREQUENCY') continue;
      if (c.args.forenameOneIn) bits += clampBits(Math.log2(typicalForename * c.args.forenameOneIn));
      if (c.args.surnameOneIn) bits += clampBits(Math.log2(typicalSurname * c.args.surnameOneIn));
    }
    return bits;
  };
  // Constraints (also stated in the parameters file's header): a level listed in NOT_AGAINST is
  // never evidence against the pupil (a handle repeating the name repeats the evidence); where the
  // joint fit would make one negative, it is merged into its feature's baseline (weight 0) and the
  // fit rerun, so the other weights absorb what it carried.
  const merged = new Map();
  const levelOf = (p, f) => merged.get(`${f}.${p.levels[f]}`) ?? p.levels[f];
  let fitted;
  let columns;
  for (;;) {
    columns = FEATURES.flatMap((feature) => Object.keys(weights[feature]).filter((level) => !merged.has(`${feature}.${level}`)).map((level) => [feature, level]));
    const start = [Math.log2(matches.length / others.length), ...columns.map(([f, l]) => weights[f][l]), 1];
    const rows = pairs.map((p) => ({ x: [1, ...columns.map(([f, l]) => (levelOf(p, f) === l ? 1 : 0)), frequencyBits(p)], y: p.right ? 1 : 0 }));
    fitted = logistic(rows, start, RIDGE);
    const at = (f, l) => fitted[1 + columns.findIndex(([cf, cl]) => cf === f && cl === l)];
    const against = NOT_AGAINST.filter((key) => !merged.has(key)).filter((key) => {
      const [f, l] = key.split('.');
      return weights[f][l] !== undefined && at(f, l) < at(f, BASELINE[f]);
    });
    for (const key of against) merged.set(key, BASELINE[key.split('.')[0]]);
    // A stronger level may not weigh more for the pupil than a weaker one: the first pair out of
    // order is pooled (the later level takes the earlier's weight), then the fit is rerun.
    let pooled = false;
    for (const [f, order] of Object.entries(MONOTONE)) {
      const live = order.filter((l) => weights[f][l] !== undefined && !merged.has(`${f}.${l}`));
      for (let i = 1; i < live.length && !pooled; i++) {
        if (at(f, live[i]) > at(f, live[i - 1])) {
          merged.set(`${f}.${live[i]}`, live[i - 1]);
          for (const [key, target] of merged) if (target === live[i] && key.startsWith(`${f}.`)) merged.set(key, live[i - 1]);
          pooled = true;
        }
      }
    }
    if (against.length === 0 && !pooled) break;
  }
  let prior = fitted[0];
  columns.forEach(([f, l], i) => { weights[f][l] = fitted[i + 1]; });
  for (const [key, target] of merged) {
    const [f, l] = key.split('.');
    weights[f][l] = weights[f][target];
  }
  // Each feature's usual level (nothing to say: no middle name, no number…) is made weight 0 and
  // the rest measured from it, so that a finding shows only the evidence that moved it.
  for (const [feature, baseline] of Object.entries(BASELINE)) {
    const shift = weights[feature][baseline] ?? 0;
    prior += shift;
    for (const level of Object.keys(weights[feature])) weights[feature][level] -= shift;
  }
  for (const feature of FEATURES) for (const level of Object.keys(weights[feature])) weights[feature][level] = Math.round(weights[feature][level] * 100) / 100;
  const frequencyScale = fitted[columns.length + 1];
  const parameters = {
    source: `fitted by scripts/fit-model.mjs on the bench's ${FIT_SETS.map(([size, seed]) => `${size} ${seed}`).join(', ')} (${matches.length} true pairs, ${others.length} others); checked on ${SIZE} seed ${CHECK_SEED}`,
    prior: Math.round(prior * 100) / 100,
    weights,
    typicalForename,
    typicalSurname,
    frequencyScale: Math.round(frequencyScale * 1000) / 1000,
  };
  const file = path.join(root, 'src/match/data/modelParameters.ts');
  writeFileSync(
    file,
    `import type { ModelParameters } from '../matchModel.js';\n\n` +
      `/**\n * The match model's parameters: log2(m/u) per feature level, the prior log-odds and the typical\n * name shares. Written by \`npm run fit\` (scripts/fit-model.mjs): do not edit by hand, refit.\n` +
      ` * Constrained, not free: ${NOT_AGAINST.join(', ')} may not weigh against the pupil (a handle that repeats the\n * name repeats the evidence; how often the bench's adults carry one is the generator's choice,\n * not a fact about accounts); merged into the baseline here: ${[...merged].filter(([k]) => NOT_AGAINST.includes(k)).map(([k]) => k).join(', ') || 'none'}.\n * Monotone, not free: ${Object.entries(MONOTONE).map(([f, o]) => `${f} ${o.join(' ≥ ')}`).join('; ')} (pooled here: ${[...merged].filter(([k]) => !NOT_AGAINST.includes(k)).map(([k, t]) => `${k} with ${t}`).join(', ') || 'none'}).\n` +
      ` * Pairs counted per level (true, other): ${JSON.stringify(counts)}\n */\n` +
      `export const MODEL_PARAMETERS: ModelParameters = ${JSON.stringify(parameters, null, 2)};\n`,
  );
  log(`wrote ${path.relative(root, file)}: prior ${parameters.prior}, typical shares ${parameters.typicalForename} / ${parameters.typicalSurname}, frequency scale ${frequencyScale.toFixed(3)}`);
  for (const feature of FEATURES) log(`  ${feature.padEnd(12)} ${Object.entries(weights[feature]).map(([l, w]) => `${l} ${w > 0 ? '+' : ''}${w}`).join(', ')}`);
} else {
  const { pairs, report, truth, rows } = await labelledPairs(CHECK_SEED);
  log(`check on seed ${CHECK_SEED} (${rows.toLocaleString('en-GB')} connections): calibration of candidate pairs`);
  const bins = [0, 0.02, 0.1, 0.5, 0.9, 0.99, 1.0001];
  for (let i = 0; i + 1 < bins.length; i++) {
    const inBin = pairs.filter((p) => p.score >= bins[i] && p.score < bins[i + 1]);
    const right = inBin.filter((p) => p.right).length;
    const mean = inBin.reduce((a, p) => a + p.score, 0) / Math.max(1, inBin.length);
    log(`  P in [${bins[i]}, ${Math.min(1, bins[i + 1])}): ${String(inBin.length).padStart(5)} pairs, mean P ${mean.toFixed(3)}, right ${inBin.length ? (right / inBin.length).toFixed(3) : '–'}`);
  }
  const pupilRows = Object.entries(truth).filter(([, l]) => !l.trap);
  for (const flagAt of [0.99]) {
    for (const reviewAt of [0.005, 0.01, 0.02, 0.05, 0.1, 0.2]) {
      let flags = 0;
      let rightFlags = 0;
      let falseReviews = 0;
      const byLine = new Map();
      for (const p of pairs) void p;
      // Best candidate per row from the scores the pairs carry is what the policy sees.
      for (const f of report.findings) byLine.set(Number(f.connection.source.split(':').pop()), f);
      let found = 0;
      for (const [line, l] of pupilRows) {
        const f = byLine.get(Number(line));
        if (!f) continue;
        const ids = [f, ...(f.otherCandidates ?? [])].filter((c) => c.score >= reviewAt).map((c) => c.pupil.id);
        if (ids.includes(l.pupil) || (l.also ?? []).some((id) => ids.includes(id))) found++;
      }
      for (const [line, f] of byLine) {
        const l = truth[line];
        const right = l && !l.trap && (f.pupil.id === l.pupil || (l.also ?? []).includes(f.pupil.id));
        if (f.score >= flagAt) {
          flags++;
          if (right) rightFlags++;
        } else if (f.score >= reviewAt && !right && !(l && !l.trap && (f.otherCandidates ?? []).some((c) => c.pupil.id === l.pupil))) falseReviews++;
      }
      log(`  FLAG ≥ ${flagAt}, REVIEW ≥ ${reviewAt}: ${flags} flags, precision ${(rightFlags / Math.max(1, flags)).toFixed(4)}; pupils found ${((100 * found) / pupilRows.length).toFixed(1)}%; false reviews ${falseReviews} (${((1000 * falseReviews) / rows).toFixed(2)} per 1,000)`);
    }
  }
}
