/**
 * node scripts/fit-namesakes.mjs [--check] [FOLDER]   (after `npm run build`)
 *
 * Fits `pupilsNamesakes` (src/match/data/modelParameters.ts): how many accounts bear a pupil's exact
 * whole name beyond what the name's shares and the lists' count of it predict, in typical names'
 * expected counts. It bounds what a rare whole name weighs, where adults bear pupils' names densely.
 *
 * FOLDER (default bench-data/trust-schools) is a labelled bench audit with its truth.json, made by
 *   npm run bench -- --size trust --namesakes 0.04 --own-school 0.92 --scoped --runs 1 [--seed N]
 * (the bench's trust shaped like the held-out trusts). The audit is run here with the term off; each
 * candidate pair keeps its posterior and its whole name's frequency bits b, and for each value λ its
 * log-odds move by −log2(2^−b + λ) − b (pairs taken one by one, as the weights' fit takes them). The
 * value of greatest likelihood is written; `--check` (on another bench seed) writes nothing and
 * prints each value's likelihood and calibration, the written one marked.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE } from './bench/generate.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const check = args.includes('--check');
const folder = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'bench-data', 'trust-schools'));
const GRID = [0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1];
const FLAG_AT = 0.99;
const log = (line = '') => process.stdout.write(`${line}\n`);

const { runAudit } = await import('../dist/audit/runAudit.js');
const { loadAuditFolder } = await import('../dist/io/loadAuditFolder.js');
const { nodeFileSystem } = await import('../dist/io/FileSystem.js');
const { MODEL_PARAMETERS } = await import('../dist/match/data/modelParameters.js');
const { pupilScope } = await import('../dist/policy/pupilScope.js');

if (!existsSync(path.join(folder, 'truth.json'))) throw new Error(`${folder}: no truth.json (run the bench first)`);
const { truth } = JSON.parse(readFileSync(path.join(folder, 'truth.json'), 'utf8'));
const written = MODEL_PARAMETERS.pupilsNamesakes ?? 0;
// The term off: each pair's frequency bits as the shares and counts alone give them.
MODEL_PARAMETERS.pupilsNamesakes = 0;

/** Per candidate pair: posterior (bounded off 0 and 1), whether it is the row's pupil, whole-name frequency bits (or null). */
const pairs = [];
const inputs = await loadAuditFolder(nodeFileSystem, { folder });
await runAudit(inputs, {
  auditDate: AUDIT_DATE,
  onCandidates(connection, candidates) {
    const label = truth[connection.source.line];
    for (const c of candidates) {
      if (!pupilScope(c.pupil, AUDIT_DATE).inScope) continue;
      const right = Boolean(label && !label.trap && !label.otherSchool && label.pupil === c.pupil.id);
      if (!right && (label?.also ?? []).includes(c.pupil.id)) continue;
      const frequency = c.contributions.find((t) => t.code === 'NAME_FREQUENCY' && t.args?.part === 'name');
      const p = Math.min(1 - 1e-6, Math.max(1e-6, c.score));
      pairs.push({ z: Math.log2(p / (1 - p)), right, bits: frequency ? frequency.weight : null });
    }
  },
});

/** Log-likelihood (nats) and calibration of the pairs with the term at `lambda`. */
function measure(lambda) {
  let ll = 0;
  const bins = { doubt: [0, 0, 0], flag: [0, 0, 0] };
  for (const { z, right, bits } of pairs) {
    const moved = bits === null || lambda === 0 ? z : z - Math.log2(2 ** -bits + lambda) - bits;
    const p = 1 / (1 + 2 ** -moved);
    ll += Math.log(right ? p : 1 - p);
    const bin = p >= FLAG_AT ? bins.flag : p >= 0.9 ? bins.doubt : undefined;
    if (bin) {
      bin[0]++;
      bin[1] += right ? 1 : 0;
      bin[2] += p;
    }
  }
  return { ll, bins };
}

const rows = GRID.map((lambda) => ({ lambda, ...measure(lambda) }));
const best = rows.reduce((a, b) => (b.ll > a.ll ? b : a));
const f = (bin) =>
  bin[0] === 0 ? '–' : `${bin[0]} pairs, right ${(bin[1] / bin[0]).toFixed(4)}, mean P ${(bin[2] / bin[0]).toFixed(4)}`;
log(`${path.relative(root, folder)}: ${pairs.length.toLocaleString('en-GB')} candidate pairs`);
for (const r of rows)
  log(
    `  λ ${String(r.lambda).padEnd(5)} log-likelihood ${r.ll.toFixed(1).padStart(9)}; P ≥ 0.99: ${f(r.bins.flag)}; 0.9–0.99: ${f(r.bins.doubt)}${r === best ? '  ← greatest' : ''}${check && r.lambda === written ? '  ← written' : ''}`,
  );
if (!check) {
  const file = path.join(root, 'src/match/data/modelParameters.ts');
  const text = readFileSync(file, 'utf8');
  const line = `  pupilsNamesakes: ${best.lambda},\n`;
  const next = /^ {2}pupilsNamesakes: .*\n/m.test(text)
    ? text.replace(/^ {2}pupilsNamesakes: .*\n/m, line)
    : text.replace(/^( {2}presentation: \{)/m, `${line}$1`);
  writeFileSync(file, next);
  log(`wrote pupilsNamesakes ${best.lambda} to ${path.relative(root, file)}`);
}
