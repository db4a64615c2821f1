/**
 * Two builds' bench reports side by side: the pupil rows each found (the row's own pupil named by a
 * FLAG or REVIEW on it, as `npm run bench` counts), flags and wrong flags, reviews and false reviews,
 * and the rows one found and the other did not, with their scores: the check that a change to the
 * model loses no pupil found today (#14).
 *
 *   node scripts/bench/compareReports.js bench-data/trust before.json after.json [examples]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What one report found, against the bench's truth by line. */
export function tally(truth, findings) {
  const found = new Map();
  let flags = 0;
  let wrongFlags = 0;
  let reviews = 0;
  let falseReviews = 0;
  for (const finding of findings) {
    const line = finding.connection.source.split(':').pop();
    const label = truth[Number(line)];
    const pupil = label && !label.trap ? label.pupil : undefined;
    const candidates = [finding, ...(finding.otherCandidates ?? [])];
    const own = candidates.find((c) => c.pupil.id === pupil);
    if (finding.level === 'flag') {
      flags++;
      if (finding.pupil.id !== pupil && !(label?.also ?? []).includes(finding.pupil.id)) wrongFlags++;
    } else {
      reviews++;
      if (!own) falseReviews++;
    }
    if (own) found.set(`${line}\u0000${pupil}`, { level: finding.level, score: own.score ?? finding.score, finding });
  }
  return { found, flags, wrongFlags, reviews, falseReviews };
}

/** The rows found by `a` and not `b`. */
export function missing(a, b) {
  return [...a.found].filter(([key]) => !b.found.has(key));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, before, after, examples = '10'] = process.argv.slice(2);
  const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const read = (file) => tally(truth, JSON.parse(readFileSync(file, 'utf8')).findings);
  const a = read(before);
  const b = read(after);
  const log = (text = '') => process.stdout.write(`${text}\n`);
  for (const [name, t] of [
    ['before', a],
    ['after', b],
  ])
    log(
      `${name}: found ${t.found.size} rows; flags ${t.flags} (${t.wrongFlags} wrong); reviews ${t.reviews} (${t.falseReviews} false)`,
    );
  const lost = missing(a, b);
  const gained = missing(b, a);
  log(`lost ${lost.length}, gained ${gained.length}`);
  const show = (rows, label) => {
    for (const [key, { level, score, finding }] of rows.slice(0, Number(examples))) {
      const line = key.split('\u0000')[0];
      const c = finding.connection;
      log(
        `  ${label} ${truth[line].kind} ${level} ${score.toFixed(3)} "${c.name ?? ''}" @${c.username ?? ''} → ${finding.pupil.name}`,
      );
    }
  };
  show(lost, 'lost');
  show(gained, 'gained');
}
