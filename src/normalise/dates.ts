import { createRequire } from 'node:module';
// Each function from its own module: the package's index loads all of date-fns.
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';

/**
 * date-fns' parser, loaded the first time a date is written with a month's name (`14 Aug 2015`):
 * every run would otherwise pay to load it, and nearly all dates are read by hand below.
 */
let parser: typeof import('date-fns/parse') | undefined;
function parse(...args: Parameters<typeof import('date-fns/parse').parse>): Date {
  parser ??= createRequire(import.meta.url)('date-fns/parse') as typeof import('date-fns/parse');
  return parser.parse(...args);
}

/**
 * Calendar dates as ISO strings. Rolls come from UK MIS exports (`DD/MM/YYYY`), everything
 * else tends to be ISO; US order is never assumed, since 03/04 means 3 April here.
 */
const PATTERNS: { test: RegExp; format: string }[] = [
  { test: /^\d{4}-\d{1,2}-\d{1,2}$/, format: 'yyyy-M-d' },
  { test: /^\d{1,2}\/\d{1,2}\/\d{4}$/, format: 'd/M/yyyy' },
  { test: /^\d{1,2}-\d{1,2}-\d{4}$/, format: 'd-M-yyyy' },
  { test: /^\d{1,2}\.\d{1,2}\.\d{4}$/, format: 'd.M.yyyy' },
  { test: /^\d{1,2} [A-Za-z]{3} \d{4}$/, format: 'd MMM yyyy' },
  { test: /^\d{1,2} [A-Za-z]{4,9} \d{4}$/, format: 'd MMMM yyyy' },
  { test: /^\d{1,2}-[A-Za-z]{3}-\d{4}$/, format: 'd-MMM-yyyy' },
];

// parse() needs a reference date for missing fields; every pattern has all three, so any will do.
const REFERENCE = new Date(2000, 0, 1);

/** `YYYY-MM-DD` for a date written in any of the accepted forms, or null when it is not a real date. */
export function parseDate(raw: string): string | null {
  const iso = plainIsoDate(raw);
  if (iso !== undefined) return iso;
  // Spreadsheets append a midnight time to dates ("2013-02-11 00:00:00", "11/02/2013 00:00").
  const value = raw.trim().replace(CLOCK, '');
  const numeric = NUMERIC.exec(value);
  if (numeric) return numericDate(numeric);
  const pattern = PATTERNS.find((p) => p.test.test(value));
  if (!pattern) return null;
  const date = parse(value, pattern.format, REFERENCE);
  if (!isValid(date) || date.getFullYear() < 1900 || date.getFullYear() > 2200) return null;
  return format(date, 'yyyy-MM-dd');
}

const CLOCK = /[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Which century a two-digit year is in: a date of birth's is the one that puts it in the hundred years up to
 * the audit day (nobody on a school's roll or leavers list is 100, nor born after the audit); a leaving or
 * admission date's, or a connection's, in the hundred years up to a year after it (a leaving date may be set
 * for next summer); a date the tool's own files keep (a family link recorded or due for review, a decision taken),
 * in the fifty years either side of it. Only one century fits each, so the date is certain; day first, as ever.
 */
export type ShortYearKind = 'birth' | 'event' | 'kept';

/** How many years after the day a two-digit year may fall, by kind. */
const YEARS_AHEAD: Record<ShortYearKind, number> = { birth: 0, event: 1, kept: 50 };

// Not with hyphens: `12-03-17` is also how year-first short dates (yy-mm-dd) are written.
const SHORT_NUMERIC = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2})$/;
const SHORT_NAMED = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{2})$/;

/**
 * parseDate, and the two-digit years of Excel on a Mac and other spreadsheets (`05/01/12`, `5-Jan-26`,
 * `5 Jan 26`), placed by the audit day (ShortYearKind). Null when it is neither; without a day, no two-digit year is read.
 */
export function parseDateNear(raw: string, auditDate: string | undefined, kind: ShortYearKind): string | null {
  const plain = parseDate(raw);
  if (plain !== null || auditDate === undefined) return plain;
  const value = raw.trim().replace(CLOCK, '');
  const digits = SHORT_NUMERIC.exec(value);
  const named = digits ? null : SHORT_NAMED.exec(value);
  const month = digits ? Number(digits[3]) : named ? monthNumber(named[2]!) : 0;
  const parts = digits ?? named;
  if (!parts || month < 1 || month > 12) return null;
  const day = Number(parts[1]);
  const latestYear = Number(auditDate.slice(0, 4)) + YEARS_AHEAD[kind];
  const latest = `${latestYear}${auditDate.slice(4)}`;
  let year = latestYear - (latestYear % 100) + Number(parts[digits ? 4 : 3]);
  if (`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` > latest) year -= 100;
  return isoOf(year, month, day);
}

/**
 * The all-digit forms (`2013-02-11`, `11/02/2013`, `11-02-2013`, `11.02.2013`, and year first with
 * slashes or dots, `2013/02/11`, as Excel in some locales writes it: a four-digit year first leaves no doubt), which are nearly
 * every date in a roll or connection list, checked by hand: date-fns' general parser is slow for a trust's million rows.
 */
const NUMERIC = /^(?:(\d{4})([/.-])(\d{1,2})\2(\d{1,2})|(\d{1,2})([/.-])(\d{1,2})\6(\d{4}))$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function numericDate(match: RegExpExecArray): string | null {
  const year = Number(match[1] ?? match[8]);
  const month = Number(match[3] ?? match[7]);
  const day = Number(match[4] ?? match[5]);
  if (!isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * `2013-02-11` as it is, or null when no such day, checked digit by digit: a connection list's
 * million dates are nearly all written so. Undefined when not written so (parseDate reads it).
 */
export function plainIsoDate(raw: string): string | null | undefined {
  if (raw.length !== 10 || raw.charCodeAt(4) !== 0x2d || raw.charCodeAt(7) !== 0x2d) return undefined;
  const year = digitsAt(raw, 0, 4);
  const month = digitsAt(raw, 5, 2);
  const day = digitsAt(raw, 8, 2);
  if (year < 0 || month < 0 || day < 0) return undefined;
  return isRealDay(year, month, day) ? raw : null;
}

function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** An Excel date serial as a CSV saved from a sheet leaves it (`45123`, `45123.5` with a time): a day from 1920 to 2100. */
export function isExcelSerial(raw: string): boolean {
  if (!/^\d{4,5}(\.\d+)?$/.test(raw)) return false;
  const serial = Number(raw);
  return serial >= 7306 && serial <= 73051;
}

export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseDate(value) === value;
}

/** A local Date at midnight for an ISO date, so date-fns compares calendar days. */
export function toLocalDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function fromLocalDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/**
 * Calendar age on a day: whole years, counted as date-fns' differenceInYears counts them (someone
 * born on 29 February is a year older on 1 March in a common year), from the ISO strings
 * themselves, since a trust's roll asks it 50,000 times.
 */
export function ageOn(dob: string, day: string): number {
  // Two ISO dates (all but always) are read as numbers, no string made: a trust asks this millions of times.
  const born = isoParts(dob);
  const on = isoParts(day);
  if (born >= 0 && on >= 0) {
    const years = digitsAt(day, 0, 4) - digitsAt(dob, 0, 4);
    return on < born ? years - 1 : years;
  }
  const years = Number(day.slice(0, 4)) - Number(dob.slice(0, 4));
  return day.slice(5) < dob.slice(5) ? years - 1 : years;
}

/** `YYYY-MM-DD`'s month and day as MMDD (whatever the numbers), or -1 when not written so. */
function isoParts(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d || digitsAt(text, 0, 4) < 0)
    return -1;
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  return month < 0 || day < 0 ? -1 : month * 100 + day;
}

/** Seconds since 1970 (platform downloads) as the UTC calendar day. */
export function fromUnixSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for a month's English name or its first three letters (`Sept` too), or 0. */
function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => month.slice(0, 3) === lower.slice(0, 3));
  if (index < 0) return 0;
  return lower.length === 3 || lower === 'sept' || MONTHS[index] === lower ? index + 1 : 0;
}

/**
 * Two-digit years in connection lists are this century's: no social network lists a link made
 * before 2000, and Excel's own pivot (30 → 1930) would put a 2030 re-save a century out.
 */
function fullYear(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function isoOf(year: number, month: number, day: number): string | null {
  if (!isRealDay(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?`;
const ZONE = String.raw`(?:Z|UTC|GMT|[A-Z]{3,4}|[+-]\d{2}:?\d{2})`;
/** `14-Aug-25`, `3-Mar-14`, `09 Sep 2022`, `Wed, 15 Mar 2017 10:00:00 GMT`: day, month name, year. */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(?:[A-Za-z]{3},?\s+)?(\d{1,2})[\s-]([A-Za-z]{3,9}\.?)[\s-](\d{4}|\d{2})(?:,?\s+${TIME})?(?:\s*${ZONE})?$`,
);
/** `Wed Mar 15 10:00:00 UTC 2017` (Java's Date), `Mar 15, 2017`, `March 15 2017 10:00`: month name first. */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:,?\s+(\d{4}))?(?:,?\s+${TIME})?(?:\s*${ZONE})?(?:\s+(\d{4}))?$`,
);
/** LinkedIn's own US-locale stamp, `1/8/18, 6:14 PM`: month first, as the AM/PM clock shows. */
const US_STAMP = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4}),?\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)$/;
/** `8/1/18` with no clock: read only when one part cannot be a month, so the order shows itself. */
const SHORT_SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;

/**
 * `YYYY-MM-DD` for a date in a platform's connection list, or null when it cannot be read. Reads
 * everything parseDate does (with a trailing time and zone), and the forms platforms and Excel
 * re-saves write that rolls never do: month names first or with two-digit years, weekday-led
 * stamps, and LinkedIn's US `M/D/YY, h:mm AM` stamp. A day-month order it cannot tell is null.
 */
export function parseConnectionDate(raw: string): string | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  const plain = parseDate(value.replace(/\s*(UTC|GMT|Z)$/i, ''));
  if (plain !== null) return plain;
  const dmy = DAY_MONTH_YEAR.exec(value);
  if (dmy) {
    const month = monthNumber(dmy[2]!);
    return month ? isoOf(fullYear(dmy[3]!), month, Number(dmy[1])) : null;
  }
  const mdy = MONTH_DAY_YEAR.exec(value);
  if (mdy && (mdy[3] === undefined) !== (mdy[4] === undefined)) {
    const month = monthNumber(mdy[1]!);
    return month ? isoOf(Number(mdy[3] ?? mdy[4]), month, Number(mdy[2])) : null;
  }
  const us = US_STAMP.exec(value);
  if (us) return isoOf(fullYear(us[3]!), Number(us[1]), Number(us[2]));
  const short = SHORT_SLASHED.exec(value);
  if (short) {
    const [first, second] = [Number(short[1]), Number(short[2])];
    if (first > 12 && second <= 12) return isoOf(fullYear(short[3]!), second, first);
    if (second > 12 && first <= 12) return isoOf(fullYear(short[3]!), first, second);
  }
  return null;
}
