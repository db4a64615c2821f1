/**
 * npm run fit [-- --write]     fit, print the refit beside the parameters in use; --write writes it
 * npm run fit -- --only sur.initial[,…] [--write]   refit those levels alone, every other parameter held as in use
 * npm run fit:check             measure the parameters the engine is built with on the check seed
 *
 * Fits the match model's weights (src/match/data/modelParameters.ts) on a labelled set the bench
 * generates (FIT_SETS: two secondary schools and two infant schools, whose pupils' own accounts
 * are connected at 4 to 7), then, with `--check` after a rebuild,
 * measures them on another seed (CHECK_SEED) the fit never saw: calibration, and per threshold
 * flags, flag precision, pupils found and false reviews per 1,000 connections.
 *
 * Each candidate pair the name index proposes is one labelled example: the pupil the row was
 * written for (a match), or anybody else (a trap, a background adult, another pupil). The bench
 * teaches only how pupils present: m for the platform and the age when connected (counted on its
 * pupils' accounts), and the shape features' weights (how the name agrees, digits, titles…),
 * fitted jointly with the audit's own terms (the name's rarity, the platform's and the dates'
 * shares on the lists, the accounts per pupil) held as offsets, as the engine computes them on
 * each bench school's own lists. The engine then takes those terms from each audit's lists, and
 * learns the m of platform and age again on each audit's own candidates, starting from these
 * (`estimatePresentation`); `--check` prints that estimate beside the check's own tally.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE, GENERATOR_VERSION, generate } from './bench/generate.js';
import { ORDERED, risingLevels } from './fit/orderedLevels.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const FIT_SETS = [
  ['secondary', 101],
  ['secondary', 102],
  ['infant', 101],
  ['infant', 102],
];
const CHECK_SEED = 103;
const SIZE = 'secondary';
const SMOOTHING = 0.5;
const check = process.argv.includes('--check');
// The fit starts from the parameters in use (it keeps their intercept while the engine weighs the
// pairs), so a refit moves them: written only when asked, after its figures have been compared.
const write = process.argv.includes('--write');
// `--only feature.level,…`: a conditional refit. Levels whose weight the last fit had no true pairs for are
// fitted on today's sets with everything else (weights, intercept, m's, shares) held at the values in use,
// so that what they carry is learnt without moving what was checked.
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt < 0 ? undefined : new Set(process.argv[onlyAt + 1].split(','));
// `--check --adult-initials 0.08`: the check seed with that share of its background adults written as a
// forename and an initial (the bench's is ADULT_INITIAL_SHARE): whether the lists' own style is weighed.
const initialsAt = process.argv.indexOf('--adult-initials');
const ADULT_INITIALS = initialsAt < 0 ? undefined : Number(process.argv[initialsAt + 1]);
// `--check --adult-year-digits 0.05 [--namesakes 0.03]`: that share of background adults with two digits of a
// roll's birth year in their handle (none on the bench), and of adults bearing a pupil's whole name.
const optionAt = (name) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined;
const ADULT_YEAR_DIGITS = optionAt('--adult-year-digits');
const NAMESAKES = optionAt('--namesakes');
const log = (line = '') => process.stdout.write(`${line}\n`);

const { runAudit } = await import('../dist/audit/runAudit.js');
const { loadAuditFolder } = await import('../dist/io/loadAuditFolder.js');
const { nodeFileSystem } = await import('../dist/io/FileSystem.js');
const { FEATURES, SHAPE_FEATURES } = await import('../dist/match/matchModel.js');
const { MODEL_PARAMETERS } = await import('../dist/match/data/modelParameters.js');
const { LEVEL_CODE } = await import('../dist/match/levelCodes.js');
const { isForenameAndInitial } = await import('../dist/match/forenameAndInitial.js');
/** The parameters the engine is built with, before the fit sets its m's and shares on `MODEL_PARAMETERS` to weigh the pairs. */
const MODEL_PARAMETERS_IN_USE = structuredClone(MODEL_PARAMETERS);
const { pupilScope } = await import('../dist/policy/pupilScope.js');
const { FLAG_AT } = await import('../dist/policy/levels.js');
/** Contributions the engine computes from the lists (held fixed in the fit). */
const LIST_CODES = new Set([
  'NAME_FREQUENCY',
  'PLATFORM',
  'CONNECTED_WHEN_YOUNG',
  'CONNECTED_AT_PUPIL_AGE',
  'STAFF_LISTS',
]);

/** Fewer true (or other) pairs than this at a level: its weight rests on too few to say much, marked `!`. */
const THIN = 5;
/**
 * Levels the engine reads that no bench pupil or adult shows (never in the fit sets): each weighs as the
 * level it stands for, not 0. A preferred surname on the roll is the surname the pupil goes by, as exact
 * as the legal one (the frequency term and the flag already treat it so). fore.middleName is fitted: the bench
 * plants pupils going by a middle name and the adults bearing it from generator 44 (middleNames.js).
 */
const TIED = { 'sur.preferred': 'sur.full' };
/** How strongly the joint fit is pulled towards weight 0 (in squared bits): rare levels stay finite. */
const RIDGE = 0.1;
/** Levels that may not count against the pupil (see the fit). */
const NOT_AGAINST = ['names.both', 'names.handle', 'leet.yes', 'middle.yes'];
const BASELINE = {
  sur: 'none',
  order: 'asWritten',
  middle: 'no',
  unexplained: '0',
  names: 'display',
  digits: 'none',
  adultWords: 'no',
  staffSurname: 'no',
  leet: 'no',
};

/**
 * Logistic regression in bits, P = 1 / (1 + 2^-(w·x)), by Newton's method with an L2 penalty on
 * every weight but the intercept (x[0] = 1).
 */
function logistic(rows, start, ridge, fixed = 0) {
  const n = start.length;
  let w = [...start];
  for (let iteration = 0; iteration < 100; iteration++) {
    const grad = new Array(n).fill(0);
    const hess = Array.from({ length: n }, () => new Array(n).fill(0));
    for (const { x, y, offset } of rows) {
      let z = offset ?? 0;
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
    // The first `fixed` weights are held (a conditional refit holds the intercept in use).
    for (let i = 0; i < fixed; i++) {
      grad[i] = 0;
      for (let j = 0; j < n; j++) hess[i][j] = hess[j][i] = i === j ? 1 : 0;
    }
    const step = solve(hess, grad);
    // Damped: where offsets leave few pairs in doubt, the Hessian is nearly flat and a full step overshoots.
    const longest = Math.max(...step.map(Math.abs));
    if (longest > 2) for (let i = 0; i < n; i++) step[i] *= 2 / longest;
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
async function labelledPairs(seed, size = SIZE, options = {}) {
  const { adultInitials, adultYearDigits, namesakes } = options;
  const suffix = [
    adultInitials === undefined ? '' : `-initials-${adultInitials}`,
    adultYearDigits === undefined ? '' : `-year-digits-${adultYearDigits}`,
    namesakes === undefined ? '' : `-namesakes-${namesakes}`,
  ].join('');
  const dir = path.join(root, 'bench-data', `fit-${size}-${seed}${suffix}`);
  const truthFile = path.join(dir, 'truth.json');
  // Made again when the generator has changed since, so that a fit is the same on every machine.
  const stampFile = path.join(dir, 'stamp.json');
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
  const stamp = JSON.stringify({ GENERATOR_VERSION, seed, ...given });
  if (!existsSync(truthFile) || !existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    process.stderr.write(`generating ${size} school, seed ${seed} …\n`);
    writeFileSync(truthFile, JSON.stringify(await generate(size, dir, seed, given)));
    writeFileSync(stampFile, stamp);
  }
  const { truth, rows, inScope } = JSON.parse(readFileSync(truthFile, 'utf8'));
  const pairs = [];
  const trueAccounts = new Set();
  // Pupils' own accounts written as a forename alone (`maryam2013`): the share the audit's EM scales by.
  const forenameOnlyAccounts = new Set();
  let pupilsMass = 0;
  let forenameAloneMass = 0;
  const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
  const report = await runAudit(inputs, {
    auditDate: AUDIT_DATE,
    onCandidates(connection, candidates) {
      const label = truth[connection.source.line];
      for (const c of candidates) {
        // People out of scope (former pupils now adults) are matched only to share an account: never a pair to fit or check.
        if (!pupilScope(c.pupil, AUDIT_DATE).inScope) continue;
        const right = label && !label.trap && label.pupil === c.pupil.id;
        // The other pupils of a shared name are as right as the one it was written for: not counted.
        if (!right && (label?.also ?? []).includes(c.pupil.id)) continue;
        // The EM's expected pupils' accounts on a pupil's own account (its candidates share its posterior).
        if (label && !label.trap) {
          pupilsMass += c.score ?? 0;
          if (c.levels.fore === 'none') forenameAloneMass += c.score ?? 0;
        }
        if (right) {
          const account = `${connection.platform}|${connection.username || connection.profileUrl || connection.displayName}`;
          trueAccounts.add(account);
          if (c.levels.fore === 'none') forenameOnlyAccounts.add(account);
        }
        // A pair at the surname's initial read from a display name written as a forename and one letter (`Sarah K`).
        const styled =
          c.levels.sur === 'initial' && c.levels.names !== 'handle'
            ? isForenameAndInitial(connection.displayName ?? '')
            : undefined;
        // A row no pupil's own (a background adult's, a trap's): the part of u that moves with the lists' style.
        const adultRow = !label || label.trap === true;
        pairs.push({
          right,
          levels: c.levels,
          score: c.score,
          contributions: c.contributions,
          prior: c.prior,
          styled,
          adultRow,
        });
      }
    },
  });
  // The accounts per pupil the EM should find: the pupils' own accounts among the candidates.
  const rho = trueAccounts.size / inScope;
  for (const p of pairs) p.rho = rho;
  return {
    pairs,
    report,
    truth,
    rows,
    rho,
    accounts: trueAccounts.size,
    forenameOnly: forenameOnlyAccounts.size,
    pupilsMass,
    forenameAloneMass,
    initials: surnameInitials(path.join(dir, 'connections.csv')),
    yearDigits: yearDigits(dir),
  };
}

/**
 * Accounts with a handle on a bench school's lists, and those whose handle carries digits readable as a
 * year in the roll's birth years (`2011`, or `11` for 2011, as `readYears` reads a birth year), counted
 * once per account: what a style term for `digits.dob` would be counted on (issue 14; not weighed yet).
 */
function yearDigits(dir) {
  const years = new Set();
  for (const line of readFileSync(path.join(dir, 'roll.csv'), 'utf8').split('\n').slice(1)) {
    const dob = csvFields(line)[5] ?? '';
    if (/^\d\d\/\d\d\/\d{4}$/.test(dob)) years.add(Number(dob.slice(6)));
  }
  const seen = new Set();
  let accounts = 0;
  let carrying = 0;
  for (const line of readFileSync(path.join(dir, 'connections.csv'), 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const [, , platform, , username] = csvFields(line);
    if (!username || seen.has(`${platform}|${username}`)) continue;
    seen.add(`${platform}|${username}`);
    accounts++;
    const numbers = username.match(/\d+/g) ?? [];
    if (numbers.some((d) => years.has(Number(d)) || (d.length === 2 && Number(d) <= 25 && years.has(2000 + Number(d)))))
      carrying++;
  }
  return { accounts, carrying };
}

/** The lists' handles carrying a roll's birth year, and the other pairs read at `digits.dob` that are adults' rows. */
function yearDigitsLine(counts, pairs) {
  const others = pairs.filter((p) => !p.right && p.levels.digits === 'dob');
  const adults = others.filter((p) => p.adultRow).length;
  return `digits.dob: ${counts.carrying} of ${counts.accounts} accounts with a handle carry a roll's birth year (share ${(counts.carrying / Math.max(1, counts.accounts)).toFixed(4)}); ${adults} of ${others.length} other pairs at the level are adults' rows (${((adults + 0.5) / (others.length + 1)).toFixed(3)}), the rest other pupils'`;
}

/**
 * Accounts with a display name on a bench school's lists, and those written as a forename and one
 * letter, counted once per account as the engine counts them (`NameTerms`: platform and handle, or
 * profile address, or the display name).
 */
function surnameInitials(file) {
  const seen = new Set();
  let accounts = 0;
  let written = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const [, , platform, displayName, username, url] = csvFields(line);
    const key = `${platform}|${username || url || `\u0000${displayName}`}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!displayName) continue;
    accounts++;
    if (isForenameAndInitial(displayName)) written++;
  }
  return { accounts, written };
}

/** One line of the bench's CSV (fields quoted where they hold a comma or a quote). */
function csvFields(line) {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Shares of a key among pairs, smoothed. */
const share = (list, key) => {
  const counts = {};
  for (const p of list) counts[key(p)] = (counts[key(p)] ?? 0) + 1;
  const keys = Object.keys(counts).sort();
  return Object.fromEntries(
    keys.map((k) => [k, Number(((counts[k] + SMOOTHING) / (list.length + SMOOTHING * keys.length)).toPrecision(3))]),
  );
};

if (!check) {
  // m of the platform and of the age when connected, from the bench's pupils' own accounts: how a
  // pupil presents. Levels do not depend on the parameters, so one pass finds them.
  const sets = [];
  for (const [size, seed] of FIT_SETS) sets.push(await labelledPairs(seed, size));
  const truePairs = sets.flatMap((s) => s.pairs.filter((p) => p.right));
  const presentation = {
    platform: share(truePairs, (p) => p.levels.platform),
    age: Object.fromEntries(
      ['young', 'older'].map((stage) => [
        stage,
        share(
          truePairs.filter((p) => p.levels.stage === stage),
          (p) => p.levels.age,
        ),
      ]),
    ),
  };
  // The typical share of an exactly agreeing name among true pairs (geometric mean), for the
  // term-frequency adjustment; shares are read back from the frequency contribution.
  const geometric = (values) =>
    values.length === 0 ? 0.01 : Math.exp(values.reduce((a, v) => a + Math.log(v), 0) / values.length);
  const shares = (key) =>
    truePairs.flatMap((p) =>
      p.contributions.filter((c) => c.code === 'NAME_FREQUENCY' && c.args?.[key]).map((c) => 1 / c.args[key]),
    );
  const typicalForename = Number(geometric(shares('forenameOneIn')).toPrecision(3));
  const typicalSurname = Number(geometric(shares('surnameOneIn')).toPrecision(3));
  // The intercept is kept (the last fit's) while the engine weighs the pairs, and the offset leaves it
  // out: what the engine estimates from its own posteriors (the EM's prior) is then as in an audit, not
  // estimated from posteriors that an intercept of 0 makes all about 1.
  if (!ONLY) Object.assign(MODEL_PARAMETERS, { presentation, typicalForename, typicalSurname });
  // The surname's initial is weighed by each audit's own share of accounts written as a forename and one
  // letter (MatchModel.styleTerm): the fit sets' share, and the part of the other pairs at the level so
  // written (half a pair each way: a set with none is not sure there are none).
  const initials = sets.reduce(
    (a, s) => ({ accounts: a.accounts + s.initials.accounts, written: a.written + s.initials.written }),
    {
      accounts: 0,
      written: 0,
    },
  );
  const styledOthers = sets.flatMap((s) => s.pairs.filter((p) => !p.right && p.styled !== undefined));
  const styles = {
    'sur.initial': {
      benchShare: Number(((initials.written + 0.5) / (initials.accounts + 1)).toPrecision(3)),
      ofOthers: Number(
        ((styledOthers.filter((p) => p.styled).length + 0.5) / (styledOthers.length + 1)).toPrecision(3),
      ),
    },
  };
  MODEL_PARAMETERS.styles = styles;
  const usedIntercept = MODEL_PARAMETERS.intercept;
  // Second pass: the engine's list terms with these m's.
  const pairs = [];
  for (const [size, seed] of FIT_SETS) {
    const set = await labelledPairs(seed, size);
    log(
      `  ${size} ${seed}: accounts per pupil ${set.rho.toFixed(3)}, EM's estimate ${set.pairs[0]?.prior?.accountsPerPupil.toFixed(3)}`,
    );
    pairs.push(...set.pairs);
  }
  const matches = pairs.filter((p) => p.right);
  const others = pairs.filter((p) => !p.right);
  // The offset: the engine's prior with the true accounts per pupil, and its list terms.
  const offsetOf = (p) =>
    p.prior.bits -
    usedIntercept -
    Math.log2(p.prior.accountsPerPupil) +
    Math.log2(p.rho) +
    p.contributions.filter((c) => LIST_CODES.has(c.code)).reduce((a, c) => a + c.weight, 0) +
    // The surname's initial weighed by the set's own style: what it adds to the weight in use is the lists'.
    p.contributions
      .filter((c) => c.code === 'SURNAME_INITIAL')
      .reduce((a, c) => a + c.weight - (MODEL_PARAMETERS_IN_USE.weights.sur?.initial ?? 0), 0);
  const weights = {};
  const counts = {};
  for (const feature of FEATURES) {
    const m = new Map();
    const u = new Map();
    for (const p of matches) m.set(p.levels[feature], (m.get(p.levels[feature]) ?? 0) + 1);
    for (const p of others) u.set(p.levels[feature], (u.get(p.levels[feature]) ?? 0) + 1);
    const levels = [...new Set([...m.keys(), ...u.keys()])].sort();
    counts[feature] = {};
    for (const level of levels) counts[feature][level] = [m.get(level) ?? 0, u.get(level) ?? 0];
    if (!SHAPE_FEATURES.includes(feature)) continue;
    weights[feature] = {};
    for (const level of levels) {
      const pm = ((m.get(level) ?? 0) + SMOOTHING) / (matches.length + SMOOTHING * levels.length);
      const pu = ((u.get(level) ?? 0) + SMOOTHING) / (others.length + SMOOTHING * levels.length);
      weights[feature][level] = Math.round(Math.log2(pm / pu) * 100) / 100;
    }
  }
  // Naive Bayes treats the evidence as independent, which on these pairs it is not (a trap pairs
  // an exact name with an impossible date): the shape weights are therefore fitted jointly, by
  // L2-regularised logistic regression (started from the m/u weights), with the list terms as a
  // fixed offset, so that the weights a finding shows still add up to its log-odds.
  // Constraints (also stated in the parameters file's header): a level listed in NOT_AGAINST is
  // never evidence against the pupil (a handle repeating the name repeats the evidence); where the
  // joint fit would make one negative, it is merged into its feature's baseline (weight 0) and the
  // fit rerun, so the other weights absorb what it carried.
  const merged = new Map();
  const heldAt = (f, l) => MODEL_PARAMETERS_IN_USE.weights[f]?.[l];
  /** The level a pair's level was merged into, through merges of merges. */
  const mergedLevel = (f, l) => {
    let level = l;
    while (merged.has(`${f}.${level}`)) level = merged.get(`${f}.${level}`);
    return level;
  };
  const levelOf = (p, f) => mergedLevel(f, p.levels[f]);
  let fitted;
  let columns;
  for (;;) {
    columns = SHAPE_FEATURES.flatMap((feature) =>
      Object.keys(weights[feature])
        .filter((level) => !merged.has(`${feature}.${level}`) && (!ONLY || ONLY.has(`${feature}.${level}`)))
        .map((level) => [feature, level]),
    );
    const start = [ONLY ? usedIntercept : 0, ...columns.map(([f, l]) => weights[f][l])];
    const held = (p) =>
      ONLY
        ? SHAPE_FEATURES.reduce((a, f) => a + (ONLY.has(`${f}.${p.levels[f]}`) ? 0 : (heldAt(f, p.levels[f]) ?? 0)), 0)
        : 0;
    const rows = pairs.map((p) => ({
      x: [1, ...columns.map(([f, l]) => (levelOf(p, f) === l ? 1 : 0))],
      y: p.right ? 1 : 0,
      offset: offsetOf(p) + held(p),
    }));
    fitted = logistic(rows, start, RIDGE, ONLY ? 1 : 0);
    const at = (f, l) => fitted[1 + columns.findIndex(([cf, cl]) => cf === f && cl === l)];
    // Ordered levels whose weight rises along their order are pooled (`orderedLevels.mjs`), in a conditional refit too.
    const columnAt = (f, l) => (columns.some(([cf, cl]) => cf === f && cl === l) ? at(f, l) : undefined);
    const rising = risingLevels(columnAt, merged);
    for (const [key, into] of rising) merged.set(key, into);
    if (ONLY) {
      if (rising.length === 0) break;
      continue;
    }
    const against = NOT_AGAINST.filter((key) => !merged.has(key)).filter((key) => {
      const [f, l] = key.split('.');
      return weights[f][l] !== undefined && at(f, l) < at(f, BASELINE[f]);
    });
    for (const key of against) merged.set(key, BASELINE[key.split('.')[0]]);
    if (against.length === 0 && rising.length === 0) break;
  }
  let intercept = fitted[0];
  if (ONLY)
    for (const f of SHAPE_FEATURES) {
      for (const l of Object.keys(weights[f])) if (!ONLY.has(`${f}.${l}`)) weights[f][l] = heldAt(f, l) ?? 0;
      // A level in use that these sets never show is held too, never dropped to 0 (adultWords.letters, trade45).
      for (const [l, w] of Object.entries(MODEL_PARAMETERS_IN_USE.weights[f] ?? {})) weights[f][l] ??= w;
    }
  columns.forEach(([f, l], i) => {
    weights[f][l] = fitted[i + 1];
  });
  // A conditional refit keeps the constraints: a level that may not count against the pupil is held at its baseline.
  const heldAtBaseline = ONLY
    ? NOT_AGAINST.filter((key) => {
        const [f, l] = key.split('.');
        return ONLY.has(key) && weights[f][l] < (weights[f][BASELINE[f]] ?? 0);
      })
    : [];
  for (const key of heldAtBaseline) {
    const [f, l] = key.split('.');
    weights[f][l] = weights[f][BASELINE[f]] ?? 0;
  }
  for (const key of merged.keys()) {
    const [f, l] = key.split('.');
    weights[f][l] = weights[f][mergedLevel(f, l)];
  }
  // Each feature's usual level (nothing to say: no middle name, no number…) is made weight 0 and
  // the rest measured from it, so that a finding shows only the evidence that moved it.
  for (const [feature, baseline] of Object.entries(BASELINE)) {
    const shift = weights[feature][baseline] ?? 0;
    intercept += shift;
    for (const level of Object.keys(weights[feature])) weights[feature][level] -= shift;
  }
  for (const feature of SHAPE_FEATURES)
    for (const level of Object.keys(weights[feature]))
      weights[feature][level] = Math.round(weights[feature][level] * 100) / 100;
  for (const [key, to] of Object.entries(TIED)) {
    const [f, l] = key.split('.');
    const [tf, tl] = to.split('.');
    if (counts[f]?.[l] === undefined) weights[f][l] = weights[tf][tl];
  }
  const accountsPerPupil = Number(geometric(FIT_SETS.map((_, i) => sets[i].rho)).toPrecision(3));
  const typicalPopulation = Math.round(geometric(sets.map((s) => s.pairs[0]?.prior?.population ?? 1)));
  const forenameOnlyShare = Number(
    (
      FIT_SETS.reduce((sum, _, i) => sum + sets[i].forenameOnly, 0) /
      Math.max(
        1,
        FIT_SETS.reduce((sum, _, i) => sum + sets[i].accounts, 0),
      )
    ).toPrecision(3),
  );
  log(`pupils' own accounts written as a forename alone: ${forenameOnlyShare}`);
  // What an EM's accounts per pupil counted on the pairs more than a forename alone joins would scale by: the share
  // of the pupils' accounts' posteriors those pairs carry, as the weights score them (calib38, measured, not in use;
  // the count above is scored lower by the weights).
  const forenameAloneShare = Number(
    (
      FIT_SETS.reduce((sum, _, i) => sum + sets[i].forenameAloneMass, 0) /
      Math.max(
        1e-9,
        FIT_SETS.reduce((sum, _, i) => sum + sets[i].pupilsMass, 0),
      )
    ).toPrecision(3),
  );
  log(`pupils' accounts' posteriors on pairs a forename alone joins: ${forenameAloneShare}`);
  const fittedOn = `the bench's ${FIT_SETS.map(([size, seed]) => `${size} ${seed}`).join(', ')} (${matches.length} true pairs, ${others.length} others)`;
  const parameters = ONLY
    ? {
        ...MODEL_PARAMETERS_IN_USE,
        // The earlier refits stay named: each holds what the one before it fitted.
        source: `${MODEL_PARAMETERS_IN_USE.source}${/; refitted alone/.test(MODEL_PARAMETERS_IN_USE.source) ? '; then' : '; refitted alone, the rest held:'} ${[...ONLY].join(', ')} on ${fittedOn}, generator ${GENERATOR_VERSION}`,
        weights,
        // The style of the surname's initial is held too, unless that level is refitted.
        styles: ONLY.has('sur.initial') ? styles : MODEL_PARAMETERS_IN_USE.styles,
      }
    : {
        source: `fitted by scripts/fit-model.mjs on ${fittedOn}; checked on ${SIZE} seed ${CHECK_SEED}`,
        intercept: Math.round(intercept * 100) / 100,
        accountsPerPupil,
        typicalPopulation,
        weights,
        typicalForename,
        typicalSurname,
        presentation,
        styles,
      };
  const file = path.join(root, 'src/match/data/modelParameters.ts');
  // A conditional refit merges nothing itself: the levels merged are those of the fit in use.
  const mergedText = ONLY
    ? [
        ...new Set([
          ...(/merged into the baseline here: (.*?)\.\n/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'none')
            .split(', ')
            .filter((k) => k !== 'none'),
          ...heldAtBaseline,
        ]),
      ].join(', ') || 'none'
    : [...merged]
        .filter(([k]) => NOT_AGAINST.includes(k))
        .map(([k]) => k)
        .join(', ') || 'none';
  // Ordered levels pooled by this fit (a conditional refit's own, or the whole fit's).
  const pooledText =
    [
      ...new Set([
        ...(ONLY ? (/pooled here: (.*?)\.\n/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'none').split(', ') : []),
        ...[...merged].filter(([k]) => !NOT_AGAINST.includes(k)).map(([k, into]) => `${k} with ${into}`),
      ]),
    ]
      .filter((k) => k !== 'none')
      .join(', ') || 'none';
  // The refits named in the file's header before this one (`sur.initial (generator 27), then …`), kept.
  const refitsBefore = ONLY
    ? (/Refitted alone, every other parameter held as in use: ([\s\S]*?)\.\n \* Pairs/
        .exec(readFileSync(file, 'utf8'))?.[1]
        ?.replace(/\n \* /g, ' ')
        .replace(/;? the pairs below are (?:that|this) refit's\)?/, ')')
        .concat(`, then (generator ${GENERATOR_VERSION}; the pairs below are this refit's) `) ?? '')
    : '';
  if (write)
    writeFileSync(
      file,
      `import type { ModelParameters } from '../matchModel.js';\n\n` +
        `/**\n * The match model's parameters: the shape features' log2(m/u), the intercept, the m of platform and age\n * (how pupils present; u comes from each audit's lists) and the typical name shares. Written by\n * \`npm run fit\` (scripts/fit-model.mjs): do not edit by hand, refit.\n` +
        ` * Constrained, not free: ${NOT_AGAINST.join(', ')} may not weigh against the pupil (a handle that repeats the\n * name repeats the evidence; how often the bench's adults carry one is the generator's choice,\n * not a fact about accounts); merged into the baseline here: ${mergedText}.\n` +
        ` * Ordered, never rising along: ${Object.entries(ORDERED)
          .map(([f, levels]) => `${f} ${levels.join(' < ')}`)
          .join(', ')}; pooled here: ${pooledText}.\n` +
        ` * Never seen in the fit sets, weighed as the level named: ${Object.entries(TIED)
          .map(([k, v]) => `${k} as ${v}`)
          .join(', ')}.\n` +
        (ONLY
          ? ` * Refitted alone, every other parameter held as in use: ${refitsBefore}${[...ONLY].join(', ')}.\n`
          : '') +
        ` * Pairs counted per level (true, other): ${JSON.stringify(counts)}\n */\n` +
        `export const MODEL_PARAMETERS: ModelParameters = ${JSON.stringify(parameters, null, 2)};\n`,
    );
  const inUse = MODEL_PARAMETERS_IN_USE;
  log(
    `${write ? 'wrote' : 'refit (not written; `npm run fit -- --write` writes it to'} ${path.relative(root, file)}${write ? '' : ')'}: intercept ${parameters.intercept} (in use ${inUse.intercept}), accounts per pupil ${parameters.accountsPerPupil} (${inUse.accountsPerPupil}), typical shares ${parameters.typicalForename} / ${parameters.typicalSurname} (${inUse.typicalForename} / ${inUse.typicalSurname})`,
  );
  log(
    '  each level: refit (in use) [true pairs / other pairs the fit saw at it; ! where either is under 5, with log2(m/u) from the counts and half a pair each (Jeffreys)]',
  );
  // What the counts alone say of a thin level: m and u as Beta(½, ½) posterior means, without the joint fit.
  const jeffreys = (t, o) => Math.log2((t + 0.5) / (matches.length + 1) / ((o + 0.5) / (others.length + 1))).toFixed(1);
  const signed = (w) => (w === undefined ? '–' : `${w > 0 ? '+' : ''}${w}`);
  for (const feature of SHAPE_FEATURES)
    log(
      `  ${feature.padEnd(12)} ${Object.entries(weights[feature])
        .map(([l, w]) => {
          const [t, o] = counts[feature][l] ?? [0, 0];
          const thin = t + o === 0 ? '!' : Math.min(t, o) < THIN ? `! ${jeffreys(t, o)}` : '';
          return `${l} ${signed(w)} (${signed(inUse.weights[feature]?.[l])}) [${t}/${o}${thin}]`;
        })
        .join(', ')}`,
    );
  // Levels the engine can read that the fit never saw: they weigh nothing, or as the level `TIED` names.
  for (const [feature, levels] of Object.entries(LEVEL_CODE))
    for (const level of Object.keys(levels ?? {}))
      if (SHAPE_FEATURES.includes(feature) && counts[feature]?.[level] === undefined)
        log(
          `  ${feature}.${level}: never seen in the fit sets, ${TIED[`${feature}.${level}`] ? `weighs as ${TIED[`${feature}.${level}`]}` : 'weighs 0'}`,
        );
  log(
    `  styles       sur.initial: ${initials.written} of ${initials.accounts} accounts written as a forename and one letter (share ${styles['sur.initial'].benchShare}); ${styledOthers.filter((p) => p.styled).length} of ${styledOthers.length} other pairs at the level so written (${styles['sur.initial'].ofOthers})`,
  );
  const yearCounts = sets.reduce(
    (a, s) => ({ accounts: a.accounts + s.yearDigits.accounts, carrying: a.carrying + s.yearDigits.carrying }),
    { accounts: 0, carrying: 0 },
  );
  log(
    `  not weighed  ${yearDigitsLine(
      yearCounts,
      sets.flatMap((s) => s.pairs),
    )}`,
  );
  log(`  m platform   ${JSON.stringify(parameters.presentation.platform)}`);
  log(`  m age        ${JSON.stringify(parameters.presentation.age)}`);
} else {
  const {
    pairs,
    report,
    truth,
    rows,
    rho,
    accounts,
    forenameOnly,
    pupilsMass,
    forenameAloneMass,
    yearDigits: yearCounts,
  } = await labelledPairs(CHECK_SEED, SIZE, {
    adultInitials: ADULT_INITIALS,
    adultYearDigits: ADULT_YEAR_DIGITS,
    namesakes: NAMESAKES,
  });
  log(
    `check on seed ${CHECK_SEED}${ADULT_INITIALS === undefined ? '' : ` (adults written with an initial: ${ADULT_INITIALS})`}${ADULT_YEAR_DIGITS === undefined ? '' : ` (adults with a roll's birth year in the handle: ${ADULT_YEAR_DIGITS})`}${NAMESAKES === undefined ? '' : ` (adults bearing a pupil's name: ${NAMESAKES})`} (${rows.toLocaleString('en-GB')} connections): accounts per pupil ${rho.toFixed(3)} (${(forenameOnly / Math.max(1, accounts)).toFixed(3)} of them a forename alone; ${(forenameAloneMass / Math.max(1e-9, pupilsMass)).toFixed(3)} of their posteriors), EM's estimate ${pairs[0]?.prior?.accountsPerPupil.toFixed(3)}; calibration of candidate pairs`,
  );
  log(`  ${yearDigitsLine(yearCounts, pairs)}`);
  // How pupils present on the check's lists: their own accounts' tally, the fitted m, and the EM's estimate from the lists.
  const own = pairs.filter((p) => p.right);
  const estimate = pairs.find((p) => p.prior?.presentation)?.prior.presentation;
  const rounded = (o) => JSON.stringify(o, (_, v) => (typeof v === 'number' ? Number(v.toFixed(3)) : v));
  const learnt = (p) => p.levels.platform !== 'other' && p.levels.underPlatform !== 'yes';
  log(`  m platform: pupils' own ${rounded(share(own.filter(learnt), (p) => p.levels.platform))}`);
  log(`              fitted ${rounded(MODEL_PARAMETERS.presentation.platform)}, EM's ${rounded(estimate?.platform)}`);
  for (const stage of ['young', 'older']) {
    const dated = own.filter((p) => p.levels.stage === stage && p.levels.age !== 'under4');
    log(`  m age (${stage}): pupils' own ${rounded(share(dated, (p) => p.levels.age))}`);
    log(
      `              fitted ${rounded(MODEL_PARAMETERS.presentation.age[stage])}, EM's ${rounded(estimate?.age[stage])}`,
    );
  }
  // The flag's bands apart (issue 14: is 0.99 calibrated?), as `scripts/bench/calibration.js` prints them.
  const bins = [0, 0.02, 0.1, 0.5, 0.9, 0.95, 0.99, 0.995, 0.999, 1.0001];
  for (let i = 0; i + 1 < bins.length; i++) {
    const inBin = pairs.filter((p) => p.score >= bins[i] && p.score < bins[i + 1]);
    const right = inBin.filter((p) => p.right).length;
    const mean = inBin.reduce((a, p) => a + p.score, 0) / Math.max(1, inBin.length);
    log(
      `  P in [${bins[i]}, ${Math.min(1, bins[i + 1])}): ${String(inBin.length).padStart(5)} pairs, mean P ${mean.toFixed(3)}, right ${inBin.length ? (right / inBin.length).toFixed(3) : '–'}`,
    );
  }
  const pupilRows = Object.entries(truth).filter(([, l]) => !l.trap);
  {
    const flagAt = FLAG_AT;
    for (const reviewAt of [0.005, 0.01, 0.02, 0.05, 0.1, 0.2]) {
      let flags = 0;
      let rightFlags = 0;
      let falseReviews = 0;
      const byLine = new Map();
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
        // The policy's level, not the score shown: a score rounded to 0.99 (0.98996) is a review.
        if (f.level === 'flag') {
          flags++;
          if (right) rightFlags++;
        } else if (
          f.score >= reviewAt &&
          !right &&
          !(l && !l.trap && (f.otherCandidates ?? []).some((c) => c.pupil.id === l.pupil))
        )
          falseReviews++;
      }
      log(
        `  FLAG ≥ ${flagAt}, REVIEW ≥ ${reviewAt}: ${flags} flags, precision ${(rightFlags / Math.max(1, flags)).toFixed(4)}; pupils found ${((100 * found) / pupilRows.length).toFixed(1)}%; false reviews ${falseReviews} (${((1000 * falseReviews) / rows).toFixed(2)} per 1,000)`,
      );
    }
  }
}
