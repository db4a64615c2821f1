import { plainWords } from './plainWords.js';

/**
 * Forename levels at which the account spells the pupil's forename otherwise: another spelling of
 * the same name (Shaun for Sean, Youssef for Yusuf), which adults bear as their own. Not a short form
 * or another language's counterpart (Tom, Victoria for Wiktoria): a pupil goes by those every day.
 */
export const NEAR_FORE: ReadonlySet<string> = new Set(['variant']);

/**
 * The whole name the display name is written with, where it is another person's whole name near
 * the pupil's: another spelling of the forename (`NEAR_FORE`) beside the whole surname (Youssef
 * Ahmed for Yusuf Ahmed), or the forename beside half a double-barrelled surname (Olivia Taylor for
 * Olivia Taylor-Wood). As the lists tally names (first and last word, or last and first about a
 * comma), so that the lists' count of it can be asked for. Undefined otherwise, and where the
 * handle's digits are the pupil's.
 */
export function writtenName(
  displayName: string | undefined,
  levels: { fore: string; sur: string; digits: string },
  pupil: { forenames: readonly string[]; surname: string; surnameWords: readonly string[] },
): [string, string] | undefined {
  if (!displayName || !nearName(levels)) return undefined;
  const spelt = NEAR_FORE.has(levels.fore);
  const words = plainWords(displayName);
  if (words.length < 2) return undefined;
  const [fore, sur] = displayName.includes(',')
    ? [words[words.length - 1]!, words[0]!]
    : [words[0]!, words[words.length - 1]!];
  if (spelt) {
    // The lists tally a name by its first and last word: beside a double-barrelled surname written
    // whole, that count is of another, commoner name (Khaled Thomas for Khaled Todgate-Thomas).
    const wholeDouble = words.some((w, i) => i > 0 && i < words.length - 1 && pupil.surnameWords.includes(w));
    return sur === pupil.surname && !wholeDouble && !pupil.forenames.includes(fore) ? [fore, sur] : undefined;
  }
  return pupil.forenames.includes(fore) && sur !== pupil.surname && pupil.surnameWords.includes(sur)
    ? [fore, sur]
    : undefined;
}

/** Whether a pair's levels are those of another person's whole name near the pupil's (`writtenName`): asked first, cheaply. */
export function nearName(levels: { fore: string; sur: string; digits: string }): boolean {
  // A handle carrying the pupil's birth year or year group speaks for the pupil whoever else bears the name.
  if (levels.digits === 'dob' || levels.digits === 'yearGroup') return false;
  const exactFore = levels.fore === 'legal' || levels.fore === 'preferred';
  const exactSur = levels.sur === 'full' || levels.sur === 'preferred';
  return (NEAR_FORE.has(levels.fore) && exactSur) || (exactFore && levels.sur === 'part');
}
