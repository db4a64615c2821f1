/**
 * The bench trust placed in schools, audited school by school and trust-wide: the list owner's own pupils
 * whom the scoped audit found and the trust-wide audit did not (and the reverse), by kind and by the reasons
 * the scoped finding gave the pupil, with the rows' false reviews each way. A pupil found school by school is
 * no less the member of staff's pupil when the other schools' children are weighed beside them (#14, item 4).
 *
 *   node scripts/bench/lostTrustWide.js FOLDER SCOPED.json TRUST_WIDE.json
 *
 * FOLDER is the placed trust (its `truth.json`, from `bench/trustSchools.js`), the reports are the CLI's JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, scopedFile, wideFile] = process.argv.slice(2);
const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const load = (file) =>
  new Map(
    JSON.parse(readFileSync(file, 'utf8')).findings.map((f) => [Number(f.connection.source.split(':').pop()), f]),
  );
const scoped = load(scopedFile);
const wide = load(wideFile);
const named = (finding, id) =>
  finding !== undefined && [finding, ...(finding.otherCandidates ?? [])].find((c) => c.pupil.id === id);

const tally = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
const lost = new Map();
const gained = new Map();
let own = 0;
for (const [line, label] of Object.entries(truth)) {
  if (label.trap || label.expect === 'none' || label.otherSchool) continue;
  own++;
  const before = named(scoped.get(Number(line)), label.pupil);
  const after = named(wide.get(Number(line)), label.pupil);
  if (before && !after)
    tally(lost, `${label.kind}: ${(before.reasons ?? []).filter((r) => r.startsWith('HANDLE_')).join('+') || '-'}`);
  if (after && !before) tally(gained, label.kind);
}
const falseReviews = (findings) =>
  [...findings].filter(([line, f]) => {
    const label = truth[line];
    return f.level === 'review' && !named(f, label && !label.trap ? label.pupil : undefined);
  }).length;

const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
process.stdout.write(
  `own pupils' rows ${own}: found scoped, lost trust-wide ${sum(lost)}; the reverse ${sum(gained)}\n`,
);
for (const [key, n] of sorted(lost)) process.stdout.write(`  lost   ${String(n).padStart(5)}  ${key}\n`);
for (const [key, n] of sorted(gained).slice(0, 10)) process.stdout.write(`  gained ${String(n).padStart(5)}  ${key}\n`);
process.stdout.write(`false reviews: scoped ${falseReviews(scoped)}, trust-wide ${falseReviews(wide)}\n`);
