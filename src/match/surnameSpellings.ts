import { OTHER_LANGUAGES_NAMES } from './data/otherLanguagesNames.js';
import { SLAVIC_ENDINGS, SLAVIC_LETTERS } from './data/slavicSpellings.js';
import { SURNAME_SPELLINGS } from './data/surnameSpellings.js';
import { TRANSLITERATIONS } from './data/transliterations.js';

/** Each surname's other romanised spellings (not itself), by the `=` lines of the tables given. */
export function surnameSpellingGroups(
  text = `${SURNAME_SPELLINGS}\n${TRANSLITERATIONS}\n${OTHER_LANGUAGES_NAMES}`,
): ReadonlyMap<string, readonly string[]> {
  const groups = new Map<string, Set<string>>();
  for (const raw of text.split('\n')) {
    const match = /^([a-z]+)\s*=\s*([a-z, ]+)$/.exec(raw.trim());
    if (!match) continue;
    const group = new Set([match[1]!, ...match[2]!.split(',').map((w) => w.trim())].filter(Boolean));
    // One name in every spelling: a line joining two groups joins them whole, as the forename table does.
    for (const name of [...group]) for (const other of groups.get(name) ?? []) group.add(other);
    for (const name of group) groups.set(name, group);
  }
  const spellings = new Map<string, readonly string[]>();
  for (const [name, group] of groups)
    spellings.set(
      name,
      [...group].filter((other) => other !== name),
    );
  return spellings;
}

const LOOKS_SLAVIC = /(?:sz|cz|[aeiouy][kc]$)/;
/** Each ending set's endings, longest first, sorted once: every surname on every row asks (skiy before ski). */
const LONGEST_FIRST = SLAVIC_ENDINGS.map((set) => [...set].sort((a, b) => b.length - a.length));

let shared: ReadonlyMap<string, readonly string[]> | undefined;
const NONE: readonly string[] = Object.freeze([]);
/** A surname's other spellings in the project's tables (none for most). */
export function surnameSpellingsOf(word: string): readonly string[] {
  shared ??= surnameSpellingGroups();
  return shared.get(word) ?? NONE;
}

/**
 * A surname's other romanisations by the Slavic rules (`data/slavicSpellings.ts`): each other
 * ending of its ending's set, and Polish letters written as English speakers write them, either
 * way (Kovalevsky → Kowalewski, Kowalewsky…; Novak → Nowak; Smirnoff → Smirnov). Not itself;
 * words under four letters have none (Bow is no Bov), nor do English-looking words (Wickers).
 */
export function slavicSpellings(word: string): string[] {
  if (word.length < 4) return [];
  let stems: [string, readonly string[]][] = [[word, ['']]];
  for (const [i, set] of SLAVIC_ENDINGS.entries()) {
    // The longest ending of the set the word ends in (skiy before ski's y-less cousins).
    const ending = LONGEST_FIRST[i]!.find((e) => word.endsWith(e) && word.length - e.length >= 3);
    if (ending) {
      stems = [[word.slice(0, -ending.length), set]];
      break;
    }
  }
  // Letters are swapped only in a word that looks Slavic (its ending, -ak or -ek, sz or cz): an English
  // surname with w or v (Wickers, Vickers) is another family's.
  if (stems[0]![0] === word && !LOOKS_SLAVIC.test(word)) return [];
  const out = new Set<string>();
  for (const [stem, endings] of stems) {
    let bodies = [stem];
    for (const [a, b] of SLAVIC_LETTERS) {
      const more: string[] = [];
      for (const body of bodies) {
        if (body.includes(a)) more.push(body.replaceAll(a, b));
        if (body.includes(b)) more.push(body.replaceAll(b, a));
      }
      bodies = bodies.concat(more);
    }
    for (const body of bodies) for (const ending of endings) out.add(body + ending);
  }
  out.delete(word);
  return [...out];
}
