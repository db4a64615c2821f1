import type { Reading } from './nameReadings.js';
import type { PupilIndex } from './PupilIndex.js';
import { forenameAndInitial, segment, withoutWrapping } from './segment.js';
import { looksStretched } from './stretchedLetters.js';
import { onlyAnotherForm, unstretch } from './unstretch.js';
import type { WordFacts } from './WordFacts.js';
import { writtenWhole } from './wordsAsWritten.js';

/** A run of the account's words read as one name: a word, part of a run-together word, or words joined. */
export interface Span {
  start: number;
  end: number;
  word: string;
  facts: WordFacts;
  /** Two words run together only to look for a slip in a double-barrelled surname. */
  surnameOnly?: boolean;
  /** Cut out of a run-together word: a guess already, so no slip is looked for in it. */
  cut?: boolean;
}

export interface Slot {
  word: string;
  joined: boolean;
  /** What the index knows of the word, looked up once for the whole search. */
  facts: WordFacts;
  /** Read with its stretched letters written as the name has them (`Jaaaack`): decoration. */
  unstretched?: boolean;
}

/**
 * The reading's words, with run-together words (`jacksmith`, `jsmith`) split into names. A word
 * that is a name of its own (Jonathan, Adrian) is not split, and a display name's words only
 * into a forename and a surname.
 */
export function slotsOf(reading: Reading, index: PupilIndex): Slot[] {
  let count = 0;
  // A letter tripled in one word (`fosterrr`) says the doubled ones beside it (`tobyy`) are decoration
  // too; so do two words that are no names, each with a letter doubled (`elliee clarkk`, `Chlooe
  // Hoangg`): one slip is believable, the same slip twice is decoration.
  // Asked only of readings with a word to unstretch (most display names are names as written).
  let stretchedBeside: boolean | undefined;
  const written = reading.written;
  for (let at = 0; at < reading.words.length; at++) {
    const word = reading.words[at]!;
    const facts = index.facts(word);
    // In a display name a word one slip from a name is a typo (Scarleet), not two names run together.
    const splittable = facts.fore.length === 0 && facts.sur.length === 0 && !facts.knownGiven;
    // A letter three times over where two names meet (`hallluna`: Hall, Luna) is no stretch: the
    // word as written cuts into a forename and a surname.
    const meeting = splittable && looksStretched(word, false) ? segment(word, index, true) : null;
    const stretchable = splittable && !facts.realSurname && !(meeting && meeting.rank >= 3);
    const anotherForm =
      !stretchable && !splittable && !facts.knownGiven && !facts.realSurname && onlyAnotherForm(facts);
    if (stretchable || anotherForm) stretchedBeside ??= isStretchedBeside(reading.words, index);
    segmentsOf = index;
    const unstretched = stretchable
      ? unstretch(word, reading, index, segmentOfForm, stretchedBeside)
      : anotherForm
        ? namedExactly(unstretch(word, reading, index, NO_SEGMENT, stretchedBeside), index)
        : undefined;
    // A lone word that is a double-barrelled surname run together (`jamesbradley`: James-Bradley)
    // may as well be a forename and a surname (James Bradley): cut, the surname stays as the two
    // parts joined (`spansOf`).
    const both = !splittable && reading.words.length === 1 && surnameOnly(facts) ? segment(word, index) : null;
    if (both && both.rank >= 3) {
      for (const part of both.parts) SLOTS[count++] = { word: part, joined: true, facts: index.facts(part) };
      continue;
    }
    if (unstretched) {
      for (const part of unstretched)
        SLOTS[count++] = { word: part, joined: unstretched.length > 1, facts: index.facts(part), unstretched: true };
      continue;
    }
    // A display name of one word that cuts into a forename and a surname (`J A M E S W O O D`, spaced
    // with no wider gap) is the whole name run together, even when it is also one slip from a surname.
    const typo =
      splittable &&
      reading.source === 'display' &&
      (index.typos(word, 'fore').length > 0 || index.typos(word, 'sur').length > 0) &&
      !(reading.words.length === 1 && (segment(word, index)?.rank ?? 0) >= 3);
    // A display word written as a word of its own beside others (`Luke Bramhill`) is no two names run
    // together (Bram Hill): only letters run together show that (see `wordsAsWritten`).
    const split =
      splittable && !typo && !(written !== undefined && writtenWhole(written, word))
        ? meeting && meeting.rank >= 3
          ? meeting
          : segment(word, index)
        : null;
    const unwrapped = splittable && !split && reading.source === 'handle' ? unwrap(word, index) : undefined;
    const initialled =
      splittable && !split && !unwrapped && reading.source === 'handle' && reading.numbers.length > 0
        ? forenameAndInitial(word, index)
        : null;
    if (split && (reading.source === 'handle' || split.rank >= 3))
      for (const part of split.parts) SLOTS[count++] = { word: part, joined: true, facts: index.facts(part) };
    else if (unwrapped) SLOTS[count++] = { word: unwrapped, joined: true, facts: index.facts(unwrapped) };
    else if (initialled)
      for (const part of initialled) SLOTS[count++] = { word: part, joined: true, facts: index.facts(part) };
    else SLOTS[count++] = { word, joined: false, facts };
  }
  // Copied out at their number (an array grown a slot at a time takes room for sixteen; docs/performance.md, perf41).
  const slots = SLOTS.slice(0, count);
  SLOTS.fill(undefined, 0, count);
  return slots as Slot[];
}

const SLOTS: (Slot | undefined)[] = [];

// The index `unstretch` cuts forms in, read by one function: a closure over `slotsOf`'s index made V8 build a
// context for each of a trust's million searches (docs/performance.md, perf41).
let segmentsOf: PupilIndex | undefined;
const segmentOfForm = (form: string) => segment(form, segmentsOf!);
const NO_SEGMENT = () => null;

function isStretchedBeside(words: readonly string[], index: PupilIndex): boolean {
  for (const word of words) if (looksStretched(word, false)) return true;
  let doubled = 0;
  for (const word of words) if (DOUBLED.test(word) && !isName(index.facts(word)) && ++doubled >= 2) return true;
  return false;
}

/**
 * A stretched word that is another form of a name (`Tedleyy`, a pet form of Tedley) is read
 * unstretched only as somebody's name exactly: the stretch, not the other form, is the decoration.
 */
function namedExactly(forms: string[] | undefined, index: PupilIndex): string[] | undefined {
  return forms?.length === 1 && !onlyAnotherForm(index.facts(forms[0]!)) ? forms : undefined;
}

function surnameOnly(facts: WordFacts): boolean {
  return facts.sur.length > 0 && facts.fore.length === 0 && !facts.knownGiven;
}

/** A letter written twice in a row. */
const DOUBLED = /(.)\1/;

function isName(facts: WordFacts): boolean {
  return facts.fore.length > 0 || facts.sur.length > 0 || facts.knownGiven || facts.realSurname;
}

/**
 * A handle's word wrapped in the x's (and o's) people decorate handles with (`xxarjan_kumarxx`,
 * `xconnor.pickeringx`) or the words run onto it (`itspoppy`, `realpoppy`), as the name inside, when there
 * is one.
 */
function unwrap(word: string, index: PupilIndex): string | undefined {
  const inner = withoutWrapping(word);
  if (inner === word || inner.length < 2) return undefined;
  const facts = index.facts(inner);
  return facts.fore.length > 0 || facts.sur.length > 0 ? inner : undefined;
}

/** Adjacent words that together are one slip away from a surname (`Udiin-Butler`). */
export function withJoinedTypos(spans: Span[], slots: readonly Slot[], index: PupilIndex): Span[] {
  // Two words joined leave no third to be the forename: nothing to look for (and most names
  // are two words, each joined pair a word the facts cache would keep for nothing).
  if (slots.length < 3) return spans;
  const more: Span[] = [];
  for (let start = 0; start + 1 < slots.length; start++) {
    if (slots[start]!.word.length < 2 || slots[start + 1]!.word.length < 2) continue;
    const word = slots[start]!.word + slots[start + 1]!.word;
    if (index.idOf(word) >= 0 || !index.mayBeSurnameForm(word)) continue;
    more.push({ start, end: start + 2, word, facts: index.facts(word), surnameOnly: true });
  }
  return more.length > 0 ? [...spans, ...more] : spans;
}

export function spansOf(slots: readonly Slot[], index: PupilIndex): Span[] {
  // Made at its length, not mapped: no closure for each of a trust's million searches.
  const spans = new Array<Span>(slots.length);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    spans[i] = slot.joined
      ? { start: i, end: i + 1, word: slot.word, facts: slot.facts, cut: true }
      : { start: i, end: i + 1, word: slot.word, facts: slot.facts };
  }
  for (let length = 2; length <= 3; length++) {
    for (let start = 0; start + length <= slots.length; start++) {
      // Most words joined are no name: the quick no first, before a string is made and hashed.
      if (!index.mayBeJoinedWord(slots, start, start + length)) continue;
      let word = slots[start]!.word;
      for (let i = start + 1; i < start + length; i++) word += slots[i]!.word;
      if (index.idOf(word) < 0) continue;
      spans.push({ start, end: start + length, word, facts: index.facts(word) });
    }
  }
  return spans;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
