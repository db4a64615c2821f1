import type { Connection, Pupil, StaffMember } from '../model/records.js';
import type { ReasonCode } from '../model/reasons.js';
import { ageOn } from '../normalise/dates.js';
import { FOLD } from '../normalise/nameText.js';
import { canFlag, coreScore, nameReasons, nameScore, type NameEvidence } from './evidence.js';
import type { MatchCandidate, Matcher } from './Matcher.js';
import { better, NameFinder, type Found } from './NameFinder.js';
import { createNicknameBook, type NicknameBook } from './nicknames.js';
import { nameWords, PupilIndex } from './PupilIndex.js';
import { FingerprintCache } from './FingerprintCache.js';
import { handleOf, handleShape, readDisplayName, readHandleText, type Reading } from './readConnection.js';
import { isAdultYear, readYears } from './yearEvidence.js';

export interface MatcherOptions {
  /** The nickname table to use; the project's own by default. */
  nicknames?: NicknameBook;
}

/** What a connection's names alone say about one pupil. */
interface Analysed {
  pupilAt: number;
  score: number;
  /** Forename and surname evidence only (no middle name, no years), to tell namesakes from a better match. */
  strength: number;
  level: MatchCandidate['level'];
  reasons: ReasonCode[];
  yearMatchesDob: boolean;
}

/** Display names remembered with what they say: a trust's lists hold about 60,000 distinct ones. */
const DISPLAY_NAMES_REMEMBERED = 120_000;

/** Handle shapes remembered as finding nobody (see `handleShape`): a trust's lists hold about 50,000. */
const HANDLE_SHAPES_REMEMBERED = 120_000;

const NO_READINGS: readonly [Reading, Found][] = Object.freeze([]);
const FOUND_NOBODY = Object.freeze({});
const NOTHING_ANALYSED: readonly Analysed[] = Object.freeze([]);
/** The answer for nearly every connection; frozen, since it is shared. */
const NO_CANDIDATES = Object.freeze([]) as unknown as MatchCandidate[];

/** Younger than this, a child has no account of their own (an infant pupil of 5 may have one a parent runs). */
const YOUNGEST_OWN_ACCOUNT = 4;
/**
 * Platforms whose minimum age is kept to, so that a child under it is unlikely to be there. The
 * others' (13) are not: many younger children use them.
 */
const PLATFORM_MINIMUM_AGE: Readonly<Record<string, number>> = { linkedin: 16 };

/** More pupils than this sharing a forename-only match say nothing about any one of them. */
const MAX_FORENAME_ONLY = 5;

let defaultBook: NicknameBook | undefined;

/**
 * The matching engine: indexes the pupils in scope once, then reads each connection's display
 * name and username every way it may be written (decorated, look-alike letters, leetspeak,
 * run-together handles, nicknames, typos) and weighs the evidence for each pupil it may be.
 */
export function createMatcher(pupils: readonly Pupil[], options: MatcherOptions = {}): Matcher {
  const index = new PupilIndex(pupils, options.nicknames ?? (defaultBook ??= createNicknameBook()));
  const finder = new NameFinder(index);
  const staffSurnames = new WeakMap<StaffMember, string>();

  // Display names repeat across staff lists (handles mostly do not): what each says is remembered,
  // and only the readings that found somebody (most find nobody and share one empty answer).
  const displayNames = new FingerprintCache<readonly [Reading, Found][]>(DISPLAY_NAMES_REMEMBERED, NO_READINGS);
  const readDisplay = (raw: string): readonly [Reading, Found][] => {
    let read = displayNames.get(raw);
    if (!read) {
      const found = readDisplayName(raw, (word) => index.facts(word).knownGiven)
        .map((reading): [Reading, Found] => [reading, finder.find(reading)])
        .filter(([, pupils]) => pupils.size > 0);
      read = found.length > 0 ? found : NO_READINGS;
      displayNames.set(raw, read);
    }
    return read;
  };

  // Handles differ row by row (`kerry.taylor83`), but their shapes repeat (`kerry.taylor0`): those
  // whose search found nobody are remembered, and a row whose names both find nobody is done.
  const handlesOfNobody = new FingerprintCache<typeof FOUND_NOBODY>(HANDLE_SHAPES_REMEMBERED, FOUND_NOBODY);

  const analyse = (connection: Connection): readonly Analysed[] => {
    const display = connection.displayName ? readDisplay(connection.displayName) : NO_READINGS;
    const handle = handleOf(connection);
    const shape = handle === undefined ? undefined : handleShape(handle);
    if (shape !== undefined && display.length === 0 && handlesOfNobody.get(shape) === FOUND_NOBODY) return NOTHING_ANALYSED;
    const handleReadings = readHandleText(handle);
    const handleYear = plainReading(handleReadings)?.earliestYear;
    // Most connections find nobody: nothing is built for them beyond their readings (a million
    // rows go through here, so not even a closure or an empty array).
    let results: [Reading, Found][] | undefined;
    for (let i = 0; i < display.length; i++) {
      const [reading, found] = display[i]!;
      if (mayBeTheAccount(reading, found, handleYear)) (results ??= []).push([reading, found]);
    }
    for (let i = 0; i < handleReadings.length; i++) {
      const reading = handleReadings[i]!;
      const found = finder.find(reading);
      // A handle with a shape is read as one plain reading, so this was all it found.
      if (shape !== undefined && found.size === 0) handlesOfNobody.set(shape, FOUND_NOBODY);
      if (mayBeTheAccount(reading, found, handleYear)) (results ??= []).push([reading, found]);
    }
    if (!results) return NOTHING_ANALYSED;
    // Per pupil, the best reading of each name (display name, handle): its evidence and its digits.
    // Digits read as letters (J4ck) are no year, so a reading's own digits count; the handle's
    // digits say something about every pupil the account may be, whichever name found them.
    const handleDigits = plainReading(handleReadings)?.numbers ?? [];
    const perPupil = new Map<number, { display?: [Reading, NameEvidence]; handle?: [Reading, NameEvidence] }>();
    for (const [reading, found] of results) {
      for (const [pupilAt, evidence] of found) {
        let entry = perPupil.get(pupilAt);
        if (!entry) perPupil.set(pupilAt, (entry = {}));
        const seen = entry[reading.source];
        if (!seen || better(evidence, seen[1])) entry[reading.source] = [reading, evidence];
      }
    }
    const analysed: Analysed[] = [];
    for (const [pupilAt, { display, handle }] of perPupil) {
      const pupil = index.pupils[pupilAt]!;
      const numbers = display ? [...display[0].numbers, ...(handle ? handle[0].numbers : handleDigits)] : handle ? handle[0].numbers : handleDigits;
      const years = readYears(numbers, pupil.dobYear, pupil.yearGroup);
      if (years === 'adult') continue;
      const evidence = display && (!handle || !better(handle[1], display[1])) ? display[1] : handle![1];
      // A forename alone, or a fuller form of a pupil's short name (Henry for Harry: often the
      // parent's), needs a birth year or year group in the handle before anybody is asked to look;
      // a form that begins like the roll's (Frank for Frankie, Alexander for Alex) does not.
      if ((evidence.fore === 'none' || (evidence.fore === 'fullForm' && !evidence.sharesStem)) && years !== 'dob' && years !== 'yearGroup') continue;
      // Weak name evidence against a handle year such as 78 is nobody worth a look.
      if (years === 'olderTwoDigit' && !canFlag(evidence)) continue;
      // The other name's reasons are added when it, too, names the pupil outright.
      const reasons = new Set<ReasonCode>(nameReasons(evidence));
      for (const other of [display, handle]) if (other && other[1] !== evidence && canFlag(other[1])) for (const code of nameReasons(other[1])) reasons.add(code);
      const strength = Math.round(coreScore(evidence) * 1000) / 1000;
      let score = nameScore(evidence) + (display && handle ? 0.03 : 0);
      if (years === 'dob') {
        score += 0.1;
        reasons.add('HANDLE_YEAR_MATCHES_DOB');
      } else if (years === 'yearGroup') {
        score += 0.05;
        reasons.add('HANDLE_YEAR_MATCHES_YEAR_GROUP');
      } else if (years === 'olderTwoDigit') {
        reasons.add('HANDLE_YEAR_NOT_DOB');
      }
      // A title or trade anywhere in the account's names speaks for the account, whichever name found the pupil.
      const adultWord = (display?.[0].adultWord ?? false) || handleReadings.some((r) => r.adultWord);
      if (adultWord) reasons.add('ADULT_WORDS');
      const flag = canFlag(evidence);
      const level = flag && !adultWord && years !== 'olderTwoDigit' ? 'flag' : 'review';
      analysed.push({ pupilAt, score: Math.min(1, score), strength: flag ? strength + 1 : strength, level, reasons: [...reasons], yearMatchesDob: years === 'dob' });
    }
    const forenameOnly = analysed.filter((a) => a.reasons.includes('FORENAME_ONLY'));
    return forenameOnly.length > MAX_FORENAME_ONLY ? analysed.filter((a) => !forenameOnly.includes(a)) : analysed;
  };

  const staffSurname = (staff: StaffMember): string => {
    let surname = staffSurnames.get(staff);
    if (surname === undefined) {
      const words = staff.surname ? nameWords(staff.surname) : nameWords(staff.name).slice(-1);
      surname = words.join('');
      staffSurnames.set(staff, surname);
    }
    return surname;
  };

  return {
    match(connection: Connection, staff: StaffMember | undefined): MatchCandidate[] {
      const analysed = analyse(connection);
      if (analysed.length === 0) return NO_CANDIDATES;
      // A connection made before the pupil was born is somebody else's.
      const connectedOn = connection.connectedOn;
      const live = connectedOn ? analysed.filter((a) => bornBy(index.pupils[a.pupilAt]!.pupil, connectedOn)) : analysed;
      if (live.length === 0) return [];
      const candidates = live.map((a): MatchCandidate => ({ pupil: index.pupils[a.pupilAt]!.pupil, score: round(a.score), level: a.level, reasons: [...a.reasons] }));
      if (connectedOn) for (const candidate of candidates) doubtYoungConnection(candidate, connectedOn, connection.platform);
      markNamesakes(live, candidates);
      const surname = staff ? staffSurname(staff) : '';
      if (surname) {
        live.forEach((a, i) => {
          if (index.pupils[a.pupilAt]!.surnames.includes(surname)) candidates[i]!.reasons.push('SHARES_STAFF_SURNAME');
        });
      }
      return candidates.sort((a, b) => (a.level !== b.level ? (a.level === 'flag' ? -1 : 1) : b.score - a.score || (a.pupil.id < b.pupil.id ? -1 : 1)));
    },
  };
}

/** The handle read as written, not with digits as letters (J4ck): its digits may be a year. */
function plainReading(readings: readonly Reading[]): Reading | undefined {
  for (let i = 0; i < readings.length; i++) if (!(readings[i]!.marks & FOLD.LEET)) return readings[i];
  return undefined;
}

/**
 * Whether the pupils one reading found may be the account: a birth year in the handle long
 * before every pupil found rules them all out at once.
 */
function mayBeTheAccount(reading: Reading, found: Found, handleYear: number | undefined): boolean {
  if (found.size === 0) return false;
  const year = Math.min(handleYear ?? Infinity, reading.earliestYear ?? Infinity);
  return year === Infinity || !isAdultYear(year, found.earliestDob);
}

/**
 * Pupils who share the best name evidence are namesakes: the connection is reported once with all
 * of them, and at `review`, unless a birth year in the handle is one pupil's alone. Pupils matched
 * less well than the best are listed too, at `review`.
 */
function markNamesakes(live: readonly Analysed[], candidates: MatchCandidate[]): void {
  if (live.length < 2) return;
  const top = Math.max(...live.map((a) => a.strength));
  const tied = live.map((a, i) => (top - a.strength < 1e-6 ? i : -1)).filter((i) => i >= 0);
  const distinguished = tied.filter((i) => live[i]!.yearMatchesDob);
  const keep = tied.length > 1 && distinguished.length === 1 ? distinguished[0] : tied.length === 1 ? tied[0] : undefined;
  candidates.forEach((candidate, i) => {
    if (tied.length > 1 && tied.includes(i)) candidate.reasons.push('SHARED_NAME');
    if (i !== keep) candidate.level = 'review';
  });
}

/**
 * An account connected when the pupil was a small child is most likely an adult of the same name
 * (or one a parent ran), and one on a platform the pupil was too young for at the time is unlikely
 * to be theirs: never a flag, but still shown, since either may yet be the pupil's.
 */
function doubtYoungConnection(candidate: MatchCandidate, connectedOn: string, platform: string): void {
  const dob = candidate.pupil.dob;
  if (!dob) return;
  const age = ageOn(dob, connectedOn);
  // A handle carrying the pupil's birth year says the account is the child's, on any platform.
  const tooYoungForPlatform = age < (PLATFORM_MINIMUM_AGE[platform] ?? 0) && !candidate.reasons.includes('HANDLE_YEAR_MATCHES_DOB');
  const doubt = age < YOUNGEST_OWN_ACCOUNT ? 'CONNECTED_WHEN_YOUNG' : tooYoungForPlatform ? 'UNDER_PLATFORM_AGE' : undefined;
  if (!doubt) return;
  candidate.level = 'review';
  candidate.reasons.push(doubt);
}

function bornBy(pupil: Pupil, day: string): boolean {
  return pupil.dob === undefined || pupil.dob <= day;
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}
