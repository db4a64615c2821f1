/**
 * Names with letters stretched for effect: `Jaaaack`, `Elllie`, `fosterrr`, `tobyy`. A letter
 * written three or more times, or twice at the end of the word, may stand for one or two of it
 * (Ellie has two l's, Jack one a); which, only the names in scope can say, so this gives the
 * forms to try and the name finder keeps the first that names somebody. Doubled letters inside a
 * word (Anna, Harry, Elliott) are changed only in a word that is stretched elsewhere too.
 */

/** More runs than this in one word are not tried every way (2 ** 3 forms at most). */
const MAX_RUNS = 3;

/** Whether the word has a letter three times in a row, or (`endDouble`) twice at its end. */
export function looksStretched(word: string, endDouble = true): boolean {
  const n = word.length;
  if (endDouble && n >= 3 && word.charCodeAt(n - 1) === word.charCodeAt(n - 2)) return true;
  for (let i = 2; i < n; i++)
    if (word.charCodeAt(i) === word.charCodeAt(i - 1) && word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
  return false;
}

/**
 * The word with its stretched letters written twice or once, every way, most letters kept first;
 * not the word itself. Empty unless `looksStretched`. Without `endDouble`, a doubled last letter
 * alone (`Ameliaa`) is left to be read as a slip of the keyboard. With `anyDouble` (a name
 * decorated otherwise too: `ᴊᴀᴀᴄᴋ`), any doubled letter may be one.
 */
export function unstretchedForms(word: string, endDouble = true, anyDouble = false): string[] {
  if (!looksStretched(word, endDouble) && !(anyDouble && /(.)\1/.test(word))) return [];
  const runs: { letter: string; length: number }[] = [];
  for (const letter of word) {
    const last = runs[runs.length - 1];
    if (last && last.letter === letter) last.length++;
    else runs.push({ letter, length: 1 });
  }
  const stretchedInside = anyDouble || runs.some((run) => run.length >= 3);
  // Which runs may change: three or more of a letter, a double at the end, and any double in a word stretched elsewhere.
  const variable = runs.map(
    (run, i) => run.length >= 3 || (run.length === 2 && (stretchedInside || i === runs.length - 1)),
  );
  if (variable.filter(Boolean).length > MAX_RUNS) return [];
  let forms = [''];
  runs.forEach((run, i) => {
    const options = variable[i] ? [run.letter.repeat(2), run.letter] : [run.letter.repeat(run.length)];
    forms = forms.flatMap((form) => options.map((option) => form + option));
  });
  return forms.filter((form) => form !== word).sort((a, b) => b.length - a.length);
}
