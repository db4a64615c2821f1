import { OTHER_LANGUAGES_NAMES } from './data/otherLanguagesNames.js';
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

let shared: ReadonlyMap<string, readonly string[]> | undefined;
const NONE: readonly string[] = Object.freeze([]);
/** A surname's other spellings in the project's tables (none for most). */
export function surnameSpellingsOf(word: string): readonly string[] {
  shared ??= surnameSpellingGroups();
  return shared.get(word) ?? NONE;
}
