import { DIMINUTIVES } from './data/diminutives.js';
import { ENGLISH_EQUIVALENTS } from './data/englishEquivalents.js';
import { GIVEN_NAMES } from './data/givenNames.js';
import { GREEK_NAMES } from './data/greekNames.js';
import { IRISH_NAMES } from './data/irishNames.js';
import { NICKNAME_TABLE } from './data/nicknameTable.js';
import { OTHER_LANGUAGES_NAMES } from './data/otherLanguagesNames.js';
import { TRANSLITERATIONS } from './data/transliterations.js';

/** How an account's forename relates to a pupil's, by the nickname table. */
export type NameRelation = 'nickname' | 'variant' | 'fullForm';

export interface NicknameBook {
  /** Forms an account may use for a pupil whose forename is `name`, and how they relate. */
  formsOf(name: string): ReadonlyMap<string, NameRelation>;
  /** A given name (or short form) somebody could be called: then it is nobody's typo. */
  isKnownGivenName(name: string): boolean;
  /** `form` is a short form of `name` that is also a name in its own right (Mark for Marcus). */
  isSharedForm(form: string, name: string): boolean;
  /**
   * A usual short form of some names (Beth, Ally, Abdul) and never a name of its own: not the
   * head of a line, not a spelling of one, not a shared form, not in the list of given names.
   */
  isOnlyShortForm(name: string): boolean;
  readonly size: number;
}

export interface NicknameTableEntry {
  head: string;
  kind: ':' | '=';
  forms: string[];
  /** The forms written `~form`: short forms that are also names in their own right. */
  shared: string[];
}

/** The table's lines as data, for the matcher and for the test of its shape. */
export function parseNicknameTable(
  text = `${NICKNAME_TABLE}\n${OTHER_LANGUAGES_NAMES}\n${TRANSLITERATIONS}\n${DIMINUTIVES}\n${ENGLISH_EQUIVALENTS}\n${GREEK_NAMES}\n${IRISH_NAMES}`,
): NicknameTableEntry[] {
  const entries: NicknameTableEntry[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^([^:=]+)([:=])(.*)$/.exec(line);
    if (!match) throw new Error(`nickname table: cannot read "${line}"`);
    const written = match[3]!
      .split(',')
      .map((form) => form.trim())
      .filter(Boolean);
    const forms = written.map((form) => form.replace(/^~/, ''));
    entries.push({
      head: match[1]!.trim(),
      kind: match[2] as ':' | '=',
      forms,
      shared: forms.filter((_, i) => written[i]!.startsWith('~')),
    });
  }
  return entries;
}

/**
 * Short forms are read one way: a pupil on the roll as Henry who calls himself Harry is a
 * nickname (flag-capable), but an account called Henry for a pupil on the roll as Harry is more
 * often his father or grandfather (a fuller form: review). Spellings of one name are one name.
 */
export function createNicknameBook(
  entries: readonly NicknameTableEntry[] = parseNicknameTable(),
  givenNames: string = GIVEN_NAMES,
): NicknameBook {
  const forms = new Map<string, Map<string, NameRelation>>();
  const known = new Set<string>(givenNames.split(/\s+/).filter(Boolean));
  const relate = (from: string, to: string, relation: NameRelation): void => {
    if (from === to) return;
    let map = forms.get(from);
    if (!map) {
      map = new Map();
      forms.set(from, map);
    }
    const existing = map.get(to);
    // A name both a nickname and a fuller form of another (rare) keeps the stronger reading.
    if (!existing || rank(relation) > rank(existing)) map.set(to, relation);
  };
  const variantGroups = new Map<string, Set<string>>();
  const sharedForms = new Set<string>();
  const given = new Set<string>(givenNames.split(/\s+/).filter(Boolean));
  const shortForms = new Set<string>();
  const namesOfTheirOwn = new Set<string>();
  for (const entry of entries) {
    known.add(entry.head);
    for (const form of entry.forms) known.add(form);
    namesOfTheirOwn.add(entry.head);
    if (entry.kind === '=') for (const form of entry.forms) namesOfTheirOwn.add(form);
    else for (const form of entry.forms) shortForms.add(form);
    for (const form of entry.shared) namesOfTheirOwn.add(form);
    if (entry.kind === '=') {
      const group = new Set([entry.head, ...entry.forms]);
      for (const name of group) for (const other of variantGroups.get(name) ?? []) group.add(other);
      for (const name of group) variantGroups.set(name, group);
    }
  }
  for (const group of new Set(variantGroups.values()))
    for (const a of group) for (const b of group) relate(a, b, 'variant');
  for (const entry of entries) {
    if (entry.kind !== ':') continue;
    const heads = variantGroups.get(entry.head) ?? new Set([entry.head]);
    for (const head of heads) {
      for (const form of entry.forms) {
        relate(head, form, 'nickname');
        relate(form, head, 'fullForm');
      }
      for (const form of entry.shared) sharedForms.add(`${form}>${head}`);
    }
  }
  const none: ReadonlyMap<string, NameRelation> = new Map();
  return {
    formsOf: (name) => forms.get(name) ?? none,
    isKnownGivenName: (name) => known.has(name),
    isSharedForm: (form, name) => sharedForms.has(`${form}>${name}`),
    isOnlyShortForm: (name) => shortForms.has(name) && !namesOfTheirOwn.has(name) && !given.has(name),
    size: known.size,
  };
}

function rank(relation: NameRelation): number {
  return relation === 'variant' ? 3 : relation === 'nickname' ? 2 : 1;
}

let shared: NicknameBook | undefined;
/** The project's own table, made once per process and shared: every matcher reads the same. */
export function sharedNicknameBook(): NicknameBook {
  shared ??= createNicknameBook();
  return shared;
}
