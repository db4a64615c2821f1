import { plainWords } from './plainWords.js';

/**
 * Forename levels at which the account spells the pupil's forename otherwise: another spelling of
 * the same name (Shaun for Sean, Youssef for Yusuf), which adults bear as their own. Not a short form
 * or another language's counterpart (Tom, Victoria for Wiktoria): a pupil goes by those every day.
 */
export const NEAR_FORE: ReadonlySet<string> = new Set(['variant']);

/**
 * The forename the display name is written with, where it bears the pupil's surname as its last
 * word (or its first, before a comma, as the lists' names are tallied) and the forename is no
 * word of the pupil's: `Jaiden` of "Jaiden Hughes" for Jayden Hughes. Undefined otherwise.
 */
export function writtenForename(
  displayName: string | undefined,
  surname: string,
  pupilWords: readonly string[],
): string | undefined {
  if (!displayName) return undefined;
  const words = plainWords(displayName);
  if (words.length < 2) return undefined;
  const [fore, sur] = displayName.includes(',')
    ? [words[words.length - 1]!, words[0]!]
    : [words[0]!, words[words.length - 1]!];
  return sur === surname && !pupilWords.includes(fore) ? fore : undefined;
}
