/**
 * Is the posterior calibrated where it says 0.99–0.999? Realised precision by posterior band on labelled bench
 * audits: every candidate pair the engine weighs (right when its pupil is the one the row was written for, or one
 * the truth says shares the account), and the findings at FLAG by the same bands, with the pairs' wrong ones by kind
 * and the bands ≥ 0.99 split by how many other accounts on the lists bear the whole name (`sameName`).
 *
 *   node scripts/bench/calibration.js [--trust-wide] DIR ...                  audits made by the bench or the fit
 *   node scripts/bench/calibration.js --make ROOT [--namesakes S [--namesakes-by-frequency]] SET ...   generates SET (size:seed, e.g.
 *        secondary:103, or trust-scoped: the bench trust in bench-data/trust placed in 30 schools) under ROOT first
 *
 * Each DIR holds a generated audit folder with its truth.json. The audit runs in this process (npm run build first).
 * Then, from the truth alone, the roll's whole names by quartile of the count their parts predict on the lists: the
 * adults' and the pupils' own accounts bearing each, and the shares borne at all and by two or more (`rollNameQuartiles`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE, GENERATOR_VERSION, generate, SIZES } from './generate.js';
import { placeInSchools } from './trustSchools.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));

/** Band edges: the flag's 0.99 cut finely, the review range coarsely. */
export const BANDS = [0.02, 0.1, 0.5, 0.9, 0.95, 0.99, 0.995, 0.999, 1.0001];

/** A pair's kind when it is wrong: the truth's kind of the row (`background`: an unlabelled adult's row). */
function kindOf(label) {
  if (!label) return 'background';
  return label.trap ? label.kind : `${label.kind} (another pupil)`;
}

/**
 * Tallies pairs `{ score, right, kind, sameName }` into BANDS: n, right, the sum of the scores (what the model
 * expects to be right) and the wrong pairs' kinds. Pairs under the first edge are left out.
 */
export function tallyBands(pairs, bands = BANDS) {
  const rows = [];
  for (let i = 0; i + 1 < bands.length; i++) {
    const inBand = pairs.filter((p) => p.score >= bands[i] && p.score < bands[i + 1]);
    const kinds = new Map();
    const sameName = new Map();
    let right = 0;
    let expected = 0;
    for (const p of inBand) {
      expected += p.score;
      if (p.right) right++;
      else kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
      const s = sameName.get(p.sameName) ?? { n: 0, right: 0, expected: 0 };
      s.n++;
      s.expected += p.score;
      if (p.right) s.right++;
      sameName.set(p.sameName, s);
    }
    rows.push({ from: bands[i], to: Math.min(1, bands[i + 1]), n: inBand.length, right, expected, kinds, sameName });
  }
  return rows;
}

/** The printed lines of a tally: per band, pairs, mean P against the share right, wrong and expected wrong. */
export function bandLines(rows, detail = true) {
  const lines = [];
  for (const r of rows) {
    if (r.n === 0) continue;
    const wrong = r.n - r.right;
    lines.push(
      `  [${r.from}, ${r.to}): ${String(r.n).padStart(6)} pairs, mean P ${(r.expected / r.n).toFixed(4)}, right ${(r.right / r.n).toFixed(4)}; wrong ${wrong}, expected ${(r.n - r.expected).toFixed(1)}`,
    );
    if (!detail || r.from < 0.99) continue;
    const by = [...r.sameName].sort(([a], [b]) => String(a).localeCompare(String(b)));
    lines.push(
      `      by other accounts bearing the whole name: ${by.map(([k, s]) => `${k ?? 'not counted'} ${s.right}/${s.n} right (expected ${(s.n - s.expected).toFixed(1)} wrong)`).join('; ')}`,
    );
    if (wrong > 0)
      lines.push(
        `      wrong: ${[...r.kinds]
          .sort((a, b) => b[1] - a[1])
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
      );
  }
  return lines;
}

/**
 * Audits a labelled folder in this process: its candidate pairs and its findings at FLAG, each labelled.
 * `pick(candidate)`: what more to keep of a pair (undefined: left out of `picked`, which holds the rest with score, right and kind).
 */
export async function labelledAudit(dir, trustWide = false, pick = undefined) {
  const { runAudit } = await import('../../dist/audit/runAudit.js');
  const { loadAuditFolder } = await import('../../dist/io/loadAuditFolder.js');
  const { nodeFileSystem } = await import('../../dist/io/FileSystem.js');
  const { pupilScope } = await import('../../dist/policy/pupilScope.js');
  const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const isRight = (label, id) =>
    label !== undefined && !label.trap && (label.pupil === id || (label.also ?? []).includes(id));
  const pairs = [];
  const picked = [];
  const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
  const report = await runAudit(inputs, {
    auditDate: AUDIT_DATE,
    trustWide,
    onCandidates(connection, candidates) {
      const label = truth[connection.source.line];
      for (const c of candidates) {
        if (c.score < BANDS[0]) continue;
        // People out of scope (former pupils now adults) are matched only to share an account: never a pair.
        if (!pupilScope(c.pupil, AUDIT_DATE).inScope) continue;
        pairs.push({
          score: c.score,
          right: isRight(label, c.pupil.id),
          kind: kindOf(label),
          sameName: c.levels.sameName,
        });
        const more = pick?.(c);
        if (more) picked.push({ score: c.score, right: isRight(label, c.pupil.id), kind: kindOf(label), ...more });
      }
    },
  });
  const flags = report.findings
    .filter((f) => f.level === 'flag')
    .map((f) => {
      const label = truth[Number(f.connection.source.split(':').pop())];
      return { score: f.score, right: isRight(label, f.pupil.id), kind: kindOf(label), sameName: undefined };
    });
  return { pairs, flags, picked };
}

/** The accounts of a connections file, once each (platform and handle, else the display name), with their rows' lines. */
function accountsOf(dir) {
  const lines = readFileSync(path.join(dir, 'connections.csv'), 'utf8').split('\n');
  const header = lines[0].split(',');
  const at = (name) => header.indexOf(name);
  const seen = new Set();
  const out = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    // The bench writes no quoted commas in these columns' names beyond a surname-first display name, which is left out below.
    const f = lines[i].split(',');
    const key = `${f[at('platform')]}|${f[at('username')] || f[at('profile_url')] || f[at('display_name')]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ line: i + 1, displayName: f[at('display_name')] ?? '' });
  }
  return out;
}

/**
 * The roll's legal whole names by quartile of the accounts their parts predict on the lists (forename count ×
 * surname count / accounts, display names of two words): per name, the accounts bearing it exactly that are adults'
 * (unlabelled or traps) and the pupils' own, the share borne at all, by two or more, and by two or more of the pupil's own.
 */
export function rollNameQuartiles(dir) {
  const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const fore = new Map();
  const sur = new Map();
  const whole = new Map();
  const add = (map, key, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
  let total = 0;
  for (const { line, displayName } of accountsOf(dir)) {
    const words = displayName.trim().toLowerCase().split(/\s+/);
    if (words.length !== 2) continue;
    const [f, s] = words;
    total++;
    add(fore, f);
    add(sur, s);
    const label = truth[line];
    const entry = whole.get(`${f} ${s}`) ?? { adults: 0, own: 0 };
    if (!label || label.trap) entry.adults++;
    else entry.own++;
    whole.set(`${f} ${s}`, entry);
  }
  const roll = readFileSync(path.join(dir, 'roll.csv'), 'utf8').trimEnd().split('\n');
  const header = roll[0].split(',');
  const names = roll.slice(1).map((row) => {
    const cells = row.split(',');
    const f = cells[header.indexOf('Legal Forename')].toLowerCase();
    const s = cells[header.indexOf('Legal Surname')].toLowerCase();
    const e = whole.get(`${f} ${s}`) ?? { adults: 0, own: 0 };
    return { predicted: ((fore.get(f) ?? 0) * (sur.get(s) ?? 0)) / Math.max(1, total), ...e };
  });
  names.sort((a, b) => a.predicted - b.predicted);
  const quartiles = [];
  for (let q = 0; q < 4; q++) {
    const part = names.slice(Math.floor((q * names.length) / 4), Math.floor(((q + 1) * names.length) / 4));
    const mean = (f) => part.reduce((sum, n) => sum + f(n), 0) / Math.max(1, part.length);
    quartiles.push({
      names: part.length,
      predicted: mean((n) => n.predicted),
      adults: mean((n) => n.adults),
      own: mean((n) => n.own),
      borne: mean((n) => (n.adults + n.own > 0 ? 1 : 0)),
      twoOrMore: mean((n) => (n.adults + n.own > 1 ? 1 : 0)),
      ownTwoOrMore: mean((n) => (n.own > 1 ? 1 : 0)),
    });
  }
  return quartiles;
}

/** `size:seed` (or `trust-scoped`) made under `into`, unless already made by this generator; returns the audit folder. */
async function make(set, into, namesakes, byFrequency) {
  const suffix = namesakes ? `-namesakes-${namesakes}${byFrequency ? '-by-frequency' : ''}` : '';
  if (set === 'trust-scoped') {
    const trustDir = path.join(root, 'bench-data', 'trust');
    const out = path.join(into, `trust-schools${suffix}`);
    if (!existsSync(path.join(out, 'truth.json'))) {
      mkdirSync(out, { recursive: true });
      placeInSchools(trustDir, out, SIZES.trust.schools, 20261124);
    }
    return out;
  }
  const [size, seedText] = set.split(':');
  const seed = Number(seedText);
  const dir = path.join(into, `${size}-${seed}${suffix}`);
  const stamp = JSON.stringify({ GENERATOR_VERSION, seed, namesakes: namesakes ?? 0, byFrequency });
  const stampFile = path.join(dir, 'stamp.json');
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    process.stderr.write(`generating ${size} school, seed ${seed}${suffix} in ${dir} …\n`);
    writeFileSync(
      path.join(dir, 'truth.json'),
      JSON.stringify(await generate(size, dir, seed, { namesakes, namesakesByFrequency: byFrequency })),
    );
    writeFileSync(stampFile, stamp);
  }
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const trustWide = args.includes('--trust-wide');
  const at = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const into = at('--make');
  const namesakes = at('--namesakes') === undefined ? undefined : Number(at('--namesakes'));
  const named = args.filter((a, i) => !a.startsWith('--') && !['--make', '--namesakes'].includes(args[i - 1]));
  const byFrequency = args.includes('--namesakes-by-frequency');
  const dirs = [];
  for (const set of named) dirs.push(into ? await make(set, into, namesakes, byFrequency) : set);
  const all = { pairs: [], flags: [] };
  for (const dir of dirs) {
    const { pairs, flags } = await labelledAudit(dir, trustWide);
    all.pairs.push(...pairs);
    all.flags.push(...flags);
    process.stdout.write(`${path.basename(dir)}${trustWide ? ' --trust-wide' : ''}: candidate pairs by posterior\n`);
    process.stdout.write(`${bandLines(tallyBands(pairs)).join('\n')}\n`);
    process.stdout.write(
      `  findings at FLAG by score\n${bandLines(tallyBands(flags, BANDS.slice(5)), false).join('\n')}\n`,
    );
    process.stdout.write(
      '  roll names by quartile of the count their parts predict (per name: accounts bearing it exactly)\n',
    );
    for (const [q, r] of rollNameQuartiles(dir).entries())
      process.stdout.write(
        `  Q${q + 1}: predicted ${r.predicted.toFixed(4)}; adults ${r.adults.toFixed(3)}, pupil's own ${r.own.toFixed(3)}; borne ${r.borne.toFixed(3)}, by 2+ ${r.twoOrMore.toFixed(3)} (2+ of the pupil's own ${r.ownTwoOrMore.toFixed(3)})\n`,
      );
  }
  if (dirs.length > 1) {
    process.stdout.write(`pooled over ${dirs.length} audits: candidate pairs by posterior\n`);
    process.stdout.write(`${bandLines(tallyBands(all.pairs)).join('\n')}\n`);
    process.stdout.write(
      `  findings at FLAG by score\n${bandLines(tallyBands(all.flags, BANDS.slice(5)), false).join('\n')}\n`,
    );
  }
}
