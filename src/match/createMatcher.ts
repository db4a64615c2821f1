import type { Connection, Pupil, StaffMember } from '../model/records.js';
import type { ReasonCode } from '../model/reasons.js';
import { ageOn } from '../normalise/dates.js';
import { FOLD } from '../normalise/nameText.js';
import { canFlag, nameReasons, type NameEvidence } from './evidence.js';
import { MatchModel, posteriors, sameNameLevel, type FeatureLevels } from './matchModel.js';
import { NameTerms, plainWords } from './NameTerms.js';
import type { MatchCandidate, Matcher } from './Matcher.js';
import { better, NameFinder, type Found } from './NameFinder.js';
import { createNicknameBook, type NicknameBook } from './nicknames.js';
import { nameWords, PupilIndex } from './PupilIndex.js';
import { FingerprintCache } from './FingerprintCache.js';
import { handleOf, handleShape, readDisplayName, readHandleText, type Reading } from './readConnection.js';
import { isAdultYear, readYears, type YearVerdict } from './yearEvidence.js';

export interface MatcherOptions {
  /** The nickname table to use; the project's own by default. */
  nicknames?: NicknameBook;
  /** The model's parameters; the fitted table by default. */
  model?: MatchModel;
}

/** What a connection's names say about one pupil, before its date and platform are weighed. */
interface Analysed {
  pupilAt: number;
  evidence: NameEvidence;
  years: YearVerdict;
  /** The handle carries digits (which may or may not be a year). */
  numbered: boolean;
  names: 'display' | 'handle' | 'both';
  adultWord: boolean;
  reasons: ReasonCode[];
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
function sharedNicknameBook(): NicknameBook {
  defaultBook ??= createNicknameBook();
  return defaultBook;
}

/**
 * The matching engine: indexes the pupils in scope once, then reads each connection's display
 * name and username every way it may be written (decorated, look-alike letters, leetspeak,
 * run-together handles, nicknames, typos) and weighs the evidence for each pupil it may be.
 */
export function createMatcher(pupils: readonly Pupil[], options: MatcherOptions = {}): Matcher {
  const index = new PupilIndex(pupils, options.nicknames ?? sharedNicknameBook());
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
      if (mayBeTheAccount(reading, found, handleYear)) {
        results ??= [];
        results.push([reading, found]);
      }
    }
    for (let i = 0; i < handleReadings.length; i++) {
      const reading = handleReadings[i]!;
      const found = finder.find(reading);
      // A handle with a shape is read as one plain reading, so this was all it found.
      if (shape !== undefined && found.size === 0) handlesOfNobody.set(shape, FOUND_NOBODY);
      if (mayBeTheAccount(reading, found, handleYear)) {
        results ??= [];
        results.push([reading, found]);
      }
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
        if (!entry) {
          entry = {};
          perPupil.set(pupilAt, entry);
        }
        const seen = entry[reading.source];
        if (!seen || better(evidence, seen[1])) entry[reading.source] = [reading, evidence];
      }
    }
    const analysed: Analysed[] = [];
    // A title or trade anywhere in the account's names speaks for the account, whichever name found the pupil.
    const handleAdultWord = handleReadings.some((r) => r.adultWord);
    for (const [pupilAt, { display, handle }] of perPupil) {
      const pupil = index.pupils[pupilAt]!;
      const numbers = display ? [...display[0].numbers, ...(handle ? handle[0].numbers : handleDigits)] : handle ? handle[0].numbers : handleDigits;
      // The handle's digits are beside a name only when the handle itself spells the pupil's.
      const years = readYears(numbers, pupil.dobYear, pupil.yearGroup, handle !== undefined);
      if (years === 'adult') continue;
      const evidence = display && (!handle || !better(handle[1], display[1])) ? display[1] : handle![1];
      // A forename alone, or a fuller form of a pupil's short name (Henry for Harry: often the
      // parent's), needs a birth year or year group in the handle before anybody is asked to look;
      // a form that begins like the roll's (Frank for Frankie, Alexander for Alex) does not.
      if ((evidence.fore === 'none' || (evidence.fore === 'fullForm' && !evidence.sharesStem)) && years !== 'dob' && years !== 'yearGroup') continue;
      // The other name's reasons are added when it, too, names the pupil outright.
      const reasons = new Set<ReasonCode>(nameReasons(evidence));
      for (const other of [display, handle]) if (other && other[1] !== evidence && canFlag(other[1])) for (const code of nameReasons(other[1])) reasons.add(code);
      if (years === 'dob') reasons.add('HANDLE_YEAR_MATCHES_DOB');
      else if (years === 'yearGroup') reasons.add('HANDLE_YEAR_MATCHES_YEAR_GROUP');
      else if (years === 'olderTwoDigit') reasons.add('HANDLE_YEAR_NOT_DOB');
      const adultWord = (display?.[0].adultWord ?? false) || handleAdultWord;
      if (adultWord) reasons.add('ADULT_WORDS');
      analysed.push({ pupilAt, evidence, years, numbered: numbers.length > 0, names: display && handle ? 'both' : display ? 'display' : 'handle', adultWord, reasons: [...reasons] });
    }
    const forenameOnly = analysed.filter((a) => a.evidence.fore === 'none');
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

  const model = options.model ?? new MatchModel();
  const terms = new NameTerms({ forename: model.parameters.typicalForename, surname: model.parameters.typicalSurname });
  for (const indexed of index.pupils) {
    const p = indexed.pupil;
    terms.notePupil([firstWord(p.legalForename), firstWord(p.preferredForename)].filter(Boolean), [lastWord(p.legalSurname), lastWord(p.preferredSurname)].filter(Boolean));
  }

  /** Weighs a connection's candidates: contributions, the name's frequency, and the shared posterior. */
  const weigh = (candidates: MatchCandidate[], withLists: boolean, displayName: string | undefined): MatchCandidate[] => {
    const logOdds = candidates.map((candidate) => {
      const p = candidate.pupil;
      const fore = firstWord(candidate.levels.fore === 'preferred' ? p.preferredForename : p.legalForename);
      const sur = lastWord(candidate.levels.sur === 'preferred' ? p.preferredSurname : p.legalSurname);
      const shares = terms.shares(fore, sur, withLists, displayName);
      if (withLists && EXACT.has(candidate.levels.fore) && EXACT_SURNAME.has(candidate.levels.sur)) {
        candidate.levels = { ...candidate.levels, sameName: sameNameLevel(terms.otherAccounts(fore, sur, displayName)) };
      }
      const frequency = model.frequency(candidate.levels, shares.forename, shares.surname);
      const fitted = candidate.contributions.filter((c) => c.code !== 'NAME_FREQUENCY');
      candidate.contributions = frequency ? [frequency, ...fitted] : fitted;
      return model.logOdds(candidate.levels, frequency);
    });
    const probabilities = posteriors(logOdds);
    candidates.forEach((candidate, i) => { candidate.score = probabilities[i]!; });
    return candidates.sort((a, b) => b.score - a.score || (a.pupil.id < b.pupil.id ? -1 : 1));
  };

  return {
    match(connection: Connection, staff: StaffMember | undefined): MatchCandidate[] {
      terms.note(connection.displayName, connection.platform, connection.username || connection.profileUrl);
      const analysed = analyse(connection);
      if (analysed.length === 0) return NO_CANDIDATES;
      // A connection made before the pupil was born is somebody else's.
      const connectedOn = connection.connectedOn;
      const live = connectedOn ? analysed.filter((a) => bornBy(index.pupils[a.pupilAt]!.pupil, connectedOn)) : analysed;
      if (live.length === 0) return [];
      const surname = staff ? staffSurname(staff) : '';
      const candidates = live.map((a): MatchCandidate => {
        const indexed = index.pupils[a.pupilAt]!;
        const reasons = [...a.reasons];
        const age = connectedOn ? ageAtConnection(indexed.pupil, connectedOn, connection.platform, a.years === 'dob') : 'unknown';
        if (age === 'under4') reasons.push('CONNECTED_WHEN_YOUNG');
        if (age === 'underPlatform') reasons.push('UNDER_PLATFORM_AGE');
        const sharesSurname = surname !== '' && indexed.surnames.includes(surname);
        if (sharesSurname) reasons.push('SHARES_STAFF_SURNAME');
        const levels = levelsOf(a, age, connection.platform, sharesSurname);
        return { pupil: indexed.pupil, score: 0, reasons, contributions: model.contributions(levels), levels };
      });
      markNamesakes(candidates);
      return weigh(candidates, false, connection.displayName);
    },
    finalise(candidates: readonly MatchCandidate[], connection: Connection): MatchCandidate[] {
      return weigh(
        candidates.map((c) => ({ ...c, reasons: [...c.reasons], contributions: [...c.contributions] })),
        true,
        connection.displayName,
      );
    },
  };
}

/** The model's reading of one pair. */
function levelsOf(a: Analysed, age: FeatureLevels['age'], platform: string, sharesSurname: boolean): FeatureLevels {
  const e = a.evidence;
  return {
    fore: e.fore,
    sur: e.sur,
    order: e.orderInDoubt ? 'orderInDoubt' : e.surnameFirst ? 'surnameFirst' : 'asWritten',
    middle: e.middleName ? 'yes' : 'no',
    unexplained: e.unexplained === 0 ? '0' : e.unexplained === 1 ? '1' : '2+',
    names: a.names,
    digits: a.years === 'dob' || a.years === 'yearGroup' || a.years === 'olderTwoDigit' ? a.years : a.numbered ? 'otherNumber' : 'none',
    age,
    adultWords: a.adultWord ? 'yes' : 'no',
    platform: KNOWN_PLATFORMS.has(platform) ? platform : 'other',
    staffSurname: sharesSurname ? 'yes' : 'no',
    leet: e.marks & FOLD.LEET ? 'yes' : 'no',
    // Before the lists are counted no other account is known to bear the whole name.
    sameName: EXACT.has(e.fore) && EXACT_SURNAME.has(e.sur) ? 'alone' : 'none',
  };
}

const EXACT = new Set(['legal', 'preferred']);
const EXACT_SURNAME = new Set(['full', 'preferred']);
const KNOWN_PLATFORMS = new Set(['facebook', 'instagram', 'tiktok', 'snapchat', 'x', 'linkedin']);

function firstWord(raw: string | undefined): string {
  return raw ? (plainWords(raw)[0] ?? '') : '';
}

function lastWord(raw: string | undefined): string {
  return raw ? (plainWords(raw).at(-1) ?? '') : '';
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

/** Pupils found by the same forename and surname evidence are namesakes: the model shares the probability between them. */
function markNamesakes(candidates: readonly MatchCandidate[]): void {
  if (candidates.length < 2) return;
  for (const c of candidates) {
    if (candidates.some((o) => o !== c && o.levels.fore === c.levels.fore && o.levels.sur === c.levels.sur)) c.reasons.push('SHARED_NAME');
  }
}

/**
 * The pupil's age when the connection was made: under 4, a child has no account of their own (an
 * infant of 5 may have one a parent runs); on a platform whose minimum age is kept to, under it
 * is unlikely, unless the handle carries the pupil's birth year.
 */
function ageAtConnection(pupil: Pupil, connectedOn: string, platform: string, handleHasDob: boolean): FeatureLevels['age'] {
  if (!pupil.dob) return 'unknown';
  const age = ageOn(pupil.dob, connectedOn);
  if (age < YOUNGEST_OWN_ACCOUNT) return 'under4';
  if (age < (PLATFORM_MINIMUM_AGE[platform] ?? 0) && !handleHasDob) return 'underPlatform';
  // Few children have an account of their own before 8, and most have one by 13; one made at 4 to 7
  // may be a parent's, which a declared family link exempts, so it is doubted, not dropped.
  if (age < 8) return 'age4to7';
  return age < 13 ? 'age8to12' : 'age13up';
}

function bornBy(pupil: Pupil, day: string): boolean {
  return pupil.dob === undefined || pupil.dob <= day;
}
