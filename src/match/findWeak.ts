import { soundKey } from '../normalise/soundKey.js';
import type { ForeEvidence, SurEvidence } from './evidence.js';
import { foreEvidence, surEvidence } from './formEvidence.js';
import { forenameEntry, initialEntry, pairEntry } from './indexEntries.js';
import type { Reading } from './nameReadings.js';
import type { PupilIndex } from './PupilIndex.js';
import { FORE_COMMON_PART, SUR_PART } from './pupilNameForms.js';
import { overlaps, type Span } from './spans.js';
import type { ForeHit, SurHit } from './WordFacts.js';

// The weaker kinds of evidence (slips, sound-alikes, pet forms, initials, a forename alone), looked for only
// when a reading holds no forename with a surname: apart from `NameFinder`, which calls it then.

/** What `NameFinder` does with each pupil an evidence pair points at. */
export type Consider = (pupilAt: number, fore: ForeEvidence, sur: SurEvidence, a: Span, b: Span | undefined) => void;

/**
 * Each pupil of a forename id in `foreIds` with the surname `surHit`, to `consider` as `fore` (no closure per
 * span pair); whether there was any.
 */
function withSurname(
  index: PupilIndex,
  foreIds: readonly number[],
  fore: ForeEvidence,
  surHit: SurHit,
  consider: Consider,
  a: Span,
  b: Span,
): boolean {
  let any = false;
  for (let n = 0; n < foreIds.length; n++) {
    const entries = index.pair(foreIds[n]!, surHit.id);
    if (!entries) continue;
    any = true;
    for (let e = 0; e < entries.length; e++)
      consider(pairEntry.pupil(entries[e]!), fore, surEvidence(surHit, pairEntry.sur(entries[e]!)), a, b);
  }
  return any;
}

/** Pupils the weaker kinds of evidence point at, each handed to `consider`. */
// Indexed loops and no array made per pair of spans: a trust's million searches come through here,
// and the arrays made here (with, unoptimised, their iterators) were a twelfth of what its audit allocated.
export function findWeak(
  index: PupilIndex,
  spans: readonly Span[],
  slotCount: number,
  reading: Reading,
  consider: Consider,
): void {
  middleAsForename(index, spans, consider);
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    if (a.surnameOnly) continue;
    const aFore = a.facts.fore;
    const strongFore = hasStrongFore(aFore);
    for (let j = 0; j < spans.length; j++) {
      const b = spans[j]!;
      if (a === b || overlaps(a, b)) continue;
      const bSur = b.facts.sur;
      if (bSur.length > 0) {
        // One slip in the forename, or a forename that sounds the same, with the surname right.
        const guess = a.cut || b.cut;
        const foreIds =
          !guess && aFore.length === 0 && !a.facts.knownGiven && !a.facts.knownSurname && a.word.length >= 3
            ? index.typos(a.word, 'fore')
            : NO_IDS;
        const soundIds =
          !guess && aFore.length === 0 && !a.facts.knownGiven && !a.facts.knownSurname
            ? index.soundsLike(a.word)
            : NO_IDS;
        // A pet form made by rule (Kamilek, Julka, Gabi): only of a word that is no name of its own,
        // or, clipped, of a usual short form of other names (Beth of Bethan, Abdul of Abdulrahman).
        const petIds =
          guess || aFore.length > 0 || a.facts.knownSurname
            ? NO_IDS
            : a.facts.knownGiven
              ? index.clippedForms(a.word)
              : index.petForms(a.word);
        for (let k = 0; k < bSur.length; k++) {
          const surHit = bSur[k]!;
          // Another spelling of the surname beside a weak forename is two doubts: left out.
          if (surHit.relation === 'variant') continue;
          withSurname(index, petIds, 'petForm', surHit, consider, a, b);
          const slip = withSurname(index, foreIds, 'typo', surHit, consider, a, b);
          const sound = withSurname(index, soundIds, 'soundsLike', surHit, consider, a, b);
          // By sound as spelt, where no slip or code found a pupil of this surname: another pupil's
          // forename a slip away elsewhere on the roll (Emilie) does not hide Emily Woodham's Emylie.
          if (
            !guess &&
            !slip &&
            !sound &&
            aFore.length === 0 &&
            !a.facts.knownGiven &&
            !a.facts.knownSurname &&
            a.word.length >= 3
          )
            respelt(index, a, b, surHit, consider);
          if (a.word.length === 1 && !beginsSurname(index, a, b)) {
            const entries = index.initialPair(a.word, surHit.id);
            if (entries)
              for (let e = 0; e < entries.length; e++)
                consider(
                  initialEntry.pupil(entries[e]!),
                  'initial',
                  surEvidence(surHit, initialEntry.sur(entries[e]!)),
                  a,
                  b,
                );
          }
        }
      }
      if (strongFore && bSur.length === 0) {
        if (!a.cut && !b.cut && !b.facts.realSurname && b.word.length >= 3) {
          const surIds = index.typos(b.word, 'sur');
          for (let k = 0; k < surIds.length; k++) {
            for (let f = 0; f < aFore.length; f++) {
              const foreHit = aFore[f]!;
              if (!isStrong(foreHit)) continue;
              // A slip in half of a double-barrelled surname is two doubts: left out.
              const entries = index.pair(foreHit.id, surIds[k]!);
              if (entries)
                for (let e = 0; e < entries.length; e++)
                  if (pairEntry.sur(entries[e]!) !== SUR_PART)
                    consider(
                      pairEntry.pupil(entries[e]!),
                      foreEvidence(foreHit, pairEntry.fore(entries[e]!)),
                      'typo',
                      a,
                      b,
                    );
            }
          }
        }
        if (b.word.length === 1) {
          for (let f = 0; f < aFore.length; f++) {
            const foreHit = aFore[f]!;
            if (!isStrong(foreHit)) continue;
            const entries = index.forenameWithInitial(foreHit.id, b.word);
            if (entries)
              for (let e = 0; e < entries.length; e++)
                consider(
                  forenameEntry.pupil(entries[e]!),
                  foreEvidence(foreHit, forenameEntry.fore(entries[e]!)),
                  'initial',
                  a,
                  b,
                );
          }
        }
      }
    }
  }
  // A forename alone is worth a look only with digits that may be the pupil's birth year or year
  // group; the matcher keeps it only when they are. One forename may be written as two words
  // (`mary.jane.2012` for Mary-Jane).
  const whole =
    reading.numbers.length > 0
      ? spans.find((span) => span.start === 0 && span.end === slotCount && !span.surnameOnly)
      : undefined;
  if (whole) {
    const a = whole;
    for (const foreHit of a.facts.fore) {
      if (foreHit.relation === 'fullForm') continue;
      for (const entry of index.forename(foreHit.id) ?? [])
        if (forenameEntry.fore(entry) !== FORE_COMMON_PART)
          consider(forenameEntry.pupil(entry), 'none', 'none', a, undefined);
    }
  }
}

const NO_IDS: readonly number[] = Object.freeze([]);

/**
 * Pupils going by their middle name (Thomas James Smith as `James Smith`): the middle name where the forename
 * would be, beside the whole surname as on the roll. Weaker than the forename, and never the whole name: a father
 * or grandfather often gave the child that name.
 */
function middleAsForename(index: PupilIndex, spans: readonly Span[], consider: Consider): void {
  for (let i = 0; i < spans.length; i++) {
    const a = spans[i]!;
    // Not a middle name cut out of a run-together word: a guess on a guess (weak44).
    if (a.facts.id < 0 || a.surnameOnly || a.cut) continue;
    for (let j = 0; j < spans.length; j++) {
      const b = spans[j]!;
      const surs = b.facts.sur;
      // The surname after the middle name, as written: read back to front as well, it is mostly an adult's name (weak44).
      if (surs.length === 0 || b.start < a.end) continue;
      for (let s = 0; s < surs.length; s++) {
        const surHit = surs[s]!;
        if (surHit.relation !== 'exact') continue;
        const entries = index.middlePair(a.facts.id, surHit.id);
        if (entries)
          for (let e = 0; e < entries.length; e++)
            consider(pairEntry.pupil(entries[e]!), 'middleName', surEvidence(surHit, pairEntry.sur(entries[e]!)), a, b);
      }
    }
  }
}

/** A forename hit strong enough to look for a slip or an initial in the surname beside it (not a full form or shared form). */
function isStrong(hit: ForeHit): boolean {
  return hit.relation !== 'fullForm' && hit.relation !== 'sharedForm';
}

function hasStrongFore(hits: readonly ForeHit[]): boolean {
  for (let i = 0; i < hits.length; i++) if (isStrong(hits[i]!)) return true;
  return false;
}

/**
 * Pupils with this surname whose forename begins with the word's letter and sounds as it is
 * spelt (`Ambah` for Amber, `Josif` for Joseph): respellings by sound too far from the name for
 * one slip or its Double Metaphone code.
 */
function respelt(index: PupilIndex, a: Span, b: Span, surHit: SurHit, consider: Consider): void {
  // Keyed only once some pupil has the letter and surname: most words meet none.
  let key: string | undefined;
  for (const initial of SAME_SOUND_INITIALS[a.word[0]!] ?? [a.word[0]!]) {
    for (const entry of index.initialPair(initial, surHit.id) ?? []) {
      const pupilAt = entry >> 3;
      key ??= soundKey(a.word);
      if (index.soundsLikeForenameOf(pupilAt, key))
        consider(pupilAt, 'soundsLike', surEvidence(surHit, entry & 3), a, b);
    }
  }
}

/**
 * Whether a letter is the start of the surname after it, not an initial: `O Suilleabhain` and
 * `o.suilleabhain` are Ó Súilleabháin without its accent, as the roll or the surname list has it.
 */
function beginsSurname(index: PupilIndex, letter: Span, next: Span): boolean {
  if (letter.end !== next.start) return false;
  const joined = index.facts(letter.word + next.word);
  return joined.sur.length > 0 || joined.realSurname;
}

/** First letters English spells one sound with (Kloey for Chloe, Feebee for Phoebe, Kaitlyn for Caitlin). */
const SAME_SOUND_INITIALS: Readonly<Record<string, readonly string[]>> = {
  c: ['c', 'k'],
  k: ['k', 'c'],
  f: ['f', 'p'],
  p: ['p', 'f'],
};
