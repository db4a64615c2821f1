import { FOLD } from '../normalise/nameText.js';
import type { Reading } from './nameReadings.js';
import type { PupilIndex } from './PupilIndex.js';
import { looksStretched, unstretchedForms } from './stretchedLetters.js';
import type { WordFacts } from './WordFacts.js';

/**
 * A word with stretched letters (`Jaaaack`, `tobyyfosterrr`) as the name or names it stands for in
 * scope: the first of its unstretched forms that is a pupil's name form (unless a fuller form is
 * somebody else's known name: `Annaaa` is Anna, though only an Ana is in scope), or, for a word
 * with a letter three times over, that `cut` splits into a forename and a surname; undefined when
 * none is. In a plain display name a doubled letter alone (`Ameliaa`) is a slip of the keyboard,
 * as it always was; in a handle a doubled last letter, and in a name decorated otherwise too
 * (small capitals, emoji) or beside a word with a letter tripled (`tobyy fosterrr`: `stretchedBeside`)
 * any doubled letter, is decoration.
 */
export function unstretch(
  word: string,
  reading: Reading,
  index: PupilIndex,
  cut: (form: string) => { parts: string[]; rank: number } | null,
  stretchedBeside = false,
): string[] | undefined {
  const decorated = (reading.marks & FOLD.DECORATED) !== 0 || stretchedBeside;
  const forms = unstretchedForms(word, reading.source === 'handle' || decorated, decorated);
  // Most words come no further: only a name form in scope (one set look-up) is looked at closely.
  let found = -1;
  for (let i = 0; i < forms.length; i++) {
    const form = forms[i]!;
    if (!index.mayName(form)) continue;
    const facts = index.facts(form);
    if (facts.fore.length === 0 && facts.sur.length === 0) continue;
    if (found < 0) {
      for (let j = 0; j < i; j++) {
        const fuller = index.facts(forms[j]!);
        if (fuller.knownGiven || fuller.realSurname) return undefined;
      }
      found = i;
    }
    // How many letters a stretch stands for is decoration: a spelling of the name (Saadia) gives way
    // to the name itself as the roll has it (`Saaaadia` is Sadia).
    if (!onlyAnotherForm(facts)) return [form];
  }
  if (found >= 0) return [forms[found]!];
  // Run-together words are cut as they are, with one doubled letter made single, by the name
  // finder; only a word stretched further is cut here.
  if (!looksStretched(word, false)) return undefined;
  for (const form of forms) {
    const split = form.length >= 6 ? cut(form) : null;
    if (split && split.rank >= 3) return split.parts;
  }
  return undefined;
}

/**
 * The word names pupils only as another form of their name: a spelling of the forename (Saadia for
 * Sadia) or a pet form of the surname (Tedleyy for Tedley); no exact name of anybody.
 */
export function onlyAnotherForm(facts: WordFacts): boolean {
  return (
    facts.fore.every((hit) => hit.relation === 'variant') &&
    facts.sur.every((hit) => hit.relation === 'pet') &&
    facts.fore.length + facts.sur.length > 0
  );
}
