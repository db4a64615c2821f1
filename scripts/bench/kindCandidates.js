/**
 * Every candidate the engine weighed on a bench kind's rows, reported or not: for each row of the kind,
 * the account and each pupil it may be (in scope or not, the planted pupil marked `*`), their
 * probability, the levels that decided it and what the report made of the row. Shows why a kind's rows
 * are (or are not) reported, where the report shows only what reached REVIEW.
 *
 *   node scripts/bench/kindCandidates.js bench-data/secondary former_adult_written [--reported] [--terms] [--limit N]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE } from './generate.js';

const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))));
const dist = path.join(root, 'dist');
const args = process.argv.slice(2);
const [dir, kind] = args;
const reportedOnly = args.includes('--reported');
const withTerms = args.includes('--terms');
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : 40;

const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const { runAudit } = await import(path.join(dist, 'audit/runAudit.js'));
const { loadAuditFolder } = await import(path.join(dist, 'io/loadAuditFolder.js'));
const { nodeFileSystem } = await import(path.join(dist, 'io/FileSystem.js'));
const { pupilScope } = await import(path.join(dist, 'policy/pupilScope.js'));

const seen = new Map();
const inputs = await loadAuditFolder(nodeFileSystem, { folder: dir });
const report = await runAudit(inputs, {
  auditDate: AUDIT_DATE,
  onCandidates(connection, candidates) {
    const label = truth[connection.source.line];
    if (label?.kind === kind) seen.set(connection.source.line, { connection, candidates, label });
  },
});
const byLine = new Map(report.findings.map((f) => [Number(f.connection.source.split(':').pop()), f]));
const levelsShown = ['fore', 'sur', 'digits', 'age', 'names', 'unexplained', 'sameName', 'platform'];
let shown = 0;
const counts = { rows: 0, weighed: 0, reported: 0 };
for (const label of Object.values(truth)) if (label.kind === kind) counts.rows++;
for (const [line, { connection, candidates, label }] of seen) {
  counts.weighed++;
  const finding = byLine.get(Number(line));
  if (finding) counts.reported++;
  if (reportedOnly && !finding) continue;
  if (shown++ >= limit) continue;
  const c = connection;
  process.stdout.write(
    `\n${line} ${label.disguise ?? ''} "${c.displayName ?? ''}" @${c.username ?? ''} ${c.platform} ${c.connectedOn ?? 'undated'} → ${finding ? `${finding.level} ${finding.pupil.name}` : 'none'}\n`,
  );
  for (const cand of candidates) {
    const p = cand.pupil;
    const scope = pupilScope(p, AUDIT_DATE);
    const mark = p.id === label.pupil ? '*' : ' ';
    const levels = levelsShown.map((k) => `${k}=${cand.levels[k]}`).join(' ');
    process.stdout.write(
      `  ${mark} ${cand.score.toFixed(3)} ${scope.inScope ? 'IN ' : 'out'} ${p.legalForename} ${p.legalSurname} ${p.dob ?? '?'}: ${levels}\n`,
    );
    if (withTerms)
      process.stdout.write(
        `        prior ${cand.prior?.bits?.toFixed(2)}; ${cand.contributions.map((x) => `${x.code} ${x.weight}`).join('; ')}\n`,
      );
  }
}
process.stdout.write(
  `\n${kind}: ${counts.rows} rows, ${counts.weighed} with candidates, ${counts.reported} reported\n`,
);
