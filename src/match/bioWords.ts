import type { MatchCandidate } from './Matcher.js';
import { wordsOfLevel } from './namesAnother.js';
import { plainWords } from './plainWords.js';

/**
 * What a display name says of its writer beside the name, apart from the name: words after a headline
 * separator (`Jade Quigley | Netball`, ` - Year 9`, ` • Leeds`, ` · Dancer`), in brackets (`(Jadey)`), or set
 * off by emoji (`Jade Quigley 🏀 Basketball`, `✨ Dancer ✨`). Children write a sport, a team, a town, an age or
 * a calling so, as adults write a job: a word there is no second surname, which is written beside the name
 * (`Jade Quigley Marsh`, `Jade Quigley-Marsh`) or with it (`Jade & Tom Quigley`), never set off.
 */

/** A headline separator between spaces, a bar anywhere, a bracket, or a run of emoji: where a name's part ends. */
const SET_OFF = /\s[-–—·•@]\s|[|()[\]{}]|(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+/u;
const SET_OFF_ALL = new RegExp(SET_OFF.source, 'gu');

/** Most names have no such mark: a cheap look before the regular expression (a million rows come through here). */
function maySetOff(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f || code === 0x7c || code === 0x28 || code === 0x5b || code === 0x7b || code === 0x2d) return true;
  }
  return false;
}

/**
 * The display name's parts as its marks set them off, each as its plain words (`Jade Quigley | Y9 (Jadey)`: jade
 * quigley; jadey), or undefined where nothing is set off (one part: most names).
 */
export function partsSetOff(written: string | undefined): readonly (readonly string[])[] | undefined {
  if (written === undefined || !maySetOff(written) || !SET_OFF.test(written)) return undefined;
  const parts = written
    .split(SET_OFF_ALL)
    .map((part) => plainWords(part))
    .filter((words) => words.length > 0);
  return parts.length > 1 ? parts : undefined;
}

/**
 * Whether `word` stands only in parts set off from the name: in some part, and in none that holds a word of the
 * name (`nameWords`, the forename and surname as read).
 */
export function setOffFromName(
  parts: readonly (readonly string[])[],
  word: string,
  nameWords: readonly string[],
): boolean {
  let found = false;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (!part.includes(word)) continue;
    for (let n = 0; n < nameWords.length; n++) if (part.includes(nameWords[n]!)) return false;
    found = true;
  }
  return found;
}

/**
 * The candidates as the audit's own estimates (accounts per pupil, how pupils present) count them: words set off
 * (`setOff`) as the unexplained words they were before words45, so that every other pair weighs as before (a pupil
 * or an adult writing a team beside a whole name moves no other finding). The candidates themselves where none has any.
 */
export function setOffAsBefore(candidates: MatchCandidate[]): MatchCandidate[] {
  if (!candidates.some((c) => c.levels.setOff)) return candidates;
  return candidates.map((c) => {
    const { setOff, ...levels } = c.levels;
    if (!setOff) return c;
    const count = wordsOfLevel(levels.unexplained) + wordsOfLevel(setOff);
    return { ...c, levels: { ...levels, unexplained: count === 1 ? '1' : '2+' } };
  });
}
