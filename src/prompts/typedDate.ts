import { quote } from '../errors.js';
import { parseDateNear, type ShortYearKind } from '../normalise/dates.js';

/** The forms a typed date is read in, said whenever one is not read. */
const TYPED_DATE_FORMS = 'DD/MM/YYYY, DD/MM/YY or YYYY-MM-DD';

/**
 * A date a person types (an option or a prompt's answer), read as a file's dates are: day first, a two-digit
 * year's century placed by today (the command's clock, passed in) for its kind. The ISO date, or why not.
 */
export function readTypedDate(raw: string, today: string, kind: ShortYearKind): { iso: string } | { problem: string } {
  const iso = parseDateNear(raw, today, kind);
  return iso === null ? { problem: unreadDate(raw) } : { iso };
}

// Written in a form that is read, so the day or month is what is wrong (31/02/2027, or 11/24/2026 in US order).
const READ_FORM = /^\s*(\d{1,2}([/.-])\d{1,2}\2\d{4}|\d{1,2}([/.])\d{1,2}\3\d{2}|\d{4}([/.-])\d{1,2}\4\d{1,2})\s*$/;
// Two-digit years with hyphens: `24-11-26` is also how year-first short dates (yy-mm-dd) are written.
const EITHER_WAY = /^\s*\d{1,2}-\d{1,2}-\d{2}\s*$/;

/** Why a typed date was not read: no such day in a form that is read, a form read two ways, or another form. */
function unreadDate(raw: string): string {
  if (READ_FORM.test(raw)) return `${quote(raw)} is no such day: check the day and month (day first)`;
  if (EITHER_WAY.test(raw))
    return `${quote(raw)} could be year first or day first: type it with slashes (DD/MM/YY) or the year in full`;
  return `${quote(raw)} is not a date: type it as ${TYPED_DATE_FORMS}`;
}

/**
 * A typed option's refusal: `--dob "31/02/2007" is no such day`, the value quoted once (the date's own problem
 * quotes it where the date was not read), or `--review-on "2001-01-01": 1 January 2001 is not after today`.
 */
export function optionRefusal(option: string, raw: string, problem: string): string {
  return problem.startsWith(quote(raw)) ? `${option} ${problem}` : `${option} ${quote(raw)}: ${problem}`;
}

/** What to type for a date option: `what` it is, in each form it is read, the example `iso` (YYYY-MM-DD). */
export function typedDateHint(option: string, what: string, iso: string): string {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const dayFirst = `${day}/${month}/`;
  return `Give ${what}, day first or as YYYY-MM-DD, e.g. ${option} ${dayFirst}${year}, ${option} ${dayFirst}${year.slice(2)} or ${option} ${iso}.`;
}
