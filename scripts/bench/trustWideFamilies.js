/**
 * The bench trust placed in schools: a trust-wide audit's reviews by family (what the review rests on, read
 * from the reasons of the finding's first pupil), each split by whether the audit school by school reviewed
 * the row too and whether the review names a pupil of the list owner's own school; per family the false
 * reviews (all; not reviewed school by school; naming no pupil of the owner's school), the right ones (own
 * pupil, another school's child, and of those the rows not reviewed school by school), and how many rest on
 * shares below REVIEW (P < 0.1). What a family costs a head
 * and what it finds, so the family a rule may decide better is chosen from data (#14, item 4).
 *
 *   node scripts/bench/trustWideFamilies.js FOLDER SCOPED.json TRUST_WIDE.json [examples]
 *
 * FOLDER is the placed trust (its `truth.json`, from `bench/trustSchools.js`), the reports are the CLI's JSON.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lineOf = (f) => Number(f.connection.source.split(':').pop());

/** What the review rests on, from the first pupil's reasons. */
export function familyOf(reasons) {
  const has = (r) => reasons.includes(r);
  const number = has('HANDLE_YEAR_MATCHES_DOB')
    ? ' + birth year'
    : has('HANDLE_YEAR_MATCHES_YEAR_GROUP')
      ? ' + year group'
      : has('HANDLE_NUMBER_MATCHES_AGE')
        ? ' + age'
        : '';
  if (has('FORENAME_ONLY')) return `forename alone${number}`;
  if (has('SURNAME_INITIAL')) return `forename + surname's initial${number}`;
  if (has('INITIAL_SURNAME')) return `initial + surname${number}`;
  if (has('PARTIAL_SURNAME')) return `half a surname${number}`;
  if (has('TYPO') || has('SOUNDS_LIKE') || has('NAME_VARIANT')) return `near spelling${number}`;
  if (has('PET_FORM') || has('TRANSLITERATED') || has('FULL_FORM_OF_NAME')) return `other form of forename${number}`;
  if (has('NAME_EXACT') || has('PREFERRED_NAME') || has('NICKNAME')) {
    const disguised = has('DECORATED') || has('CONFUSABLE') || has('LEETSPEAK') ? ', disguised' : '';
    const first = has('SURNAME_FIRST') ? ', surname first' : '';
    return `whole name${first}${disguised}${number}`;
  }
  return `other: ${reasons.filter((r) => !/PUPIL/.test(r)).join(' ')}`;
}

/**
 * `truth`: the placed trust's labels by line; `scopedFindings`, `wideFindings`: the two reports' findings. Returns
 * the trust-wide reviews, the false ones, and the families (most false first), each with up to `examples` new false
 * reviews.
 */
export function trustWideFamilies(truth, scopedFindings, wideFindings, examples = 0) {
  const scoped = new Map(scopedFindings.map((f) => [lineOf(f), f]));
  const families = new Map();
  const entryOf = (key) => {
    let entry = families.get(key);
    if (!entry) {
      entry = {
        key,
        reviews: 0,
        false: 0,
        falseNew: 0,
        falseElsewhere: 0,
        own: 0,
        other: 0,
        otherNew: 0,
        shared: 0,
        kinds: new Map(),
        examples: [],
      };
      families.set(key, entry);
    }
    return entry;
  };
  let reviews = 0;
  let falseReviews = 0;
  for (const finding of wideFindings) {
    const line = lineOf(finding);
    if (finding.level !== 'review') continue;
    const label = truth[line];
    const pupil = label && !label.trap ? label.pupil : undefined;
    const all = [finding, ...(finding.otherCandidates ?? [])];
    const right = pupil !== undefined && all.some((c) => c.pupil.id === pupil);
    const school = finding.staff.school;
    const entry = entryOf(familyOf(finding.reasons));
    reviews++;
    entry.reviews++;
    const asScoped = scoped.get(line) !== undefined;
    const ownNamed = all.some((c) => c.pupil.school === school);
    if (finding.score < 0.1) entry.shared++;
    if (right) {
      if (!label.otherSchool) entry.own++;
      else {
        entry.other++;
        if (!asScoped) entry.otherNew++;
      }
    } else {
      falseReviews++;
      entry.false++;
      if (!asScoped) entry.falseNew++;
      if (!ownNamed) entry.falseElsewhere++;
      if (!asScoped) {
        const kind = label ? `${label.kind}${label.trap ? '' : ' (another pupil)'}` : 'background';
        entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
      }
      if (!asScoped && entry.examples.length < examples) entry.examples.push({ finding, label });
    }
  }
  return { reviews, falseReviews, families: [...families.values()].sort((a, b) => b.false - a.false) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, scopedFile, wideFile, examplesArg] = process.argv.slice(2);
  const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const findingsOf = (file) => JSON.parse(readFileSync(file, 'utf8')).findings;
  const examples = Number(examplesArg ?? 0);
  const found = trustWideFamilies(truth, findingsOf(scopedFile), findingsOf(wideFile), examples);
  const log = (text = '') => process.stdout.write(`${text}\n`);
  log(`${found.reviews} reviews trust-wide, ${found.falseReviews} false`);
  log(
    'family'.padEnd(44) +
      ['reviews', 'false', 'new', 'no own', 'own', 'others', 'new', 'P < 0.1'].map((h) => h.padStart(10)).join(''),
  );
  for (const f of found.families) {
    log(
      f.key.slice(0, 43).padEnd(44) +
        [f.reviews, f.false, f.falseNew, f.falseElsewhere, f.own, f.other, f.otherNew, f.shared]
          .map((n) => String(n).padStart(10))
          .join(''),
    );
    if (examples > 0 && f.kinds.size > 0)
      log(
        `    new false reviews by kind: ${[...f.kinds]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([k, n]) => `${k} ${n}`)
          .join(', ')}`,
      );
    for (const { finding, label } of f.examples) {
      const c = finding.connection;
      const names = [finding, ...(finding.otherCandidates ?? [])]
        .map(
          (x) =>
            `${x.pupil.name} ${x.pupil.dob ?? '?'} ${x.pupil.school === finding.staff.school ? 'own' : 'other'} ${x.score}`,
        )
        .join('; ');
      log(
        `    "${c.name ?? ''}" @${c.username ?? ''} ${c.platform} ${c.connectedOn ?? '-'} [${label?.kind ?? 'background'}] → ${names}`,
      );
    }
  }
}
