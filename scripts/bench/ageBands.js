/**
 * What the EM's m of the age when connected rests on, per stage (the pupil's now: young or older): the
 * candidate pairs at each (stage, age band), beyond doubt or in doubt (as the EM counts them: CERTAIN_BITS on
 * the log-odds without the platform, age and staff-lists terms, read back from the contributions), in scope or
 * not, by the bench's truth (`own:` the row's own pupil, `other:` another pupil's row, or the trap's kind), with
 * their summed probabilities; and the m the audit estimated per stage. Shows which accounts lift an m
 * (former33: adults bearing a pupil's name lifted m(older, 4–7)).
 *
 *   node scripts/bench/ageBands.js bench-data/secondary [older/age4to7 | all] [--min P]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE } from './generate.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const [dir, want = 'all'] = args;
const minAt = args.indexOf('--min');
const least = minAt >= 0 ? Number(args[minAt + 1]) : 0.3;

const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const { runAudit } = await import(path.join(dist, 'audit/runAudit.js'));
const { loadAuditFolder } = await import(path.join(dist, 'io/loadAuditFolder.js'));
const { nodeFileSystem } = await import(path.join(dist, 'io/FileSystem.js'));
const { pupilScope } = await import(path.join(dist, 'policy/pupilScope.js'));
const { CERTAIN_BITS } = await import(path.join(dist, 'match/estimatePresentation.js'));

/** The terms the EM learns or leaves out of a pair's certainty. */
const LEARNT = new Set(['PLATFORM', 'CONNECTED_AT_PUPIL_AGE', 'STAFF_LISTS']);
const tally = new Map();
const estimates = new Map();
const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
await runAudit(inputs, {
  auditDate: AUDIT_DATE,
  onCandidates(connection, candidates) {
    for (const c of candidates) {
      if (!c.prior) continue;
      const estimate = JSON.stringify(c.prior.presentation.age);
      estimates.set(estimate, (estimates.get(estimate) ?? 0) + 1);
      const band = `${c.levels.stage}/${c.levels.age}`;
      if (want !== 'all' && band !== want) continue;
      const base =
        c.prior.bits + c.contributions.filter((t) => !LEARNT.has(t.code)).reduce((sum, t) => sum + t.weight, 0);
      const label = truth[connection.source.line];
      const kind = !label
        ? 'background'
        : label.trap
          ? label.kind
          : label.pupil === c.pupil.id
            ? `own:${label.kind}`
            : `other:${label.kind}`;
      const scope = pupilScope(c.pupil, AUDIT_DATE).inScope ? 'in' : 'out';
      const key = `${band} ${base >= CERTAIN_BITS ? 'certain' : 'doubt'} ${scope} ${kind}`;
      const t = tally.get(key) ?? { pairs: 0, p: 0 };
      t.pairs++;
      t.p += c.score;
      tally.set(key, t);
    }
  },
});
const rounded = (shares) => Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, Number(v.toFixed(3))]));
for (const [estimate, pairs] of [...estimates].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
  process.stdout.write(`m of the age when connected (${pairs} candidates weighed by it):\n`);
  for (const [stage, shares] of Object.entries(JSON.parse(estimate)))
    process.stdout.write(`  ${stage.padEnd(7)} ${JSON.stringify(rounded(shares))}\n`);
}
process.stdout.write('\nstage/band certainty scope kind: pairs, summed P\n');
for (const [key, t] of [...tally].sort((a, b) => b[1].p - a[1].p))
  if (t.p >= least) process.stdout.write(`  ${key.padEnd(72)} ${String(t.pairs).padStart(5)} ${t.p.toFixed(1)}\n`);
