import type { NameAnswers } from './DisplayNameAnswers.js';
import { FingerprintCache } from './FingerprintCache.js';
import type { FoundAnswer } from './FoundPupils.js';
import type { NameFinder } from './NameFinder.js';
import { type Reading, readDisplayName } from './nameReadings.js';
import type { NameWords } from './rollWordPredicates.js';

/**
 * Display names remembered with what they say. A trust's lists hold 250,000 to 560,000 distinct
 * ones, and a name that comes round again after the cache forgot it is read and searched afresh:
 * 400,000 answers most repeats (docs/performance.md, perf4); the table grows with the names met.
 * Most find nobody and are kept as fingerprints; of those that found somebody, whose readings take
 * room on the heap, at most `FOUND_KEPT` are kept.
 */
const DISPLAY_NAMES_REMEMBERED = 400_000;
const FOUND_KEPT = 60_000;

/** What a display name's readings found: nearly always nobody, this one empty list. */
export const NO_READINGS: readonly [Reading, FoundAnswer][] = Object.freeze([]);

/** Reads display names (`read`), remembering what each found; `release` empties the cache and gives its memory back. */
export interface DisplayNameReader {
  read(raw: string): readonly [Reading, FoundAnswer][];
  release(): void;
}

/**
 * The readings of each display name that found somebody, with whom. Display names repeat across staff lists (handles
 * mostly do not): what each says is remembered, and only the readings that found somebody (most find nobody and share
 * one empty answer). The matcher keeps them on its tally of display names (`DisplayNameAnswers`), whose own limit
 * keeps fewer than FOUND_KEPT found, so that the newest are still remembered.
 */
export function readDisplayNames(
  finder: NameFinder,
  words: NameWords,
  displayNameAnswers?: <V extends object>(nothing: V, foundLimit: number) => NameAnswers<V>,
): DisplayNameReader {
  const displayNames: NameAnswers<readonly [Reading, FoundAnswer][]> =
    displayNameAnswers?.(NO_READINGS, FOUND_KEPT - 2) ??
    new FingerprintCache<readonly [Reading, FoundAnswer][]>(DISPLAY_NAMES_REMEMBERED, NO_READINGS);
  return {
    read(raw: string): readonly [Reading, FoundAnswer][] {
      let read = displayNames.get(raw);
      if (!read) {
        // Nearly every display name finds nobody: no array is made for it. What the others found is kept compactly.
        let found: [Reading, FoundAnswer][] | undefined;
        for (const reading of readDisplayName(raw, words.isGivenName, words.isName, words.isRollName)) {
          const pupils = finder.find(reading);
          if (pupils.size === 0) continue;
          found ??= [];
          found.push([reading, pupils]);
        }
        read = found ?? NO_READINGS;
        if (read === NO_READINGS || displayNames.kept < FOUND_KEPT) displayNames.set(raw, read);
      }
      return read;
    },
    release(): void {
      displayNames.release();
    },
  };
}
