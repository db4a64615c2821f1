import { visibleText } from '../normalise/visibleText.js';

/** Who made a change as it is saved: the name as a screen shows it, without escapes, invisible characters or edges. */
export function recorderName(raw: string): string {
  return visibleText(raw).replace(/\s+/gu, ' ').trim();
}

/**
 * Why a "Recorded by" answer is no person's name or initials, if it is not: one that shows as nothing (spaces, an
 * escape, a zero-width space) or has no letter, or one with digits (a date typed in the wrong box): a log says who.
 */
export function recorderProblem(raw: string): string | undefined {
  const name = recorderName(raw);
  if (name === '') return 'That shows as nothing: type your name or initials (e.g. K. Head).';
  // The placeholder of a command `exemptions list` or a report prints, copied without filling it in.
  if (/^your name$/iu.test(name))
    return 'That is the placeholder: type your name or initials (e.g. K. Head) in its place.';
  if (/\d/u.test(name))
    return 'That is not a name (it has digits): type your name or initials (e.g. K. Head); the date is recorded by itself.';
  if (!/\p{L}/u.test(name)) return 'That is not a name (it has no letters): type your name or initials (e.g. K. Head).';
  return undefined;
}
