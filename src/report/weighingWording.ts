import type { ReasonCode } from '../model/reasons.js';
import type { Contribution, Finding, FindingLevel } from '../model/report.js';
import { FLAG_AT, REVIEW_AT } from '../policy/levels.js';
import { describeReason, platformName } from './reasonWording.js';

// The words for the weighing: each contribution with what made its sign, the levels' bars, the bits.

/** A no-break space: "99.1 %" never wraps between the figure and its sign. */
const NBSP = '\u00a0';

/**
 * The few contributions that decided a finding (the heaviest either way) and its probability:
 * "Weighed: the name is the pupil’s and rarer on these lists than a typical name … (+5.2); … — 99.6 % likely".
 */
export function describeWeighing(finding: Pick<Finding, 'contributions' | 'score'>, limit = 3): string | undefined {
  const decisive = [...(finding.contributions ?? [])]
    .filter((c) => Math.abs(c.weight) >= 1)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .slice(0, limit);
  if (decisive.length === 0) return undefined;
  return `${decisive.map(describeContribution).join('; ')} — ${describeProbability(finding.score)} likely`;
}

/**
 * 0.9962 → "99.6 %", 0.31 → "31 %", with a no-break space. Near FLAG's bar a tenth, rounded down, so
 * that a REVIEW at 98.9 % never reads "99 %" nor a FLAG "100.0 %".
 */
export function describeProbability(p: number): string {
  const percent = p * 100;
  const shown =
    percent >= 98.5
      ? (Math.floor(percent * 10) / 10).toFixed(1)
      : percent < 1
        ? percent.toFixed(1)
        : Math.round(percent);
  return `${shown}${NBSP}%`;
}

/** One weighed piece of evidence, in words, with its weight ("+5.2" bits for, "−3.0" against). */
export function describeContribution(c: Contribution): string {
  const sign = c.weight >= 0 ? '+' : '−';
  return `${contributionText(c)} (${sign}${Math.abs(c.weight).toFixed(1)})`;
}

function contributionText(c: Contribution): string {
  const against = c.weight < 0;
  if (c.code === 'NAME_FREQUENCY') return frequencyText(c, against);
  if (c.code === 'PLATFORM' && c.args?.platform) {
    const on = `on ${platformName(String(c.args.platform))}`;
    return weighedOn(c)
      ? `${on}: ${against ? 'a smaller' : 'a larger'} share of pupils’ accounts than of these lists’${weighedOn(c)}`
      : `${on}: ${against ? 'a platform pupils seldom use' : 'a platform pupils often use'}`;
  }
  if (c.code === 'STAFF_LISTS' && c.args?.lists)
    return `${c.args.lists === 'several' ? 'on more than one member of staff’s list' : 'on one member of staff’s list'}: ${against ? 'a smaller' : 'a larger'} share of pupils’ accounts than of the other accounts pupils’ names bring up${listsWeighedOn(c)}`;
  if (c.code === 'CONNECTED_AT_PUPIL_AGE' && c.args?.age)
    return `connected when the pupil was ${String(c.args.age)}${weighedOn(c) ? `: ${against ? 'a smaller' : 'a larger'} share of pupils’ accounts is connected at that age than of these lists’${weighedOn(c)}` : ''}`;
  if (c.code === 'CONNECTED_WHEN_YOUNG' && typeof c.args?.listsShare === 'number')
    return `${describeReason(c.code)}${weighedOn(c)}`;
  if (c.code === 'UNEXPLAINED_WORDS' && c.args?.count)
    return `${c.args.count === '1' ? 'one word' : 'several words'} in the name that are none of the pupil’s names${against ? ': perhaps another person’s name' : ''}`;
  if (c.code === 'SURNAME_INITIAL' && typeof c.args?.listsShare === 'number' && typeof c.args.benchShare === 'number')
    return `${describeReason(c.code)} (${share(c.args.listsShare)} of these lists’ accounts are written as a forename and one letter; ${share(c.args.benchShare)} on the bench)`;
  if (c.code === 'ADULT_WORDS' && typeof c.args?.kind === 'string' && ADULT_WORD_KINDS[c.args.kind])
    return ADULT_WORD_KINDS[c.args.kind]!;
  if (c.code === 'DECLARED_CHILD_LIKELIER' && typeof c.args?.times === 'number')
    return `the account reads as a child this member of staff declared as family too, whose account is about ${c.args.times} times likelier on their list than a pupil’s by these lists’ counts: it is most likely that child’s`;
  const signed = SIGNED_TEXT[c.code]?.[against ? 'against' : 'for'];
  return signed ?? describeReason(c.code);
}

/** The word beside the name by its kind (`adultWordKind.ts`), and how often it is an adult's (its fitted weight). */
const ADULT_WORD_KINDS: Readonly<Record<string, string>> = {
  hobby:
    'the name carries a word of a hobby or trade (nails, photos, makeup, artist…), which pupils write of themselves too, though adults’ and businesses’ accounts more often',
  trade:
    'the name carries a trade word (Plumbing, Solicitors, Builders…), which adults’ and businesses’ accounts mostly do',
  job: 'a job follows the name (| Nurse, - Photographer…), as adults’ accounts write theirs',
  letters: 'the name carries a firm’s suffix or a degree (Ltd, MBA, PhD…): a business’s or a qualified adult’s',
  title: 'the name carries a title or family word (Mrs, Dr, Grandad, Snr…) that says an adult',
};

/**
 * Shape levels whose reason wording reads the other way from the weight the fit gives them (a weight
 * is log2 of how much more often a pupil's own account shows the level than another's): their words
 * in the weighing, for that sign only, so that a refit that turned the sign falls back to the reason.
 */
const SIGNED_TEXT: Partial<Record<ReasonCode, { for?: string; against?: string }>> = {
  PARTIAL_SURNAME: { for: 'one half of the pupil’s double-barrelled surname agrees' },
  LEETSPEAK: {
    for: 'digits or symbols stand in for letters (e.g. 4 for a), as pupils’ own accounts do more often than others’',
  },
  SOUNDS_LIKE: {
    against:
      'the forename sounds like the pupil’s but is spelt differently, as others’ accounts are more often than pupils’',
  },
};

/**
 * The name's rarity on these lists against a typical name's, which makes its sign; what made it
 * commoner, when other accounts bear the name; and the figure its forename and surname alone give.
 */
function frequencyText(c: Contribution, against: boolean): string {
  const args = c.args ?? {};
  const others = (n: number | string | undefined): string =>
    n === 1 ? 'one other account on these lists bears it' : 'other accounts on these lists bear it';
  // A name read back to front (`Graham Jackson` for Jackson Graham): no other account need bear the plain reading.
  if (args.writtenOtherAccounts === 0)
    return `read as written, the name is a given name and a surname of its own${against ? ', commoner on these lists than a typical name' : ', though rarer than a typical name'}`;
  if (args.writtenOtherAccounts !== undefined)
    return `the name as written is a name of its own: ${others(args.writtenOtherAccounts)}${against ? '' : ', though it is rarer than a typical name'}`;
  const spelt = speltText(args);
  if (spelt) return spelt;
  const part = args.part === 'forename' ? 'forename' : args.part === 'surname' ? 'surname' : 'name';
  const rarity = against
    ? `commoner on these lists than a typical ${part}`
    : `rarer on these lists than a typical ${part}`;
  if (part !== 'name') {
    const oneIn = part === 'forename' ? args.forenameOneIn : args.surnameOneIn;
    return `the ${part} is the pupil’s, ${against ? 'but' : 'and'} ${rarity}${typeof oneIn === 'number' ? ` (about 1 adult in ${oneIn.toLocaleString('en-GB')} has it)` : ''}`;
  }
  const byParts =
    typeof args.oneIn === 'number'
      ? ` (by its forename and surname alone, about 1 adult in ${args.oneIn.toLocaleString('en-GB')} would be called this)`
      : '';
  // The namesakes these lists hold beyond chance (`NamesakeRate`), which made the name commoner than its parts.
  const namesakes =
    typeof args.namesakeOneIn === 'number'
      ? `; on these lists, about 1 pupil’s name in ${args.namesakeOneIn.toLocaleString('en-GB')} is also carried by another account`
      : '';
  const bearers = args.otherAccounts ?? 0;
  if (bearers !== 0)
    return against
      ? `the name is the pupil’s, but ${rarity}: ${others(bearers)} too${byParts}${namesakes}`
      : `the name is the pupil’s and ${rarity}, though ${others(bearers)} too${byParts}${namesakes}`;
  const alone = args.otherAccounts === 0 ? '; no other account on them bears it' : '';
  return `the name is the pupil’s, ${against ? 'but' : 'and'} ${rarity}${alone}${byParts}${namesakes}`;
}

/**
 * The words the account writes for the pupil's names (another spelling, a short form, half a double-barrelled
 * surname), where the lists show them commoner than a typical name's (`speltShares`): how many adults bear them.
 */
function speltText(args: Record<string, number | string>): string | undefined {
  const bearers = (oneIn: number | string | undefined, part: string): string | undefined =>
    typeof oneIn === 'number'
      ? `the ${part} as the account writes it (about 1 adult in ${oneIn.toLocaleString('en-GB')} on these lists has it)`
      : undefined;
  const words = [bearers(args.speltForenameOneIn, 'forename'), bearers(args.speltSurnameOneIn, 'surname')].filter(
    (w): w is string => w !== undefined,
  );
  return words.length === 0
    ? undefined
    : `${words.join(' and ')}: a name of its own, commoner on these lists than a typical name`;
}

/** What a platform or age term was weighed on: pupils' accounts (m) against these lists' (u), and whence m. */
function weighedOn(c: Contribution): string {
  const m = c.args?.pupilsShare;
  const u = c.args?.listsShare;
  if (typeof m !== 'number' || typeof u !== 'number') return '';
  const whence =
    c.args?.from === 'audit'
      ? 'as estimated on these lists'
      : c.args?.from === 'rule'
        ? 'at most (a rule)'
        : 'on the bench';
  return ` (${share(m)} of pupils’ accounts ${whence}; ${share(u)} of these lists’ accounts)`;
}

/** What the staff-lists term was weighed on: both shares are this audit's own estimates. */
function listsWeighedOn(c: Contribution): string {
  const m = c.args?.pupilsShare;
  const u = c.args?.listsShare;
  if (typeof m !== 'number' || typeof u !== 'number') return '';
  return ` (${share(m)} of pupils’ accounts beyond doubt; ${share(u)} of the others, as estimated on these lists)`;
}

/** 0.31 → "31 %", 0.004 → "0.4 %", 0.0001 → "under 0.1 %". */
function share(x: number): string {
  const percent = x * 100;
  return percent < 0.1
    ? `under 0.1${NBSP}%`
    : `${percent < 10 ? Number(percent.toPrecision(1)) : Math.round(percent)}${NBSP}%`;
}

/** A bar as the legend states it, from the policy's own constant: 0.99 → "99 %". */
const bar = (p: number): string => `${Number((p * 100).toPrecision(3))}${NBSP}%`;

/** What each level means, with its bar from `policy/levels.ts`. */
export const LEVEL_MEANING: Record<FindingLevel, string> = {
  flag: `the account is, beyond reasonable doubt, this pupil: ${bar(FLAG_AT)} likely or more`,
  review: `the account may be this pupil: a person should look. From ${bar(REVIEW_AT)} likely (less where pupils share the name and are that likely together, or the pupil’s whole name is on the account); a REVIEW can be ${bar(FLAG_AT)} likely or more where a rule keeps it from FLAG, and then says which`,
};

/** What the figures in brackets after each piece of evidence are. */
export const WEIGHT_MEANING =
  'The figures in brackets weigh each piece of evidence in bits: +1 doubles the odds that the account is the pupil, −1 halves them.';

/** The rules, named by a finding's reason codes, that keep a REVIEW from FLAG however likely it is. */
const HELD_AT_REVIEW: Partial<Record<ReasonCode, string>> = {
  FORMER_PUPIL_DOB_UNKNOWN: 'the former pupil’s age is unknown, so a person checks it first',
};

/**
 * Why a REVIEW at or above FLAG's bar is not a FLAG: the rule its reason codes name, else the two
 * that leave none (a family link declared for another pupil on the account; an earlier review's decision).
 */
export function describeHeldAtReview(finding: Pick<Finding, 'level' | 'score' | 'reasons'>): string | undefined {
  if (finding.level !== 'review' || finding.score < FLAG_AT) return undefined;
  const rule = finding.reasons.map((code) => HELD_AT_REVIEW[code]).find(Boolean);
  return `REVIEW, not FLAG, though ${describeProbability(finding.score)} likely: ${rule ?? 'a family link declared for another pupil on this account, or an earlier review’s decision, leaves it to a person'}`;
}
