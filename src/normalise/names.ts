import { visibleText } from './visibleText.js';

/**
 * Name normalisation shared by the staff look-up, saved decisions' keys, the pupil picker and the
 * reports' sorting. Reads the name as a screen shows it (`visibleText`: `Mr\u200bs Smith` and a
 * name wrapped in colour escapes are `Mrs Smith`), then folds case and accents, drops punctuation
 * (O'Brien = OBrien) and splits into tokens.
 */
export function foldName(value: string): string {
  return foldNameAsBefore(visibleText(value));
}

/**
 * foldName as versions before 6 December 2026 wrote it into decisions.csv's `connection_key`: an
 * invisible code point read as a space and an escape's parameters as letters (`31mmrs smith 0m`).
 * Only for reading such keys (readDecisions.ts), so that a decision saved then still applies.
 */
export function foldNameAsBefore(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(value: string): string[] {
  const folded = foldName(value);
  return folded ? folded.split(' ') : [];
}
