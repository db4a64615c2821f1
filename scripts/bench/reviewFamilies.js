/**
 * Which families of accounts a bench audit's false reviews and wrong flags come from, and what evidence
 * carried them: each finding is joined to the bench's truth by its line, a review that names no right
 * pupil is false (as `npm run bench` counts it), and each is tallied by the truth's kind (`background`:
 * an unlabelled adult; `<kind> (another pupil)`: a pupil's row reviewed as somebody else) and by the
 * codes of its contributions (the age band and platform named), beside the right reviews' codes.
 *
 *   node scripts/bench/reviewFamilies.js bench-data/secondary [report.json]   (after `npm run bench`)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A contribution's code, with the age band or platform it was weighed on. */
function codeOf(contribution) {
  const args = contribution.args ?? {};
  return args.age
    ? `${contribution.code} (${args.age})`
    : args.platform
      ? `${contribution.code} (${args.platform})`
      : contribution.code;
}

/**
 * `truth`: the bench's labels by line; `findings`: the report's. Returns the false reviews and wrong flags
 * by family (most first, each with up to `examples` findings) and, per evidence code, how many right and
 * false reviews carry it.
 */
export function reviewFamilies(truth, findings, examples = 3) {
  const families = new Map();
  const codes = new Map();
  let reviews = 0;
  let falseReviews = 0;
  let wrongFlags = 0;
  for (const finding of findings) {
    const label = truth[Number(finding.connection.source.split(':').pop())];
    const pupil = label && !label.trap ? label.pupil : undefined;
    const named = [finding.pupil.id, ...(finding.otherCandidates ?? []).map((c) => c.pupil.id)];
    const family = !label
      ? 'background'
      : label.trap
        ? [label.kind, label.disguise].filter(Boolean).join('/')
        : `${label.kind} (another pupil)`;
    let wrong;
    if (finding.level === 'flag') {
      wrong = finding.pupil.id !== pupil && !(label?.also ?? []).includes(finding.pupil.id);
      if (wrong) wrongFlags++;
    } else {
      reviews++;
      wrong = !named.includes(pupil);
      if (wrong) falseReviews++;
      for (const code of new Set((finding.contributions ?? []).map(codeOf))) {
        const tally = codes.get(code) ?? { right: 0, false: 0 };
        tally[wrong ? 'false' : 'right']++;
        codes.set(code, tally);
      }
    }
    if (!wrong) continue;
    const key = `${finding.level === 'flag' ? 'flag' : 'review'}\u0000${family}`;
    const entry = families.get(key) ?? { level: finding.level, family, n: 0, examples: [] };
    entry.n++;
    if (entry.examples.length < examples) entry.examples.push(finding);
    families.set(key, entry);
  }
  return {
    reviews,
    falseReviews,
    wrongFlags,
    // The most first; wrong flags before reviews; then by name.
    families: [...families.values()].sort(
      (a, b) =>
        b.n - a.n || (a.level === b.level ? 0 : a.level === 'flag' ? -1 : 1) || a.family.localeCompare(b.family),
    ),
    codes: [...codes]
      .map(([code, t]) => ({ code, ...t }))
      .sort((a, b) => b.false - a.false || a.code.localeCompare(b.code)),
  };
}

/** One line of a finding: score, names, date, the pupil, its contributions. */
function line(f) {
  const c = f.connection;
  const weights = (f.contributions ?? []).map((x) => `${codeOf(x)} ${x.weight}`).join('; ');
  return `${f.score.toFixed(3)} "${c.name ?? ''}" @${c.username ?? ''} ${c.platform} ${c.connectedOn ?? 'undated'} → ${f.pupil.name} (${f.pupil.dob ?? '?'}): ${weights}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'bench-data/secondary';
  const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const report = JSON.parse(readFileSync(process.argv[3] ?? path.join(dir, 'report.json'), 'utf8'));
  const found = reviewFamilies(truth, report.findings);
  const log = (text = '') => process.stdout.write(`${text}\n`);
  log(`${found.reviews} reviews, ${found.falseReviews} false; ${found.wrongFlags} wrong flags`);
  for (const f of found.families) {
    log(`\n${f.level} ${f.family}: ${f.n}`);
    for (const example of f.examples) log(`  ${line(example)}`);
  }
  log('\nevidence on the reviews           right  false');
  for (const c of found.codes)
    log(`  ${c.code.padEnd(32)} ${String(c.right).padStart(5)}  ${String(c.false).padStart(5)}`);
}
