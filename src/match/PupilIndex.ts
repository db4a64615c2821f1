import { doubleMetaphone } from 'double-metaphone';
import type { Pupil } from '../model/records.js';
import { soundKey } from '../normalise/soundKey.js';
import { wadeGiles } from '../normalise/wadeGiles.js';
import { BlockingKeys } from './BlockingKeys.js';
import { PET_FORM_SHORTEST_STEM } from './data/petFormEndings.js';
import { FingerprintCache } from './FingerprintCache.js';
import { FingerprintGroups } from './FingerprintGroups.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { IndexedPupils } from './IndexedPupils.js';
import type { NicknameBook } from './nicknames.js';
import { PetForms } from './PetForms.js';
import { FORE_COMMON_PART, middleNamesGoneBy, pupilNameForms } from './pupilNameForms.js';
import { push } from './pushOnce.js';
import { shortFormOfOthers } from './shortFormOfOthers.js';
import { deletionKeys, editDistanceWithin, oneEditTypos } from './typos.js';
import { NO_FACTS, type WordFacts } from './WordFacts.js';
import { WordShapes } from './WordShapes.js';
import { ROLE_FORE, ROLE_SUR, type Vocabulary, wordFactsOf } from './wordFactsOf.js';
import { yearGroupOf } from './yearEvidence.js';

/**
 * Words looked up are remembered up to this many of each kind: enough for the names that repeat.
 * Most find no slip or sound-alike: those are kept as fingerprints (a Map of words and empty
 * lists took 0.7 MiB a school, 26 MiB for a trust audited school by school).
 */
const CACHE_LIMIT = 30_000;
const NO_IDS = Object.freeze([]) as unknown as number[];
/**
 * What the index knows of words: a trust's lists hold about 100,000 distinct ones, most of them
 * nobody's name, and those are kept as fingerprints only (see FingerprintCache).
 */
const FACTS_REMEMBERED = 200_000;

/**
 * The pupils in scope, indexed by blocking keys so that a connection looks only at pupils who
 * share a name form with it: forename × surname pairs, initial × surname, forenames alone,
 * one-deletion keys (typos) and Double Metaphone codes (names that sound alike).
 */
export class PupilIndex {
  readonly pupils: IndexedPupil[] = [];
  /**
   * Each pupil's accents, birth date and year, and year group, by place beside the pupils: a search and the reading
   * after it ask them of every pupil a forename alone finds (hundreds, most ruled out by the digits), and reading them
   * here spares a wait on memory for each pupil's own objects.
   */
  private readonly accents: Uint8Array;
  private readonly dobs: (string | undefined)[];
  private readonly dobYears: (number | undefined)[];
  private readonly yearGroups: (number | undefined)[];
  private readonly vocab = new Map<string, number>();
  private readonly words: string[] = [];
  private roles: number[] = [];
  /** Forename and surname forms, whole: see BlockingKeys. */
  private readonly blocks = new BlockingKeys();
  /** Vocabulary words by each string one deletion makes of them (and by themselves): see `typos`. */
  private readonly deletions: FingerprintGroups;
  private readonly sounds = new Map<string, number[]>();
  private readonly pets = new PetForms((id) => this.words[id]!);
  /** A pinyin forename's Wade–Giles spelling → the forename forms it spells (Tzuhan → zihan). */
  private readonly romanised = new Map<string, number[]>();
  /** The vocabulary as `wordFactsOf` reads it (set once the roll is read). */
  private readonly vocabulary: Vocabulary;
  private factsCache = new FingerprintCache<WordFacts>(FACTS_REMEMBERED, NO_FACTS);
  private soundsCache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
  private foreTypoCache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
  private surTypoCache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
  private longestSurname = 0;
  /** Names from the roll as words; remembered, since a trust's 50,000 pupils share a few thousand. */
  private readonly readName: IndexedPupils['readName'];
  /** The roll's forename forms' sound keys (a few thousand), made when first asked. */
  private readonly forenameSoundKeys = new Map<string, string>();
  /** Every word that may name a pupil in scope: name forms, and short forms or spellings of forenames. */
  private readonly nameForms = new Set<string>();
  /** Quick noes for `nameForms` and `vocab` (see WordShapes). */
  private readonly nameFormShapes = new WordShapes();
  private readonly vocabShapes = new WordShapes();

  /**
   * `shared`: the audit's pupils as its other indexes hold them (see `IndexedPupils`); this index's own otherwise.
   * `middleNames`: whether pupils are filed under the middle names they may go by (`middlePair`).
   */
  constructor(
    pupils: readonly Pupil[],
    private readonly book: NicknameBook,
    private readonly shared: IndexedPupils = new IndexedPupils(),
    private readonly middleNames = true,
  ) {
    this.readName = shared.readName;
    pupils.forEach((pupil, at) => {
      this.add(pupil, at);
    });
    this.blocks.trim();
    this.accents = Uint8Array.from(this.pupils, (indexed) => (indexed.accented ? 1 : 0));
    this.dobs = this.pupils.map((indexed) => indexed.pupil.dob);
    this.dobYears = this.pupils.map((indexed) => indexed.dobYear);
    this.yearGroups = this.pupils.map((indexed) => indexed.yearGroup);
    const deletions: [string, number][] = [];
    for (let id = 0; id < this.words.length; id++) {
      const word = this.words[id]!;
      this.addNameForm(word);
      if (this.roles[id]! & ROLE_FORE) for (const form of book.formsOf(word).keys()) this.addNameForm(form);
      if (word.length >= 4) for (const key of deletionKeys(word)) deletions.push([key, id]);
      if (this.roles[id]! & ROLE_FORE && word.length >= 3) push(this.sounds, doubleMetaphone(word)[0], id);
      if (this.roles[id]! & ROLE_FORE) {
        // Diana spelt as pinyin would be Tiana, another woman's name: a spelling that is a known name is no other spelling.
        for (const spelt of wadeGiles(word)) if (!book.isKnownGivenName(spelt)) push(this.romanised, spelt, id);
        this.pets.add(word, id);
      }
    }
    this.deletions = new FingerprintGroups(deletions);
    // Interned without a role, so that `Tzu Han` joins into one span; `facts` reads it as the forename.
    for (const spelt of this.romanised.keys()) {
      this.intern(spelt, 0);
      this.addNameForm(spelt);
    }
    this.vocabulary = { idOf: (word) => this.idOf(word), roles: this.roles, book, romanised: this.romanised };
  }

  /**
   * Lets go of what the look-ups remembered (the audit calls this once every list is read, before
   * the findings are weighed and the report made): a word asked about again is looked up afresh.
   */
  forgetCaches(): void {
    for (const cache of [this.factsCache, this.soundsCache, this.foreTypoCache, this.surTypoCache]) cache.release();
    this.factsCache = new FingerprintCache<WordFacts>(FACTS_REMEMBERED, NO_FACTS);
    this.soundsCache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
    this.foreTypoCache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
    this.surTypoCache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
    this.pets.forgetCache();
  }

  /** The `accented` of the pupil at `pupilAt`, as `pupils[pupilAt].accented`. */
  isAccented(pupilAt: number): boolean {
    return this.accents[pupilAt] === 1;
  }

  /** The date of birth of the pupil at `pupilAt`, as `pupils[pupilAt].pupil.dob` (the roll's, read once). */
  dobOf(pupilAt: number): string | undefined {
    return this.dobs[pupilAt];
  }

  /** The `dobYear` of the pupil at `pupilAt`, as `pupils[pupilAt].dobYear`. */
  dobYearOf(pupilAt: number): number | undefined {
    return this.dobYears[pupilAt];
  }

  /** The `yearGroup` of the pupil at `pupilAt`, as `pupils[pupilAt].yearGroup`. */
  yearGroupOf(pupilAt: number): number | undefined {
    return this.yearGroups[pupilAt];
  }

  word(id: number): string {
    return this.words[id]!;
  }

  /** Pupils (read with `pairEntry`) with this forename form and surname form. */
  pair(foreId: number, surId: number): readonly number[] | undefined {
    return this.blocks.pair(foreId, surId);
  }

  /** Pupils (read with `pairEntry`) who may go by this middle name, with this surname form. */
  middlePair(middleId: number, surId: number): Int32Array | undefined {
    return this.blocks.middlePair(middleId, surId);
  }

  /** Pupils (read with `initialEntry`) with a forename starting with `initial` and this surname form. */
  initialPair(initial: string, surId: number): readonly number[] | undefined {
    return this.blocks.initialPair(initial, surId);
  }

  /** Pupils (read with `forenameEntry`) with this forename form and a surname starting with `initial`. */
  forenameWithInitial(foreId: number, initial: string): readonly number[] | undefined {
    return this.blocks.forenameWithInitial(foreId, initial);
  }

  /** Pupils (read with `forenameEntry`) with this forename form. */
  forename(foreId: number): readonly number[] | undefined {
    return this.blocks.forename(foreId);
  }

  /** Cheap test for splitting run-together words: could `word` name a pupil in scope at all? */
  mayName(word: string): boolean {
    return this.nameFormShapes.mayHold(word) && this.nameForms.has(word);
  }

  /** `mayName`'s quick no for `text.slice(start, end)`, without slicing it: false only when that cannot name a pupil. */
  mayNameSlice(text: string, start: number, end: number): boolean {
    return this.nameFormShapes.mayHoldSlice(text, start, end);
  }

  /** Whether `word` is short enough to be a pupil's surname with a slip or a pet ending (Smithy) on it. */
  mayBeSurnameForm(word: string): boolean {
    return word.length <= this.longestSurname + 2;
  }

  /** Whether the words of `parts` from `start` to `end` joined may be in the vocabulary (`idOf`'s quick no). */
  mayBeJoinedWord(parts: readonly { readonly word: string }[], start: number, end: number): boolean {
    return this.vocabShapes.mayHoldJoined(parts, start, end);
  }

  idOf(word: string): number {
    return this.vocabShapes.mayHold(word) ? (this.vocab.get(word) ?? -1) : -1;
  }

  facts(word: string): WordFacts {
    let facts = this.factsCache.get(word);
    if (facts) return facts;
    facts = wordFactsOf(word, this.vocabulary);
    this.factsCache.set(word, facts);
    return facts;
  }

  /** Vocabulary forms one edit away from `word` that are forenames (or surnames). */
  typos(word: string, wantRole: 'fore' | 'sur'): number[] {
    if (word.length < 3) return [];
    // One cache per role, keyed by the word itself: a joined key is a new string to flatten and hash.
    const cache = wantRole === 'fore' ? this.foreTypoCache : this.surTypoCache;
    let found = cache.get(word);
    if (found) return found;
    const role = wantRole === 'fore' ? ROLE_FORE : ROLE_SUR;
    found = oneEditTypos(word, this.deletions, this.words, this.roles, role) ?? NO_IDS;
    cache.set(word, found);
    return found;
  }

  /**
   * Forename forms that sound like `word` (same primary Double Metaphone code) and are spelt
   * nearly the same (two edits at most: Kaitlyn, Caitlin), since the code alone is too coarse
   * for short names (Lisa and Lucy share one).
   */
  soundsLike(word: string): number[] {
    if (word.length < 3) return [];
    let found = this.soundsCache.get(word);
    if (!found) {
      const alike = (this.sounds.get(doubleMetaphone(word)[0]) ?? []).filter(
        (id) => this.words[id] !== word && editDistanceWithin(word, this.words[id]!, 2),
      );
      found = alike.length > 0 ? alike : NO_IDS;
      this.soundsCache.set(word, found);
    }
    return found;
  }

  /** Whether a forename of the pupil at `pupilAt` (three letters or more) has this `soundKey`. */
  soundsLikeForenameOf(pupilAt: number, key: string): boolean {
    const names = this.pupils[pupilAt]!.forenames;
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      if (name.length < 3) continue;
      let own = this.forenameSoundKeys.get(name);
      if (own === undefined) {
        own = soundKey(name);
        this.forenameSoundKeys.set(name, own);
      }
      if (own === key) return true;
    }
    return false;
  }

  /** Forename forms of which `word` is a pet form by rule (Kamilek, Julka, Maks: see `PetForms`). */
  petForms(word: string): number[] {
    return this.pets.of(word);
  }

  /** A usual short form of some names and no given name of its own (Ollie, Lizzie; not Lucy, Harry). */
  isOnlyShortForm(word: string): boolean {
    return this.book.isOnlyShortForm(word);
  }

  /** Whether `word`, a usual short form of these forenames, is one of another name's too (Sam: Samantha, Samuel). */
  shortensAnother(word: string, forenames: readonly string[]): boolean {
    return shortFormOfOthers(this.book, word, forenames);
  }

  /** Forename forms that `word`, a usual short form of other names and no name of its own, begins (Ally of Allegra). */
  clippedForms(word: string): number[] {
    return word.length >= PET_FORM_SHORTEST_STEM && this.book.isOnlyShortForm(word) ? this.pets.clipped(word) : [];
  }

  private addNameForm(word: string): void {
    this.nameForms.add(word);
    this.nameFormShapes.add(word);
  }

  private intern(word: string, role: number): number {
    let id = this.vocab.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.vocab.set(word, id);
      this.vocabShapes.add(word);
      this.words.push(word);
      this.roles.push(0);
    }
    this.roles[id]! |= role;
    if (role & ROLE_SUR && word.length > this.longestSurname) this.longestSurname = word.length;
    return id;
  }

  private add(pupil: Pupil, at: number): void {
    const { fores, surs, words, surnames, middleNames, accented } = pupilNameForms(
      pupil,
      this.readName,
      (form) => this.intern(form, ROLE_FORE),
      (form) => this.intern(form, ROLE_SUR),
    );

    this.blocks.add(at, { fores, surs, surnames }, (foreId) => this.words[foreId]![0]!);
    // Interned without a role (a middle name is no forename form): `middlePair` alone reads them.
    if (this.middleNames)
      this.blocks.addMiddles(
        at,
        middleNamesGoneBy(middleNames).map((name) => this.intern(name, 0)),
        surs,
      );
    const known = this.shared.of(pupil);
    if (known) {
      this.pupils.push(known);
      return;
    }
    const dobYear = pupil.dob ? Number(pupil.dob.slice(0, 4)) : undefined;
    const forenames = [...new Set(fores.map(([id]) => this.words[id]!))];
    const commonFirstPart = fores.some(([, kind]) => kind === FORE_COMMON_PART);
    // Copies the exact size of the lists built by pushing (V8 gives a pushed array room for 17),
    // so that the heap every collection marks holds no spare room for a trust's pupils.
    const indexed: IndexedPupil = {
      pupil,
      words: words.slice(),
      middleNames,
      forenames,
      surnames: surnames.slice(),
      accented,
      commonFirstPart,
      dobYear,
      yearGroup: yearGroupOf(pupil),
    };
    this.pupils.push(indexed);
    this.shared.keep(indexed);
  }
}
