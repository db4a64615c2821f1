/**
 * Near spellings and short forms among a JSON report's reviews, sized by what the spelling is and by how many
 * accounts on the audit's own lists carry it (#14, fr46). Reads the audit folder's lists with the tool's own readers
 * (no truth file, so it runs on the held-out evaluations' spent seeds), counts each forename and surname word as the
 * lists tally display names (`tallyKeys`, once per account), and puts each near-spelling or short-form review in a
 * class: its kind (a one-letter slip that is a given name of its own or not, sounds alike, another spelling, a short
 * form of its own…) and the accounts bearing the account's spelling against those bearing the pupil's own.
 *
 *   node scripts/bench/spellingCounts.js REPORT.json AUDIT_FOLDER [--json CLASSES.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeFileSystem } from '../../dist/io/FileSystem.js';
import { loadAuditFolder } from '../../dist/io/loadAuditFolder.js';
import { accountFingerprint } from '../../dist/match/accountFingerprint.js';
import { sharedNicknameBook } from '../../dist/match/nicknames.js';
import { plainWords } from '../../dist/match/plainWords.js';
import { tallyKeys } from '../../dist/match/tallyKeys.js';
import { readConnectionBatches } from '../../dist/read/connections/readConnectionSources.js';
import { familyOfReview } from './reviewEvidence.js';

const FORE_KINDS = [
  'FORENAME_TYPO',
  'SOUNDS_LIKE',
  'NAME_VARIANT',
  'NICKNAME',
  'SHARED_FORM',
  'FULL_FORM_OF_NAME',
  'PET_FORM',
];
const SUR_KINDS = ['SURNAME_TYPO', 'SURNAME_SPELLING', 'PARTIAL_SURNAME'];

/** Accounts per forename and per surname word on the folder's lists, each account once (as `NameTerms` counts them). */
export async function listCounts(folder) {
  const inputs = await loadAuditFolder(nodeFileSystem, { folder });
  const seen = new Set();
  const fore = new Map();
  const sur = new Map();
  const options = { staffFor: (staffFolder) => ({ staffId: staffFolder }), warn: () => {}, auditDate: '2026-11-30' };
  for await (const batch of readConnectionBatches(inputs.connections, options))
    for (const c of batch) {
      const key = accountFingerprint(c.platform ?? '', c.username || c.profileUrl || `\u0000${c.displayName ?? ''}`);
      if (seen.has(key)) continue;
      seen.add(key);
      const keys = c.displayName ? tallyKeys(c.displayName) : undefined;
      if (!keys) continue;
      fore.set(keys[0], (fore.get(keys[0]) ?? 0) + 1);
      sur.set(keys[1], (sur.get(keys[1]) ?? 0) + 1);
    }
  return { fore, sur, accounts: seen.size };
}

const bucket = (n) => (n === 0 ? '0' : n === 1 ? '1' : n <= 4 ? '2-4' : n <= 19 ? '5-19' : '20+');

/** A near-spelling or short-form review's class, or undefined for any other review. */
export function classOf(finding, counts, book = sharedNicknameBook()) {
  if (finding.level !== 'review') return undefined;
  const family = familyOfReview(finding);
  if (family !== 'near spelling' && family !== 'short form') return undefined;
  const codes = new Set(finding.contributions.map((c) => c.code));
  const kind = [...SUR_KINDS, ...FORE_KINDS].find((k) => codes.has(k)) ?? 'other';
  const keys = finding.connection.name ? tallyKeys(finding.connection.name) : undefined;
  const pupil = plainWords(finding.pupil.name);
  if (!keys || pupil.length < 2) return { family, kind, shown: 'handle only' };
  const onSurname = SUR_KINDS.includes(kind);
  const spelling = onSurname ? keys[1] : keys[0];
  const own = onSurname ? pupil[pupil.length - 1] : pupil[0];
  const table = onSurname ? counts.sur : counts.fore;
  const carried = Math.max(0, (table.get(spelling) ?? 0) - 1);
  const ownCount = table.get(own) ?? 0;
  const given = !onSurname && spelling !== own && book.isKnownGivenName(spelling);
  return {
    family,
    kind,
    shown: spelling === own ? 'own spelling shown' : given ? 'a given name' : 'no given name',
    carried: bucket(carried),
    carriedCount: carried,
    ownCount,
    againstOwn: carried > ownCount ? 'more than own' : carried === 0 ? 'none' : 'fewer or as many',
    score: finding.score,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [reportPath, folder, option, out] = process.argv.slice(2);
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const counts = await listCounts(folder);
  const classes = {};
  for (const f of report.findings) {
    const c = classOf(f, counts);
    if (c) classes[f.number] = c;
  }
  if (option === '--json') writeFileSync(out, JSON.stringify(classes));
  else for (const [n, c] of Object.entries(classes)) console.log(n, JSON.stringify(c));
}
