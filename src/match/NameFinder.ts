import { FOLD } from '../normalise/nameText.js';
import { partsSetOff, setOffFromName } from './bioWords.js';
import { COMMON_FIRST_PARTS } from './data/commonFirstParts.js';
import { TRADITION_MIDDLE_NAMES } from './data/traditionMiddleNames.js';
import {
  FORE_EVIDENCE,
  type ForeEvidence,
  type NameEvidence,
  nameScore,
  readsWholeName,
  SUR_EVIDENCE,
  type SurEvidence,
} from './evidence.js';
import { FoundPupils } from './FoundPupils.js';
import { type Consider, findWeak } from './findWeak.js';
import { foreEvidence, surEvidence } from './formEvidence.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { pairEntry } from './indexEntries.js';
import type { Reading } from './nameReadings.js';
import type { PupilIndex } from './PupilIndex.js';
import { PupilSlots } from './PupilSlots.js';
import { SUR_PART } from './pupilNameForms.js';
import { overlaps, type Slot, type Span, slotsOf, spansOf, withJoinedTypos } from './spans.js';
import type { ForeHit } from './WordFacts.js';

/** What a search found: each pupil once, with its best evidence, in the order first found. */
export type Found = FoundPupils;

const NOTHING: Found = new FoundPupils([], undefined);
const FORE_KINDS: readonly ForeEvidence[] = FORE_EVIDENCE;
const SUR_KINDS: readonly SurEvidence[] = SUR_EVIDENCE;

/**
 * Finds the pupils one reading of a connection's name may be, through the index only. Strong
 * evidence (a forename form with a surname form) is looked for first; the weaker kinds (typos,
 * sound-alikes, initials, forename alone) only when there is none, which keeps common names cheap.
 */
export class NameFinder {
  private readonly evidence = new Map<number, NameEvidence>();
  // The pupils the search under way found (`pupilsFound`), each with its best evidence yet (`best`, by slot).
  private readonly pupilsFound = new PupilSlots();
  private readonly best: NameEvidence[] = [];
  // The search under way, read by `consider` (one bound function for every search, not a closure each:
  // a trust's million searches allocated one apiece).
  private reading: Reading | undefined;
  private slots: readonly Slot[] = NO_SLOTS;
  private handle = false;
  private marks = 0;
  // The display name's parts set off by a separator, brackets or emoji (`partsSetOff`), where it has any.
  private parts: readonly (readonly string[])[] | undefined;
  private readonly considerEach: Consider = (pupilAt, fore, sur, a, b) => this.consider(pupilAt, fore, sur, a, b);

  constructor(private readonly index: PupilIndex) {}

  /**
   * What one reading says. Not remembered: display names are remembered whole (`createAnalyser`) and
   * handles rarely repeat, so a memo of readings answered 2 % of a trust's searches, for 70 MiB
   * school by school (docs/performance.md, mem6).
   */
  find(reading: Reading): Found {
    return this.search(reading);
  }

  private search(reading: Reading): Found {
    const slots = slotsOf(reading, this.index);
    if (slots.length === 0) return NOTHING;
    const spans = spansOf(slots, this.index);
    this.reading = reading;
    this.slots = slots;
    this.handle = reading.source === 'handle';
    this.marks = someUnstretched(slots) ? reading.marks | FOLD.DECORATED : reading.marks;
    this.parts = reading.source === 'display' ? partsSetOff(reading.written) : undefined;
    this.pupilsFound.begin();
    for (let i = 0; i < spans.length; i++) {
      const a = spans[i]!;
      const fores = a.facts.fore;
      if (fores.length === 0) continue;
      for (let j = 0; j < spans.length; j++) {
        const b = spans[j]!;
        const surs = b.facts.sur;
        if (surs.length === 0 || overlaps(a, b)) continue;
        for (let f = 0; f < fores.length; f++) {
          const foreHit = fores[f]!;
          for (let s = 0; s < surs.length; s++) {
            const surHit = surs[s]!;
            const entries = this.index.pair(foreHit.id, surHit.id);
            if (!entries) continue;
            const spelt = surHit.relation === 'variant';
            for (let e = 0; e < entries.length; e++) {
              const entry = entries[e]!;
              // Another spelling of half a double-barrelled surname is two doubts: left out.
              if (spelt && pairEntry.sur(entry) === SUR_PART) continue;
              this.consider(
                pairEntry.pupil(entry),
                foreEvidence(foreHit, pairEntry.fore(entry)),
                surEvidence(surHit, pairEntry.sur(entry)),
                a,
                b,
                spelt,
              );
            }
          }
        }
      }
    }
    if (!this.someCanFlag())
      findWeak(this.index, withJoinedTypos(spans, slots, this.index), slots.length, reading, this.considerEach);
    this.reading = undefined;
    this.slots = NO_SLOTS;
    this.parts = undefined;
    return this.found();
  }

  /** The pupils found, at their number (most searches, a million on a trust, find nobody). */
  private found(): Found {
    const count = this.pupilsFound.size;
    if (count === 0) return NOTHING;
    const entries = new Array<number | NameEvidence>(2 * count);
    let earliest: number | undefined = Infinity;
    for (let i = 0; i < count; i++) {
      const pupilAt = this.pupilsFound.pupils[i]!;
      entries[2 * i] = pupilAt;
      entries[2 * i + 1] = this.best[i]!;
      const year = this.index.dobYearOf(pupilAt);
      if (year === undefined) earliest = undefined;
      else if (earliest !== undefined && year < earliest) earliest = year;
    }
    return new FoundPupils(entries, earliest);
  }

  private someCanFlag(): boolean {
    for (let i = 0; i < this.pupilsFound.size; i++) if (readsWholeName(this.best[i]!)) return true;
    return false;
  }

  /** Whether a word's forename hits name one of the pupil's forenames as its usual short form. */
  private someNicknameOf(hits: readonly ForeHit[], forenames: readonly string[]): boolean {
    for (let i = 0; i < hits.length; i++)
      if (hits[i]!.relation === 'nickname' && forenames.includes(this.index.word(hits[i]!.id))) return true;
    return false;
  }

  /** What one pupil an evidence pair points at is to the search under way: kept when it is the best for that pupil. */
  private consider(
    pupilAt: number,
    fore: ForeEvidence,
    sur: SurEvidence,
    a: Span,
    b: Span | undefined,
    surnameSpelt = false,
  ): void {
    const reading = this.reading!;
    const slots = this.slots;
    // `Smith, Jack`: the surname is before the comma and the forename after it.
    if (b && reading.commaAfter > 0 && (b.end > reading.commaAfter || a.start < reading.commaAfter)) return;
    // A slip in a name read back to front without a comma is two doubts (`Marcia Thomas` is no
    // Thomas Garcia): left out.
    if (b && b.start < a.start && reading.commaAfter === 0 && (fore === 'typo' || sur === 'typo')) return;
    // The pupil's own object is read only where a word outside the name asks about their names: a forename alone
    // finds hundreds of pupils, and each object is a wait on memory (their accents are the index's, `isAccented`).
    let indexed: IndexedPupil | undefined;
    let unexplained = 0;
    let setOff = 0;
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
      indexed ??= this.index.pupils[pupilAt]!;
      const pupil = indexed;
      const inside = i >= first && i < last;
      if (
        inside &&
        (pupil.middleNames.includes(slot.word) ||
          (slot.word.length === 1 && someBeginsWith(pupil.middleNames, slot.word)))
      )
        // Kaur, Singh, Thi: the pupil's word, but one every member of the tradition bears.
        middleName ||= !TRADITION_MIDDLE_NAMES.has(slot.word);
      // Joseph (Joe) Webb: the pupil's usual short form just after the forename explains itself.
      else if (inside && i === a.end && this.someNicknameOf(slot.facts.fore, pupil.forenames)) continue;
      else if (i === a.start - 1 && pupil.commonFirstPart && COMMON_FIRST_PARTS.has(slot.word))
        continue; // Muhammad of Muhammad Rayyan, in any spelling
      else if (!inside && b && this.parts && setOffFromName(this.parts, slot.word, [a.word, b.word])) {
        // `Jade Quigley | Netball`, `(Jadey)`: what she writes of herself, set off from her name, is no other
        // person's name (`bioWords`); her own pet form in brackets is hers, as after the forename.
        if (!this.someNicknameOf(slot.facts.fore, pupil.forenames) && !someSharesStem(pupil.forenames, slot.word))
          setOff++;
      } else if (!inside || !pupil.words.includes(slot.word)) unexplained++;
    }
    const accentsDiffer = ((reading.marks & FOLD.ACCENTS) !== 0) !== this.index.isAccented(pupilAt);
    const sharesStem = fore === 'fullForm' && someSharesStem(this.index.pupils[pupilAt]!.forenames, a.word);
    const surnameFirst = b !== undefined && b.start < a.start;
    // Back to front only when the name as written is a name too: `Kelly Thomas` may be Kelly
    // Thomas, `Clark Ava` hardly an adult Clark whose surname is Ava.
    const orderInDoubt = surnameFirst && reading.commaAfter === 0 && b.facts.knownGiven && a.facts.realSurname;
    const nameOfItsOwn = fore === 'nickname' && !this.index.isOnlyShortForm(a.word);
    const shortOfAnother =
      fore === 'nickname' && !nameOfItsOwn && this.index.shortensAnother(a.word, this.index.pupils[pupilAt]!.forenames);
    // One object of each content, looked up before any is made (see `evidenceKey`).
    const key = evidenceKey(
      fore,
      sur,
      (surnameFirst ? 1 : 0) |
        (orderInDoubt ? 2 : 0) |
        (sharesStem ? 4 : 0) |
        (middleName ? 8 : 0) |
        (joined ? 16 : 0) |
        (this.handle ? 32 : 0) |
        (accentsDiffer ? 64 : 0) |
        (nameOfItsOwn ? 128 : 0) |
        (surnameSpelt ? 256 : 0) |
        (shortOfAnother ? 512 : 0) |
        (Math.min(setOff, 2) << 10),
      this.marks,
      unexplained,
    );
    let evidence = key < 0 ? undefined : this.evidence.get(key);
    if (!evidence) {
      evidence = {
        fore,
        sur,
        surnameFirst,
        orderInDoubt,
        sharesStem,
        middleName,
        unexplained,
        ...(setOff > 0 ? { setOff } : {}),
        joined,
        handle: this.handle,
        marks: this.marks,
        accentsDiffer,
        ...(nameOfItsOwn ? { nameOfItsOwn: true } : {}),
        ...(surnameSpelt ? { surnameSpelt: true } : {}),
        ...(shortOfAnother ? { shortOfAnother: true } : {}),
      };
      if (key >= 0) this.evidence.set(key, evidence);
    }
    const before = this.pupilsFound.size;
    const slot = this.pupilsFound.slotOf(pupilAt);
    if (slot === before || better(evidence, this.best[slot]!)) this.best[slot] = evidence;
  }
}

const NO_SLOTS: readonly Slot[] = Object.freeze([]);

// `consider`'s questions as functions of their own, not closures: a closure over a loop's variable makes V8 build
// a context for every turn of the loop, made or not, and a trust's 2.8 million calls allocated 350 MB so
// (docs/performance.md, perf41).

function someBeginsWith(names: readonly string[], letter: string): boolean {
  for (let i = 0; i < names.length; i++) if (names[i]![0] === letter) return true;
  return false;
}

/**
 * Whether a pupil's forename (its first three letters) begins as the word does (Frank for Frankie), or the word is
 * the root a short pet-form name was made from, no longer than it (Eve or Eva for Evie: the root less the -ie).
 */
function someSharesStem(forenames: readonly string[], word: string): boolean {
  for (let i = 0; i < forenames.length; i++) {
    const name = forenames[i]!;
    if (name.length >= 3 && word.length >= 3 && name.startsWith(word.slice(0, 3))) return true;
    if (isPetFormRoot(name, word)) return true;
  }
  return false;
}

/** Evie's root is Ev-: a word of it no longer than the name (Eve, Eva), not a fuller form (Evelyn, a parent's more often). */
function isPetFormRoot(name: string, word: string): boolean {
  return (
    name.length >= 4 &&
    name.endsWith('ie') &&
    word.length <= name.length &&
    word.length >= 3 &&
    word.startsWith(name.slice(0, -2))
  );
}

function someUnstretched(slots: readonly Slot[]): boolean {
  for (let i = 0; i < slots.length; i++) if (slots[i]!.unstretched) return true;
  return false;
}

/**
 * Evidence is read and compared, never changed, and the answers the display-name cache keeps for a
 * trust's names would otherwise hold many copies of a few hundred: one object of each content is
 * kept, under this key (4 + 3 + 12 + 5 + 6 bits: a small integer, so the Map's keys are cheap), or
 * -1 for evidence out of its range (not shared). `flags`: the ten booleans, one bit each, and the words set off (none, one, more: two bits).
 */
function evidenceKey(fore: ForeEvidence, sur: SurEvidence, flags: number, marks: number, unexplained: number): number {
  const foreAt = FORE_KINDS.indexOf(fore);
  const surAt = SUR_KINDS.indexOf(sur);
  if (foreAt < 0 || surAt < 0 || unexplained > 63 || marks > 31) return -1;
  return (((foreAt * 8 + surAt) * 4096 + flags) * 32 + marks) * 64 + unexplained;
}

export function better(a: NameEvidence, b: NameEvidence): boolean {
  const flagA = readsWholeName(a);
  if (flagA !== readsWholeName(b)) return flagA;
  const diff = nameScore(a) - nameScore(b);
  if (Math.abs(diff) > 1e-9) return diff > 0;
  return bitCount(a.marks) < bitCount(b.marks);
}

function bitCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}
