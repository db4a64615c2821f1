import type { AuditWarning } from '../model/report.js';
import type { Warning } from '../model/warnings.js';
import { graphemes } from './terminalColumns.js';
import { describeWarning } from './warningWording.js';
import { describeShortenedEnd } from './wording.js';

/**
 * Longest name, handle or note from the input a terminal shows whole, in graphemes. Platforms cap names at about
 * 50 characters; a 3,000-character one (a broken or hostile list) filled screens and pushed the finding out of sight.
 */
export const READING_LIMIT = 100;

/** The fields that hold a person's or account's words as the input gave them: shown shortened, the rest untouched. */
const FROM_INPUT = new Set([
  'name',
  'username',
  'profileUrl',
  'role',
  'relationship',
  'reason',
  'note',
  'recordedBy',
  'decidedBy',
  'school',
]);

/** A warning's arguments that quote the input's words (names, ids, a cell's value): shortened as the report's are. */
const WARNING_FROM_INPUT = new Set([
  ...FROM_INPUT,
  'staffName',
  'pupilName',
  'accountName',
  'account',
  'staffId',
  'pupilId',
  'given',
  'rollIds',
  'rollSchools',
  'value',
  'example',
  'sheet',
  'key',
]);

/** A text cut to its first `limit` graphemes (never through an accent or an emoji), saying how long it was. */
export function shortenedText(text: string, limit = READING_LIMIT): string {
  const length = [...text].length;
  if (length <= limit) return text;
  const kept = graphemes(text).slice(0, limit).join('');
  return kept === text ? text : `${kept.trimEnd()}${describeShortenedEnd(length)}`;
}

/**
 * A report, finding or account as a terminal shows it: every name and note from the input over `READING_LIMIT`
 * shortened, with a visible note; the shape kept and the original unchanged (the JSON and CSV keep them whole).
 */
export function shortenedNames<T>(value: T, key?: string, fields: ReadonlySet<string> = FROM_INPUT): T {
  if (typeof value === 'string') return (key !== undefined && fields.has(key) ? shortenedText(value) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => shortenedNames(item, key, fields)) as T;
  if (value !== null && typeof value === 'object') {
    if (key === 'warnings' && 'message' in value) return shortenedWarning(value as unknown as AuditWarning) as T;
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) out[name] = shortenedNames(item, name, fields);
    return out as T;
  }
  return value;
}

/**
 * A warning whose words quote a name past the limit, worded again from its arguments shortened: its message was
 * made whole at the audit (the JSON keeps it so). One without arguments (redacted, or an earlier version's) is kept.
 */
function shortenedWarning(warning: AuditWarning): AuditWarning {
  if (warning.args === undefined) return warning;
  const args = shortenedNames(warning.args, undefined, WARNING_FROM_INPUT);
  if (JSON.stringify(args) === JSON.stringify(warning.args)) return warning;
  return { ...warning, message: describeWarning({ code: warning.code, args } as Warning) };
}
