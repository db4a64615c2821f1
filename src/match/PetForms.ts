import { BoundedCache } from './BoundedCache.js';
import { PET_FORM_ENDINGS, PET_FORM_SHORTEST_END, PET_FORM_SHORTEST_STEM } from './data/petFormEndings.js';

/** Words looked up are remembered up to this many: enough for the names that repeat. */
const CACHE_LIMIT = 30_000;

/**
 * The pupils' forename forms by their beginnings (3 letters or more) and their ends (4 or more),
 * so that a pet form made by rule (`petFormEndings.ts`) finds the forenames it may come from.
 */
export class PetForms {
  private readonly beginnings = new Map<string, number[]>();
  private readonly ends = new Map<string, number[]>();
  private readonly cache = new BoundedCache<string, number[]>(CACHE_LIMIT);

  /** `word` of id `id` in the index's vocabulary (`wordOf`). */
  constructor(private readonly wordOf: (id: number) => string) {}

  add(word: string, id: number): void {
    for (let k = PET_FORM_SHORTEST_STEM; k <= word.length; k++) push(this.beginnings, word.slice(0, k), id);
    for (let j = 1; j <= word.length - PET_FORM_SHORTEST_END; j++) push(this.ends, word.slice(j), id);
  }

  /**
   * Forename forms of which `word` is a pet form by rule: the form's beginning with a diminutive
   * ending or none (Kamilek, Julka, Gabi, Maks), or its end (Lentina).
   */
  of(word: string): number[] {
    if (word.length < PET_FORM_SHORTEST_STEM) return [];
    let found = this.cache.get(word);
    if (!found) {
      const ids: number[] = [];
      this.addTo(ids, word, this.beginnings.get(word));
      for (const ending of PET_FORM_ENDINGS)
        if (word.length - ending.length >= PET_FORM_SHORTEST_STEM && word.endsWith(ending))
          this.addTo(ids, word, this.beginnings.get(word.slice(0, word.length - ending.length)));
      this.addTo(ids, word, this.ends.get(word));
      found = ids;
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
      if (stem.length >= PET_FORM_SHORTEST_STEM) this.addTo(ids, word, this.beginnings.get(stem));
    return ids;
  }

  private addTo(ids: number[], word: string, list: readonly number[] | undefined): void {
    for (const id of list ?? []) if (this.wordOf(id) !== word && !ids.includes(id)) ids.push(id);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
