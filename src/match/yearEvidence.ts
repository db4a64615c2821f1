import { ageOn } from '../normalise/dates.js';

/**
 * A year this far before the pupil's birth cannot be when the pupil made the account, nor their
 * birth year: it is somebody older's (a parent's, a grown-up namesake's).
 */
const ADULT_GAP = 6;

/** A four-digit year this old says the account is not a pupil born in `dobYear`. */
export function isAdultYear(year: number, dobYear: number | undefined): boolean {
  return dobYear !== undefined && year >= 1920 && year <= dobYear - ADULT_GAP;
}

/** The earliest four-digit year among a name's numbers, if any. */
export function earliestYear(numbers: readonly string[]): number | undefined {
  let earliest: number | undefined;
  for (const digits of numbers) {
    if (digits.length !== 4) continue;
    const value = Number(digits);
    if (value >= 1920 && value <= 2030 && (earliest === undefined || value < earliest)) earliest = value;
  }
  return earliest;
}

/**
 * What the digits in a username say about a pupil. `yearGroupMarked`: the pupil's year group written after its
 * own word (`tamsin.yr9`, `tamsin_y9`), as a child names their class; an adult's number (a birth year, a house)
 * seldom follows such a word.
 */
export type YearVerdict = 'dob' | 'yearGroup' | 'yearGroupMarked' | 'age' | 'olderTwoDigit' | 'adult' | null;

/** Whether the verdict is the pupil's year group, marked by its word or not. */
export function isYearGroup(years: string | null | undefined): years is 'yearGroup' | 'yearGroupMarked' {
  return years === 'yearGroup' || years === 'yearGroupMarked';
}

/** "Year 7", "Y7", "7", "Reception", "R", "Nursery" → 7, 7, 7, 0, 0, -1; unknown → undefined. */
export function yearGroupNumber(yearGroup: string | undefined): number | undefined {
  if (!yearGroup) return undefined;
  const text = yearGroup.trim().toLowerCase();
  if (/^(r|rec|reception|yr?\s*r)$/.test(text)) return 0;
  // `NC Year 9` (the National Curriculum year, as some rolls head it) is Year 9, not a nursery class.
  if (/^(?:n\d?|nur|nursery)(?![a-z])/.test(text)) return -1;
  const digits = /(\d{1,2})/.exec(text);
  return digits ? Number(digits[1]) : undefined;
}

/**
 * The pupil's year group as a number: the roll's, or for a former pupil without one, the year group
 * they left from (English school years begin on 1 September: a pupil born from September 2009 to
 * August 2010 who left in July 2026 left Year 11), so that `poppy.yr11` made at school still speaks
 * for her. Undefined where neither is known, or the reckoning falls outside Reception to Year 13.
 */
export function yearGroupOf(pupil: { yearGroup?: string; dob?: string; leavingDate?: string }): number | undefined {
  const onRoll = yearGroupNumber(pupil.yearGroup);
  if (onRoll !== undefined || !pupil.leavingDate || !pupil.dob) return onRoll;
  const year = schoolYear(pupil.leavingDate) - schoolYear(pupil.dob) - 5;
  return Number.isFinite(year) && year >= 0 && year <= 13 ? year : undefined;
}

/** The calendar year in which the school year holding this ISO date began. */
function schoolYear(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 9 ? year : year - 1;
}

/** Two digits read as a grown-up's birth year: 1960–1999. Below, `07` or `23` is seldom a year at all. */
const ADULT_TWO_DIGIT_FROM = 60;
/**
 * A number chosen for its look, not a birth year: 69. A digit repeated (77, 88) is read as a year
 * like any other: parents and staff were born in 1977 and 1988 as often as in 1983.
 */
const NO_YEAR = /^69$/;

/**
 * Reads each number in a username against a pupil: a birth year (2008–2020 for today's pupils, or
 * its last two digits) that is the pupil's own, the pupil's year group, the pupil's age (`ages`, from
 * `agesWritten`), or a year well before the
 * pupil's birth (four digits: an adult, not this pupil; two digits such as 85: doubt). Most
 * numbers in handles are no year: two digits are read as an older year only when they follow the
 * whole name the handle spells (`kerry.taylor83`; `besideName`), never in a handle that is no name
 * (`fifawolf83`) nor after half a double-barrelled surname (`olivia_wood84`: the pupil's own short
 * form, not an adult's whole name), and never when chosen for its look (69). `yearWord`: a number in the
 * handle followed `y`, `yr` or `year` (`Reading.yearWord`): the pupil's year group so is `yearGroupMarked`.
 */
export function readYears(
  numbers: readonly string[],
  dobYear: number | undefined,
  yearGroup: number | undefined,
  besideName = true,
  dob?: string,
  ages?: readonly number[],
  yearWord = false,
): YearVerdict {
  let verdict: YearVerdict = null;
  for (let i = 0; i < numbers.length; i++) {
    const digits = numbers[i]!;
    const value = Number(digits);
    if (digits.length === 4 && value >= 1920 && value <= 2030) {
      if (dobYear !== undefined && value === dobYear) verdict = strongest(verdict, 'dob');
      else if (isAdultYear(value, dobYear)) return 'adult';
      // Neither the pupil's year nor an adult's: it may be the birthday (`bilal.2006`, 20 June).
      else if (dob !== undefined && isBirthday(digits, dob)) verdict = strongest(verdict, 'dob');
      continue;
    }
    if (dob !== undefined && isBirthday(digits, dob)) {
      verdict = strongest(verdict, 'dob');
      continue;
    }
    if (digits.length === 2) {
      if (dobYear !== undefined && value <= 25 && 2000 + value === dobYear) verdict = strongest(verdict, 'dob');
      else if (
        besideName &&
        dobYear !== undefined &&
        value >= ADULT_TWO_DIGIT_FROM &&
        1900 + value <= dobYear - ADULT_GAP &&
        !NO_YEAR.test(digits)
      )
        verdict = strongest(verdict, 'olderTwoDigit');
    }
    if (digits.length <= 2 && yearGroup !== undefined && yearGroup > 0 && value === yearGroup)
      verdict = strongest(verdict, yearWord ? 'yearGroupMarked' : 'yearGroup');
    else if (digits.length <= 2 && value >= YOUNGEST_AGE_WRITTEN && ages?.includes(value))
      verdict = strongest(verdict, 'age');
  }
  return verdict;
}

/**
 * Below this a number in a handle is a shirt, a house or a lucky number far more often than a child's
 * age, and an infant's account is a parent's: no age is read under 8.
 */
const YOUNGEST_AGE_WRITTEN = 8;

/**
 * The ages a pupil's handle may carry as their own (`matilda12`): their age when the account was
 * connected and at the audit date, as children write it. `dob`, `connectedOn`, `auditDate` are ISO.
 */
export function agesWritten(
  dob: string | undefined,
  connectedOn: string | undefined,
  auditDate: string | undefined,
): readonly number[] {
  if (!dob) return NO_AGES;
  const then = connectedOn ? ageOn(dob, connectedOn) : Number.NaN;
  const now = auditDate ? ageOn(dob, auditDate) : Number.NaN;
  const first = then >= YOUNGEST_AGE_WRITTEN ? then : undefined;
  const second = now >= YOUNGEST_AGE_WRITTEN && now !== first ? now : undefined;
  return first === undefined ? (second === undefined ? NO_AGES : agesOf(second)) : agesOf(first, second);
}

const NO_AGES: readonly number[] = Object.freeze([]);
/** The pairs of ages answered, shared (a trust asks once for each pupil a forename and a number may be: 2.4 million). */
const AGES = new Map<number, readonly number[]>();
const AGE_KEPT_BELOW = 1024;

function keptAge(age: number): boolean {
  return Number.isInteger(age) && age < AGE_KEPT_BELOW;
}

function agesOf(first: number, second?: number): readonly number[] {
  if (!keptAge(first) || (second !== undefined && !keptAge(second)))
    return second === undefined ? [first] : [first, second];
  const key = first * AGE_KEPT_BELOW + (second ?? 0);
  let ages = AGES.get(key);
  if (!ages) {
    ages = Object.freeze(second === undefined ? [first] : [first, second]);
    AGES.set(key, ages);
  }
  return ages;
}

/**
 * The age is read for a forename alone only: beside a name that proposes the pupil (a whole name, half a
 * surname, an initial) the number is weighed as any other, as before the age was read, so that the age
 * changes no finding made without it (docs/match-model-figures.md, recall23). Except where the display name
 * writes it beside the name that found the pupil (`Jade Quigley | 14`, `inDisplayName`): what a child writes
 * of herself there, as in a handle (words45).
 */
export function ageOnlyForAForename(years: YearVerdict, fore: string, inDisplayName = false): YearVerdict {
  return years === 'age' && fore !== 'none' && !inDisplayName ? null : years;
}

/** Whether a pair stands on the age alone: a forename alone whose handle's number is read only as the pupil's age. */
export function onAgeAlone(levels: { fore: string; digits: string }): boolean {
  return levels.fore === 'none' && levels.digits === 'age';
}

/**
 * The candidates of one account, less those that stand on the age alone (`onAgeAlone`: a forename alone
 * whose handle's number is read only as that pupil's age) wherever any other candidate stands: the age
 * is the weakest reading of a handle's number, evidence for a pupil the name or the digits already
 * propose, never a rival to them. Beside another candidate, pupils of the forename at that age (two
 * cohorts: then and now) took a share of its probability, and, more than fifty forename-only matches
 * being dropped together, could take the birth year's or year group's pupils out with them: in a trust
 * audited trust-wide, where a forename's pupils are many, both lost other schools' children.
 */
export function withoutAgeAloneBeside<T>(
  candidates: readonly T[],
  standsOnAge: (candidate: T) => boolean,
  forenameAlone?: (candidate: T) => boolean,
): readonly T[] {
  let alone = 0;
  let others = 0;
  for (const c of candidates)
    if (standsOnAge(c)) alone++;
    else if (!forenameAlone?.(c)) others++;
  if (alone === 0 || alone === candidates.length) return candidates;
  // Beside a few pupils of the forename whose birth year or year group the number is, a pupil of that age
  // is as likely the account (`matilda12`: born in 2012, or 12): a review naming both is better than none.
  if (others === 0 && candidates.length <= AGE_BESIDE_AT_MOST) return candidates;
  return candidates.filter((c) => !standsOnAge(c));
}

/**
 * At most this many pupils of one forename share an account with the age among them: more, and each is
 * too unlikely to be worth a look (and a trust's forename-only matches stay far below `createAnalyser`'s fifty).
 */
const AGE_BESIDE_AT_MOST = 6;

/**
 * Whether digits are the pupil's birthday as British children write it in a handle, day first:
 * `louie2610` (26 October), `aria310311` (31 March 2011), `ellie04112012`. `dob` is ISO.
 */
function isBirthday(digits: string, dob: string): boolean {
  if (digits.length !== 4 && digits.length !== 6 && digits.length !== 8) return false;
  // Compared a character at a time (no string is made: a trust asks this of millions of pupils and numbers).
  if (dob.length < 10 || !sameAt(digits, 0, dob, 8, 2) || !sameAt(digits, 2, dob, 5, 2)) return false;
  return digits.length === 4 || (digits.length === 6 ? sameAt(digits, 4, dob, 2, 2) : sameAt(digits, 4, dob, 0, 4));
}

/** Whether `a` from `at` and `b` from `bAt` hold the same `length` characters (both long enough). */
function sameAt(a: string, at: number, b: string, bAt: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (a.charCodeAt(at + i) !== b.charCodeAt(bAt + i)) return false;
  return true;
}

const RANK: Record<Exclude<YearVerdict, null>, number> = {
  adult: 6,
  olderTwoDigit: 5,
  dob: 4,
  yearGroupMarked: 3,
  yearGroup: 2,
  age: 1,
};
function strongest(a: YearVerdict, b: Exclude<YearVerdict, null>): YearVerdict {
  return a === null || RANK[b] > RANK[a] ? b : a;
}

/** The stronger of two names' verdicts on their digits (an adult's year outweighs the pupil's). */
export function strongerVerdict(a: YearVerdict, b: YearVerdict): YearVerdict {
  return b === null ? a : strongest(a, b);
}
