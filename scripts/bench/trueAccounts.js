/**
 * The accounts per pupil a bench audit's EM should find, beside what it found: the pupils' own accounts
 * among the candidates (counted on the bench's truth) over the pupils in scope, as `npm run fit` counts it
 * on its sets, and the share of them written as a forename alone (`maryam2013`), with the EM's estimate.
 * Run after `npm run build`; a trust audited whole (one estimate), not placed in schools.
 *
 *   node scripts/bench/trueAccounts.js bench-data/trust
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_DATE } from './generate.js';

const dir = process.argv[2] ?? 'bench-data/secondary';
const { runAudit } = await import('../../dist/audit/runAudit.js');
const { loadAuditFolder } = await import('../../dist/io/loadAuditFolder.js');
const { nodeFileSystem } = await import('../../dist/io/FileSystem.js');
const { pupilScope } = await import('../../dist/policy/pupilScope.js');
const { truth, inScope } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const accounts = new Set();
const forenameOnly = new Set();
let estimate;
await runAudit(await loadAuditFolder(nodeFileSystem, { folder: dir }), {
  auditDate: AUDIT_DATE,
  onCandidates(connection, candidates) {
    const label = truth[connection.source.line];
    for (const c of candidates) {
      estimate ??= c.prior?.accountsPerPupil;
      if (!pupilScope(c.pupil, AUDIT_DATE).inScope || !label || label.trap || label.pupil !== c.pupil.id) continue;
      const account = `${connection.platform}|${connection.username || connection.profileUrl || connection.displayName}`;
      accounts.add(account);
      if (c.levels.fore === 'none') forenameOnly.add(account);
    }
  },
});
const pupils = typeof inScope === 'number' ? inScope : inScope.length;
process.stdout.write(
  `${dir}: accounts per pupil ${(accounts.size / pupils).toFixed(4)} (${accounts.size} of ${pupils} pupils; ${(forenameOnly.size / Math.max(1, accounts.size)).toFixed(3)} a forename alone); EM's estimate ${estimate?.toFixed(4)}\n`,
);
