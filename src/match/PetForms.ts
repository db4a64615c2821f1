import {
  PET_FORM_ENDINGS,
  PET_FORM_SHORTEST_END,
  PET_FORM_SHORTEST_STEM,
  PET_FORM_SYLLABLE_ENDINGS,
} from './data/petFormEndings.js';
import { FingerprintCache } from './FingerprintCache.js';
import { FingerprintGroups } from './FingerprintGroups.js';

/** One syllable closed by a consonant (mad, hol, gab), not itself ending in s (Jess is no Je-ss). */
const CLOSED_SYLLABLE = /^[^aeiouy]*[aeiouy]+[^aeiouys]+$/;

/** Words looked up are remembered up to this many: enough for the names that repeat. Most find none, kept as fingerprints. */
const CACHE_LIMIT = 30_000;
const NO_IDS = Object.freeze([]) as unknown as number[];

/**
 * The pupils' forename forms by their beginnings (3 letters or more) and their ends (4 or more),
 * so that a pet form made by rule (`petFormEndings.ts`) finds the forenames it may come from.
 * Kept as fingerprints (FingerprintGroups), made at the first look-up: as Maps of strings to
 * lists they took 0.4 MiB a school, 14 MiB for a trust audited school by school.
 */
export class PetForms {
  private added: { beginnings: [string, number][]; ends: [string, number][] } | undefined = {
    beginnings: [],
    ends: [],
  };
  private beginnings: FingerprintGroups | undefined;
  private ends: FingerprintGroups | undefined;
  private cache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);

  /** `word` of id `id` in the index's vocabulary (`wordOf`). */
  constructor(private readonly wordOf: (id: number) => string) {}

  /** Lets go of the pet forms remembered: a word asked about again is looked up afresh. */
  forgetCache(): void {
    this.cache.release();
    this.cache = new FingerprintCache<number[]>(CACHE_LIMIT, NO_IDS);
  }

  /** A forename form; every one is added before the first look-up. */
  add(word: string, id: number): void {
    if (!this.added) throw new Error('PetForms: a form added after the first look-up');
    for (let k = PET_FORM_SHORTEST_STEM; k <= word.length; k++) this.added.beginnings.push([word.slice(0, k), id]);
    for (let j = 1; j <= word.length - PET_FORM_SHORTEST_END; j++) this.added.ends.push([word.slice(j), id]);
  }

  /**
   * Forename forms of which `word` is a pet form by rule: the form's beginning with a diminutive
   * ending or none (Kamilek, Julka, Gabi, Maks), its first syllable with -s (Mads), or its end (Lentina).
   */
  of(word: string): number[] {
    if (word.length < PET_FORM_SHORTEST_STEM) return [];
    let found = this.cache.get(word);
    if (!found) {
      const ids: number[] = [];
      this.beginning(ids, word, word);
      for (const ending of PET_FORM_ENDINGS)
        if (word.length - ending.length >= PET_FORM_SHORTEST_STEM && word.endsWith(ending))
          this.beginning(ids, word, word.slice(0, word.length - ending.length));
      for (const ending of PET_FORM_SYLLABLE_ENDINGS) {
        const stem = word.slice(0, word.length - ending.length);
        if (stem.length >= PET_FORM_SHORTEST_STEM && word.endsWith(ending) && CLOSED_SYLLABLE.test(stem))
          this.beginning(ids, word, stem);
      }
      this.build();
      this.ends!.forEach(word, (id) => {
        if (this.wordOf(id).endsWith(word)) this.addTo(ids, word, id);
      });
      found = ids.length > 0 ? ids : NO_IDS;
      this.cache.set(word, found);
    }
    return found;
  }

  /**
   * Forename forms that `word` is the beginning of, as it is or before -y, -ie or -i (Ally of
   * Allegra): for a usual short form of other names, which is a pet form of these too.
   */
  clipped(word: string): number[] {
    const ids: number[] = [];
    for (const stem of [word, word.replace(/(?:ie|y|i)$/, '')])
      if (stem.length >= PET_FORM_SHORTEST_STEM) this.beginning(ids, word, stem);
    return ids;
  }

  /** Adds the forms beginning with `stem` (its fingerprint's, checked: two stems may share one). */
  private beginning(ids: number[], word: string, stem: string): void {
    this.build();
    this.beginnings!.forEach(stem, (id) => {
      if (this.wordOf(id).startsWith(stem)) this.addTo(ids, word, id);
    });
  }

  private addTo(ids: number[], word: string, id: number): void {
    if (this.wordOf(id) !== word && !ids.includes(id)) ids.push(id);
  }

  private build(): void {
    if (!this.added) return;
    this.beginnings = new FingerprintGroups(this.added.beginnings);
    this.ends = new FingerprintGroups(this.added.ends);
    this.added = undefined;
  }
}
