/**
 * What put each review of a JSON report over the REVIEW line, and what on it says adult, read from the report alone
 * (no truth file, so it runs on the held-out evaluations' spent seeds): each review's family by the evidence its
 * first pupil was weighed on (`familyOfReview`), and the cues an adult's account shows (`adultCues`). With `--without
 * FAMILY` it writes the report less that family's reviews, for a scorer's `--cli` wrapper: the scorer's own figures
 * then say how many of the family's reviews were false and how many pupils only it found (#14, fr45).
 *
 *   node scripts/bench/reviewEvidence.js REPORT.json                       # reviews by family, with adult cues
 *   node scripts/bench/reviewEvidence.js REPORT.json --without FAMILY      # the report less that family's reviews
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REVIEW_AT = 0.1;

/** Contributions a bare whole name carries: the name's agreement and rarity, and the lists' terms (platform, date, lists). */
const NAME = new Set(['SURNAME_EXACT', 'FORENAME_EXACT', 'PREFERRED_NAME', 'NAME_FREQUENCY']);
const LISTS_TERMS = new Set(['PLATFORM', 'CONNECTED_AT_PUPIL_AGE', 'STAFF_LISTS']);
const NEAR = ['FORENAME_TYPO', 'SURNAME_TYPO', 'NAME_VARIANT', 'SURNAME_SPELLING', 'SOUNDS_LIKE', 'PARTIAL_SURNAME'];
const SHORT = ['NICKNAME', 'SHARED_FORM', 'FULL_FORM_OF_NAME', 'PET_FORM'];

/** The families, in the order a review is put in the first that fits. */
export const FAMILIES = [
  'pooled shares',
  'below the line',
  'grown leaver too',
  'whole name alone',
  'whole name, other number',
  'whole name and more',
  'near spelling',
  'short form',
  'initial',
  'forename and number',
  'order',
  'other',
];

/**
 * The family of a review: the evidence its first pupil was weighed on, or what reviewed it below the line: the
 * pupils' shares together (`pooled shares`), or else the whole name or a name read as well as a reviewed one's.
 */
export function familyOfReview(finding) {
  if (finding.score < REVIEW_AT) {
    const shares = (finding.otherCandidates ?? []).reduce((sum, c) => sum + c.score, finding.score);
    return shares >= REVIEW_AT ? 'pooled shares' : 'below the line';
  }
  if (finding.reasons.includes('GROWN_FORMER_PUPIL_TOO')) return 'grown leaver too';
  const codes = new Set(finding.contributions.map((c) => c.code));
  const whole = codes.has('SURNAME_EXACT') && (codes.has('FORENAME_EXACT') || codes.has('PREFERRED_NAME'));
  if (whole) {
    const rest = [...codes].filter((c) => !NAME.has(c) && !LISTS_TERMS.has(c));
    if (rest.length === 0) return 'whole name alone';
    return rest.length === 1 && rest[0] === 'HANDLE_OTHER_NUMBER' ? 'whole name, other number' : 'whole name and more';
  }
  if (NEAR.some((c) => codes.has(c))) return 'near spelling';
  if (SHORT.some((c) => codes.has(c))) return 'short form';
  if (codes.has('INITIAL_SURNAME') || codes.has('SURNAME_INITIAL')) return 'initial';
  if (codes.has('FORENAME_ONLY')) return 'forename and number';
  if (codes.has('SURNAME_FIRST') || codes.has('ORDER_IN_DOUBT')) return 'order';
  return 'other';
}

/** The bits by which a review stands over the REVIEW line (log2 odds of its score less the line's). */
export function marginBits(finding) {
  const odds = (p) => Math.log2(Math.min(1 - 1e-9, Math.max(1e-9, p)) / (1 - Math.min(1 - 1e-9, Math.max(1e-9, p))));
  return odds(finding.score) - odds(REVIEW_AT);
}

/**
 * What on the account says adult, as the audit sees it: connected at 4–7 or at an age its pupils' accounts seldom are
 * (the date term against the pupil), on a platform its pupils' accounts seldom are (Facebook, LinkedIn), on several
 * staff lists where its pupils' accounts seldom are, no handle, no date; and whether the lists' terms (platform,
 * date, lists) together lifted it over the line (without them it would be below).
 */
export function adultCues(finding) {
  const cues = [];
  const weight = (code) => finding.contributions.find((c) => c.code === code);
  const age = weight('CONNECTED_AT_PUPIL_AGE');
  if (!age) cues.push('undated');
  else if (age.weight < 0) cues.push(`connected at ${age.args?.age ?? '?'} (against)`);
  const platform = weight('PLATFORM');
  if (platform && platform.weight < 0) cues.push(`on ${platform.args?.platform ?? '?'} (against)`);
  const lists = weight('STAFF_LISTS');
  if (lists && lists.weight < 0) cues.push(`on ${lists.args?.lists ?? '?'} lists (against)`);
  if (!finding.connection.username) cues.push('no handle');
  if (weight('SHARES_STAFF_SURNAME')) cues.push("the member of staff's surname");
  const lifted = finding.contributions
    .filter((c) => LISTS_TERMS.has(c.code) && c.weight > 0)
    .reduce((sum, c) => sum + c.weight, 0);
  if (finding.score >= REVIEW_AT && lifted > marginBits(finding)) cues.push('lifted over the line by the lists’ terms');
  return cues;
}

/** The report's reviews by family: how many, how many stand within a bit of the line, and their adult cues. */
export function sizeReviews(report) {
  const families = new Map(FAMILIES.map((f) => [f, { reviews: 0, withinABit: 0, cues: new Map() }]));
  for (const finding of report.findings) {
    if (finding.level !== 'review') continue;
    const entry = families.get(familyOfReview(finding));
    entry.reviews++;
    if (finding.score >= REVIEW_AT && marginBits(finding) < 1) entry.withinABit++;
    for (const cue of adultCues(finding)) entry.cues.set(cue, (entry.cues.get(cue) ?? 0) + 1);
  }
  return families;
}

/** The report less the reviews of `family` (flags kept): what the audit would say without them. */
export function withoutFamily(report, family) {
  const findings = report.findings.filter((f) => f.level !== 'review' || familyOfReview(f) !== family);
  return { ...report, findings };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path, option, family] = process.argv.slice(2);
  const report = JSON.parse(readFileSync(path, 'utf8'));
  if (option === '--without') {
    if (!FAMILIES.includes(family)) throw new Error(`no family ${family}: one of ${FAMILIES.join(', ')}`);
    process.stdout.write(`${JSON.stringify(withoutFamily(report, family), null, 2)}\n`);
  } else {
    for (const [name, entry] of sizeReviews(report)) {
      if (entry.reviews === 0) continue;
      const cues = [...entry.cues].sort((a, b) => b[1] - a[1]).map(([cue, n]) => `${cue} ${n}`);
      console.log(
        `${name}: ${entry.reviews} reviews (${entry.withinABit} within a bit of the line); ${cues.join(', ')}`,
      );
    }
  }
}
