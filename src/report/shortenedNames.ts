import { graphemes } from './terminalColumns.js';
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

/** A text cut to its first `limit` graphemes (never through an accent or an emoji), saying how long it was. */
function shortenedText(text: string, limit = READING_LIMIT): string {
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
  if (typeof value === 'string') return (key !== undefined && FROM_INPUT.has(key) ? shortenedText(value) : value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => shortenedNames(item, key)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) out[name] = shortenedNames(item, name);
    return out as T;
  }
  return value;
}
