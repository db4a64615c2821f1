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
/**
 * Each ending with its set's number, by the ending's last letter (ASCII code), in the order the sets and then their
 * endings longest first (skiy before ski) are looked through: a word is compared only with the endings it may have
 * (a trust's first-met words, most with none, each went through all 27).
 */
const BY_LAST_LETTER: ([string, number][] | undefined)[] = [];
SLAVIC_ENDINGS.forEach((set, at) => {
  for (const ending of [...set].sort((a, b) => b.length - a.length)) {
    const last = ending.charCodeAt(ending.length - 1);
    const endings = BY_LAST_LETTER[last] ?? [];
    endings.push([ending, at]);
    BY_LAST_LETTER[last] = endings;
  }
});

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
export function slavicSpellings(word: string): readonly string[] {
  if (word.length < 4) return NONE;
  // Indexed loops and nothing made for a word with no Slavic ending that does not look Slavic (nearly
  // every word a trust's facts cache misses: 300 MB of arrays and iterators on the bench trust).
  let stem = word;
  let endings: readonly string[] = AS_IT_ENDS;
  // The longest ending of the first set the word ends in (skiy before ski's y-less cousins).
  const mayEnd = BY_LAST_LETTER[word.charCodeAt(word.length - 1)] ?? NO_ENDINGS;
  for (let i = 0; i < mayEnd.length; i++) {
    const [ending, set] = mayEnd[i]!;
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      stem = word.slice(0, -ending.length);
      endings = SLAVIC_ENDINGS[set]!;
      break;
    }
  }
  // Letters are swapped only in a word that looks Slavic (its ending, -ak or -ek, sz or cz): an English
  // surname with w or v (Wickers, Vickers) is another family's.
  if (stem === word && !LOOKS_SLAVIC.test(word)) return NONE;
  const out = new Set<string>();
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
  out.delete(word);
  return [...out];
}

const NO_ENDINGS: readonly (readonly [string, number])[] = Object.freeze([]);
/** The ending of a word with none of the sets': kept as it is. */
const AS_IT_ENDS: readonly string[] = Object.freeze(['']);
