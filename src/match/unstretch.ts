import type { PupilIndex } from './PupilIndex.js';
import { unstretchedForms } from './stretchedLetters.js';

/**
 * A word with stretched letters (`Jaaaack`, `tobyyfosterrr`) as the name or names it stands for in
 * scope: the first of its unstretched forms that is a pupil's name form (unless a fuller form is
 * somebody else's known name), or that `cut` splits into
 * a forename and a surname; undefined when none is. In a display name a doubled last letter alone
 * (`Ameliaa`) is a slip of the keyboard, as it always was; in a handle it is decoration.
 */
export function unstretch(word: string, handle: boolean, index: PupilIndex, cut: (form: string) => { parts: string[]; rank: number } | null): string[] | undefined {
  const forms = unstretchedForms(word, handle);
  for (const form of forms) {
    const facts = index.facts(form);
    if (facts.fore.length > 0 || facts.sur.length > 0) return [form];
    // `Annaaa` is Anna stretched, though only an Ana is in scope.
    if (facts.knownGiven || facts.realSurname) return undefined;
  }
  for (const form of forms) {
    const split = form.length >= 6 ? cut(form) : null;
    if (split && split.rank >= 3) return split.parts;
  }
  return undefined;
}
