import type { Content } from 'pdfmake/interfaces.js';
import { MONTH_NAMES } from '../wording.js';

const NBSP = '\u00a0';
/** A date as `longDate` writes it (`5 September 2022`), with the word that introduces it (`on`, `since`). */
const LONG_DATE = new RegExp(`\\b(?:(on|since) )?(\\d{1,2}) (${MONTH_NAMES.join('|')}) (\\d{4})\\b`, 'g');

/**
 * A date as the PDF lays it out, its words joined by non-breaking spaces, and to the word before it that says what
 * it is: a narrow table cell otherwise splits "5 September / 2022" across two lines, or leaves "on" alone on a line
 * above the date. The text and JSON reports keep plain spaces.
 */
export function keepDateWhole(text: string): string {
  return text.replace(LONG_DATE, (_date, word: string | undefined, day: string, month: string, year: string) =>
    [...(word ? [word] : []), day, month, year].join(NBSP),
  );
}

/** Every date in the document's text kept on one line; only strings change. */
export function keepDatesWhole<T extends Content>(content: T): T {
  return walk(content) as T;
}

function walk(node: unknown): unknown {
  if (typeof node === 'string') return keepDateWhole(node);
  if (Array.isArray(node)) return node.map(walk);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
}
