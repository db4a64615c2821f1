import { FOLD } from '../normalise/nameText.js';
import { soundKey } from '../normalise/soundKey.js';
import { COMMON_FIRST_PARTS } from './data/commonFirstParts.js';
import {
  canFlag,
  FORE_EVIDENCE,
  type ForeEvidence,
  type NameEvidence,
  nameScore,
  SUR_EVIDENCE,
  type SurEvidence,
} from './evidence.js';
import { forenameEntry, initialEntry, pairEntry } from './indexEntries.js';
import type { Reading } from './nameReadings.js';
import type { PupilIndex } from './PupilIndex.js';
import { FORE_COMMON_PART, FORE_PREFERRED, SUR_PART, SUR_PREFERRED } from './pupilNameForms.js';
import { overlaps, type Span, slotsOf, spansOf, withJoinedTypos } from './spans.js';
import type { ForeHit, SurHit } from './WordFacts.js';

export interface Found extends ReadonlyMap<number, NameEvidence> {
  /** The earliest birth year among the pupils found (undefined if any has no date of birth). */
  readonly earliestDob?: number | undefined;
}

const NOTHING: Found = new Map();
const FORE_KINDS: readonly ForeEvidence[] = FORE_EVIDENCE;
const SUR_KINDS: readonly SurEvidence[] = SUR_EVIDENCE;

/**
 * Finds the pupils one reading of a connection's name may be, through the index only. Strong
 * evidence (a forename form with a surname form) is looked for first; the weaker kinds (typos,
 * sound-alikes, initials, forename alone) only when there is none, which keeps common names cheap.
 */
export class NameFinder {
  private readonly evidence = new Map<number, NameEvidence>();

  constructor(private readonly index: PupilIndex) {}

  /**
   * What one reading says. Not remembered: display names are remembered whole (`createAnalyser`) and
   * handles rarely repeat, so a memo of readings answered 2 % of a trust's searches, for 70 MiB
   * school by school (docs/performance.md, mem6).
   */
  find(reading: Reading): Found {
    const pupils = this.search(reading);
    return pupils.size === 0 ? NOTHING : Object.assign(pupils, { earliestDob: this.earliestDob(pupils) });
  }

  /**
   * The one object of this content: evidence is read and compared, never changed, and the answers
   * the display-name cache keeps for a trust's names would otherwise hold many copies of a few hundred.
   */
  private shared(evidence: NameEvidence): NameEvidence {
    const fore = FORE_KINDS.indexOf(evidence.fore);
    const sur = SUR_KINDS.indexOf(evidence.sur);
    if (fore < 0 || sur < 0 || evidence.unexplained > 63 || evidence.marks > 31) return evidence;
    const flags =
      (evidence.surnameFirst ? 1 : 0) |
      (evidence.orderInDoubt ? 2 : 0) |
      (evidence.sharesStem ? 4 : 0) |
      (evidence.middleName ? 8 : 0) |
      (evidence.joined ? 16 : 0) |
      (evidence.handle ? 32 : 0) |
      (evidence.accentsDiffer ? 64 : 0);
    // 4 + 3 + 7 + 5 + 6 bits: a small integer, so the Map's keys are cheap.
    const key = (((fore * 8 + sur) * 128 + flags) * 32 + evidence.marks) * 64 + evidence.unexplained;
    const known = this.evidence.get(key);
    if (known) return known;
    this.evidence.set(key, evidence);
    return evidence;
  }

  private earliestDob(found: ReadonlyMap<number, NameEvidence>): number | undefined {
    let earliest = Infinity;
    for (const pupilAt of found.keys()) {
      const year = this.index.pupils[pupilAt]!.dobYear;
      if (year === undefined) return undefined;
      if (year < earliest) earliest = year;
    }
    return earliest;
  }

  private search(reading: Reading): Map<number, NameEvidence> {
    const found = new Map<number, NameEvidence>();
    const slots = slotsOf(reading, this.index);
    if (slots.length === 0) return found;
    const spans = spansOf(slots, this.index);
    const base = {
      handle: reading.source === 'handle',
      marks: slots.some((slot) => slot.unstretched) ? reading.marks | FOLD.DECORATED : reading.marks,
    };
    const consider = (pupilAt: number, fore: ForeEvidence, sur: SurEvidence, a: Span, b: Span | undefined): void => {
      // `Smith, Jack`: the surname is before the comma and the forename after it.
      if (b && reading.commaAfter > 0 && (b.end > reading.commaAfter || a.start < reading.commaAfter)) return;
      // A slip in a name read back to front without a comma is two doubts (`Marcia Thomas` is no
      // Thomas Garcia): left out.
      if (b && b.start < a.start && reading.commaAfter === 0 && (fore === 'typo' || sur === 'typo')) return;
      const pupil = this.index.pupils[pupilAt]!;
      let unexplained = 0;
      let middleName = false;
      let joined = false;
      // Other words count for the pupil only between the forename and the surname (middle names,
      // the rest of a double forename); anywhere else they are somebody else's.
      const first = b ? Math.min(a.start, b.start) : a.start;
      const last = b ? Math.max(a.end, b.end) : a.end;
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i]!;
        if (slot.joined) joined = true;
        if ((i >= a.start && i < a.end) || (b && i >= b.start && i < b.end)) continue;
        const inside = i >= first && i < last;
        if (
          inside &&
          (pupil.middleNames.includes(slot.word) ||
            (slot.word.length === 1 && pupil.middleNames.some((m) => m[0] === slot.word)))
        )
          middleName = true;
        // Joseph (Joe) Webb: the pupil's usual short form just after the forename explains itself.
        else if (
          inside &&
          i === a.end &&
          slot.facts.fore.some(
            (hit) => hit.relation === 'nickname' && pupil.forenames.includes(this.index.word(hit.id)),
          )
        )
          continue;
        else if (i === a.start - 1 && pupil.commonFirstPart && COMMON_FIRST_PARTS.has(slot.word))
          continue; // Muhammad of Muhammad Rayyan, in any spelling
        else if (!inside || !pupil.words.includes(slot.word)) unexplained++;
      }
      const accentsDiffer = ((reading.marks & FOLD.ACCENTS) !== 0) !== pupil.accented;
      const sharesStem =
        fore === 'fullForm' &&
        pupil.forenames.some((name) => name.length >= 3 && name.slice(0, 3) === a.word.slice(0, 3));
      const surnameFirst = b !== undefined && b.start < a.start;
      // Back to front only when the name as written is a name too: `Kelly Thomas` may be Kelly
      // Thomas, `Clark Ava` hardly an adult Clark whose surname is Ava.
      const orderInDoubt = surnameFirst && reading.commaAfter === 0 && b.facts.knownGiven && a.facts.realSurname;
      const evidence = this.shared({
        fore,
        sur,
        surnameFirst,
        orderInDoubt,
        sharesStem,
        middleName,
        unexplained,
        joined,
        ...base,
        accentsDiffer,
      });
      const previous = found.get(pupilAt);
      if (!previous || better(evidence, previous)) found.set(pupilAt, evidence);
    };

    for (const a of spans) {
      if (a.facts.fore.length === 0) continue;
      for (const b of spans) {
        if (b.facts.sur.length === 0 || overlaps(a, b)) continue;
        for (const foreHit of a.facts.fore) {
          for (const surHit of b.facts.sur) {
            for (const entry of this.index.pair(foreHit.id, surHit.id) ?? []) {
              consider(
                pairEntry.pupil(entry),
                foreEvidence(foreHit, pairEntry.fore(entry)),
                surEvidence(surHit, pairEntry.sur(entry)),
                a,
                b,
              );
            }
          }
        }
      }
    }
    if (![...found.values()].some(canFlag))
      this.findWeak(withJoinedTypos(spans, slots, this.index), slots.length, reading, consider);
    return found;
  }

  private findWeak(
    spans: readonly Span[],
    slotCount: number,
    reading: Reading,
    consider: (pupilAt: number, fore: ForeEvidence, sur: SurEvidence, a: Span, b: Span | undefined) => void,
  ): void {
    const index = this.index;
    for (const a of spans) {
      if (a.surnameOnly) continue;
      const strongFore = a.facts.fore.filter((hit) => hit.relation !== 'fullForm' && hit.relation !== 'sharedForm');
      for (const b of spans) {
        if (a === b || overlaps(a, b)) continue;
        if (b.facts.sur.length > 0) {
          // One slip in the forename, or a forename that sounds the same, with the surname right.
          const guess = a.cut || b.cut;
          const foreIds =
            !guess && a.facts.fore.length === 0 && !a.facts.knownGiven && !a.facts.knownSurname && a.word.length >= 3
              ? index.typos(a.word, 'fore')
              : [];
          const soundIds =
            !guess && a.facts.fore.length === 0 && !a.facts.knownGiven && !a.facts.knownSurname
              ? index.soundsLike(a.word)
              : [];
          // A pet form made by rule (Kamilek, Julka, Gabi): only of a word that is no name of its own,
          // or, clipped, of a usual short form of other names (Beth of Bethan, Abdul of Abdulrahman).
          const petIds =
            guess || a.facts.fore.length > 0 || a.facts.knownSurname
              ? []
              : a.facts.knownGiven
                ? index.clippedForms(a.word)
                : index.petForms(a.word);
          for (const surHit of b.facts.sur) {
            for (const id of petIds)
              for (const entry of index.pair(id, surHit.id) ?? [])
                consider(pairEntry.pupil(entry), 'petForm', surEvidence(surHit, pairEntry.sur(entry)), a, b);
            for (const id of foreIds)
              for (const entry of index.pair(id, surHit.id) ?? [])
                consider(pairEntry.pupil(entry), 'typo', surEvidence(surHit, pairEntry.sur(entry)), a, b);
            for (const id of soundIds)
              for (const entry of index.pair(id, surHit.id) ?? [])
                consider(pairEntry.pupil(entry), 'soundsLike', surEvidence(surHit, pairEntry.sur(entry)), a, b);
            if (
              !guess &&
              soundIds.length === 0 &&
              foreIds.length === 0 &&
              a.facts.fore.length === 0 &&
              !a.facts.knownGiven &&
              !a.facts.knownSurname &&
              a.word.length >= 3
            )
              this.respelt(a, b, surHit, consider);
            if (a.word.length === 1 && !this.beginsSurname(a, b))
              for (const entry of index.initialPair(a.word, surHit.id) ?? [])
                consider(initialEntry.pupil(entry), 'initial', surEvidence(surHit, initialEntry.sur(entry)), a, b);
          }
        }
        if (strongFore.length > 0 && b.facts.sur.length === 0) {
          if (!a.cut && !b.cut && !b.facts.realSurname && b.word.length >= 3) {
            for (const id of index.typos(b.word, 'sur')) {
              for (const foreHit of strongFore) {
                // A slip in half of a double-barrelled surname is two doubts: left out.
                for (const entry of index.pair(foreHit.id, id) ?? [])
                  if (pairEntry.sur(entry) !== SUR_PART)
                    consider(pairEntry.pupil(entry), foreEvidence(foreHit, pairEntry.fore(entry)), 'typo', a, b);
              }
            }
          }
          if (b.word.length === 1) {
            for (const foreHit of strongFore) {
              for (const entry of index.forenameWithInitial(foreHit.id, b.word) ?? [])
                consider(forenameEntry.pupil(entry), foreEvidence(foreHit, forenameEntry.fore(entry)), 'initial', a, b);
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

  /**
   * Pupils with this surname whose forename begins with the word's letter and sounds as it is
   * spelt (`Ambah` for Amber, `Josif` for Joseph): respellings by sound too far from the name for
   * one slip or its Double Metaphone code.
   */
  private respelt(
    a: Span,
    b: Span,
    surHit: SurHit,
    consider: (pupilAt: number, fore: ForeEvidence, sur: SurEvidence, a: Span, b: Span | undefined) => void,
  ): void {
    // Keyed only once some pupil has the letter and surname: most words meet none.
    let key: string | undefined;
    for (const initial of SAME_SOUND_INITIALS[a.word[0]!] ?? [a.word[0]!]) {
      for (const entry of this.index.initialPair(initial, surHit.id) ?? []) {
        const pupilAt = entry >> 3;
        key ??= soundKey(a.word);
        if (this.index.soundsLikeForenameOf(pupilAt, key))
          consider(pupilAt, 'soundsLike', surEvidence(surHit, entry & 3), a, b);
      }
    }
  }

  /**
   * Whether a letter is the start of the surname after it, not an initial: `O Suilleabhain` and
   * `o.suilleabhain` are Ó Súilleabháin without its accent, as the roll or the surname list has it.
   */
  private beginsSurname(letter: Span, next: Span): boolean {
    if (letter.end !== next.start) return false;
    const joined = this.index.facts(letter.word + next.word);
    return joined.sur.length > 0 || joined.realSurname;
  }
}

/** First letters English spells one sound with (Kloey for Chloe, Feebee for Phoebe, Kaitlyn for Caitlin). */
const SAME_SOUND_INITIALS: Readonly<Record<string, readonly string[]>> = {
  c: ['c', 'k'],
  k: ['k', 'c'],
  f: ['f', 'p'],
  p: ['p', 'f'],
};

function foreEvidence(hit: ForeHit, kind: number): ForeEvidence {
  if (kind === FORE_COMMON_PART) return 'commonPart';
  if (hit.relation === 'exact') return kind === FORE_PREFERRED ? 'preferred' : 'legal';
  return hit.relation;
}

function surEvidence(hit: SurHit, kind: number): SurEvidence {
  if (kind === SUR_PART) return 'part';
  if (hit.relation === 'pet') return 'pet';
  return kind === SUR_PREFERRED ? 'preferred' : 'full';
}

export function better(a: NameEvidence, b: NameEvidence): boolean {
  const flagA = canFlag(a);
  if (flagA !== canFlag(b)) return flagA;
  const diff = nameScore(a) - nameScore(b);
  if (Math.abs(diff) > 1e-9) return diff > 0;
  return bitCount(a.marks) < bitCount(b.marks);
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}
