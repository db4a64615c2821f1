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
export function shortenedNames<T>(value: T, key?: string): T {
  return shortenedFields(value, key, FROM_INPUT, READING_LIMIT);
}

function shortenedFields<T>(value: T, key: string | undefined, fields: ReadonlySet<string>, limit: number): T {
  if (typeof value === 'string')
    return (key !== undefined && fields.has(key) ? shortenedText(value, limit) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => shortenedFields(item, key, fields, limit)) as T;
  if (value !== null && typeof value === 'object') {
    if (key === 'warnings' && 'message' in value) return shortenedWarning(value as unknown as AuditWarning, limit) as T;
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) out[name] = shortenedFields(item, name, fields, limit);
    return out as T;
  }
  return value;
}

/**
 * A warning whose words quote a name past `limit` (the PDF's is longer than a terminal's), worded again from its
 * arguments shortened: its message was made whole at the audit (the JSON keeps it so). One without arguments
 * (redacted, or an earlier version's) is kept.
 */
export function shortenedWarning(warning: AuditWarning, limit = READING_LIMIT): AuditWarning {
  if (warning.args === undefined) return warning;
  const args = shortenedFields(warning.args, undefined, WARNING_FROM_INPUT, limit);
  if (JSON.stringify(args) === JSON.stringify(warning.args)) return warning;
  return { ...warning, args, message: describeWarning({ code: warning.code, args } as Warning) };
}
