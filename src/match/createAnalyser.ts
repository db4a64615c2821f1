import type { ReasonCode } from '../model/reasons.js';
import type { Connection } from '../model/records.js';
import { FOLD } from '../normalise/nameText.js';
import { type AdultWordKind, strongerKind } from './adultWordKind.js';
import { BestReadings } from './BestReadings.js';
import { carriesDisplayName, carriesWholeName } from './carriesName.js';
import type { NameAnswers } from './DisplayNameAnswers.js';
import { type NameEvidence, nameReasons, readsWholeName } from './evidence.js';
import { FingerprintCache } from './FingerprintCache.js';
import type { FoundAnswer } from './FoundPupils.js';
import { handleOf } from './handleOf.js';
import { initialOfAnother } from './initialOfAnother.js';
import { initialSpeltOut } from './initialSpeltOut.js';
import { better, type NameFinder } from './NameFinder.js';
import { handleShape, handleText, type Reading, readHandleText } from './nameReadings.js';
import type { PupilIndex } from './PupilIndex.js';
import { headlineNamesAJob } from './platformFurniture.js';
import { NO_READINGS, readDisplayNames } from './readDisplayNames.js';
import { rollWordPredicates } from './rollWordPredicates.js';
import { spellsDisplayName } from './spellsDisplayName.js';
import { writtenAsAChild } from './writtenAsAChild.js';
import {
  ageOnlyForAForename,
  agesWritten,
  isAdultYear,
  isYearGroup,
  readYears,
  strongerVerdict,
  withoutAgeAloneBeside,
  type YearVerdict,
} from './yearEvidence.js';

/** What a connection's names say about one pupil, before its date and platform are weighed. */
export interface Analysed {
  pupilAt: number;
  evidence: NameEvidence;
  years: YearVerdict;
  /** The handle carries digits (which may or may not be a year). */
  numbered: boolean;
  names: 'display' | 'handle' | 'both';
  adultWord: AdultWordKind;
  reasons: ReasonCode[];
  /**
   * The account's other name spells the initial the pupil was read by out as somebody else's: the display name's
   * initial in the handle (`initialSpeltOut`), the handle's forename initial in the display name
   * (`initialOfAnother`). Weighed once the lists are read (`shownAsAnother`), not in the audit's own estimates.
   */
  speltOut?: 'initial' | 'forename' | 'givenIfBorne';
  /** Two digits an adult's year beside the name written plainly, beside it written as a child writes it (`writtenAsAChild`). */
  childsDigits?: true;
}

/** Reads a connection (see `createAnalyser`); `release` empties its caches and gives their memory back. */
export type Analyser = ((connection: Connection) => readonly Analysed[]) & { release(): void };

/** Handle shapes remembered as finding nobody (see `handleShape`): a trust's lists hold about 50,000. */
const HANDLE_SHAPES_REMEMBERED = 120_000;

const FOUND_NOBODY = Object.freeze({});
const NOTHING_ANALYSED: readonly Analysed[] = Object.freeze([]);
const NO_NUMBERS: readonly string[] = Object.freeze([]);

/**
 * More pupils than this sharing a forename-only match say nothing about any one of them: the
 * probability is shared between them, and the policy names a pupil of a shared review only with a
 * share of 2 % or more (so never one of more than fifty). A large school's year holds many pupils
 * of one forename (with its short forms: Ellie for Eleanor), so a lower cap left `ellie2012` unread.
 */
const MAX_FORENAME_ONLY = 50;

/**
 * What a connection's names say about each pupil it may be: reads its display name and handle
 * every way they may be written and keeps, per pupil, the best reading of each name.
 */
export function createAnalyser(
  index: PupilIndex,
  finder: NameFinder,
  displayNameAnswers?: <V extends object>(nothing: V, foundLimit: number) => NameAnswers<V>,
  auditDate?: string,
): Analyser {
  const words = rollWordPredicates(index);
  const { isGivenName, isName, isRollName } = words;
  const displayNames = readDisplayNames(finder, words, displayNameAnswers);

  // Handles differ row by row (`kerry.taylor83`), but their shapes repeat (`kerry.taylor0`): those
  // whose search found nobody are remembered, and a row whose names both find nobody is done.
  const handlesOfNobody = new FingerprintCache<typeof FOUND_NOBODY>(HANDLE_SHAPES_REMEMBERED, FOUND_NOBODY);

  const best = new BestReadings();
  // The pupil `initialOfAnother` asks about, read by one function: a closure over the loop's pupil would make V8
  // build a context for every pupil of every row, asked or not (docs/performance.md, perf41).
  let soundsOf = -1;
  const soundsLikeThisPupil = (key: string): boolean => index.soundsLikeForenameOf(soundsOf, key);
  const analyse = (connection: Connection): readonly Analysed[] => {
    const display = connection.displayName ? displayNames.read(connection.displayName) : NO_READINGS;
    const handle = handleOf(connection);
    // The handle's furniture is taken off once, for its shape and its readings.
    const text = handle === undefined ? '' : handleText(handle);
    const shape = handle === undefined ? undefined : handleShape(handle, text);
    const handleOfNobody = shape !== undefined && handlesOfNobody.get(shape) === FOUND_NOBODY;
    if (handleOfNobody && display.length === 0) return NOTHING_ANALYSED;
    const handleReadings = readHandleText(handle, isName, text);
    const handleYear = plainReading(handleReadings)?.earliestYear;
    // Most connections find nobody: nothing is built for them beyond their readings (a million
    // rows go through here, so not even a closure or an empty array). Per pupil, the best reading
    // of each name (display name, handle): its evidence and its digits.
    best.begin();
    for (let i = 0; i < display.length; i++) {
      const [reading, found] = display[i]!;
      if (mayBeTheAccount(reading, found, handleYear)) best.add(reading, found);
    }
    // A handle whose shape found nobody is not searched again beside a display name that found somebody.
    for (let i = 0; i < handleReadings.length && !handleOfNobody; i++) {
      const reading = handleReadings[i]!;
      const found = finder.find(reading);
      // A handle with a shape is read as one plain reading, so this was all it found.
      if (shape !== undefined && found.size === 0) handlesOfNobody.set(shape, FOUND_NOBODY);
      if (mayBeTheAccount(reading, found, handleYear)) best.add(reading, found);
    }
    if (best.size === 0) return NOTHING_ANALYSED;
    // Digits read as letters (J4ck) are no year, so a reading's own digits count; the handle's
    // digits say something about every pupil the account may be, whichever name found them.
    const handlePlain = plainReading(handleReadings);
    const handleDigits = handlePlain?.numbers ?? NO_NUMBERS;
    const handleLetters = handlePlain ? handlePlain.words.join('') : '';
    const analysed: Analysed[] = [];
    // A title or trade in a handle speaks for the account where it stands beside the pupil's forename
    // or surname (`mrsclark84`, `chloewalkerphotography`, `walker.plumbing`): in a handle of other
    // words (`mrbeastfan`, `yoga_girl`) a child may have chosen it as well as an adult.
    const handleAdultWord = someAdultWord(handleReadings);
    // A job after the display name (`Jakub | Photographer`) is the account holder's, whichever name found the pupil.
    const displayJob = connection.displayName !== undefined && headlineNamesAJob(connection.displayName, isRollName);
    // A handle that only spells the display name finds nobody it does not, and reads nobody better (`spellsDisplayName`).
    let spelt: boolean | undefined;
    for (let at = 0; at < best.size; at++) {
      const pupilAt = best.pupils[at]!;
      const display = best.display[at];
      const displayEvidence = best.displayEvidence[at]!;
      const handle = best.handle[at];
      const handleEvidence = best.handleEvidence[at]!;
      const handleAdds = handle !== undefined && (!display || better(handleEvidence, displayEvidence));
      if (handleAdds) spelt ??= spellsDisplayName(handleLetters, connection.displayName);
      if (handleAdds && spelt && !display) continue;
      // The pupil's years by place (`PupilIndex.dobOf`): most pupils here are a forename alone that the digits rule out,
      // and their own objects are read only for a question about their names.
      const dob = index.dobOf(pupilAt);
      const dobYear = index.dobYearOf(pupilAt);
      const yearGroup = index.yearGroupOf(pupilAt);
      const handleNumbers = handle ? handle.numbers : handleDigits;
      const numbered = (display ? display.numbers.length : 0) + handleNumbers.length > 0;
      // The handle's digits are beside a name when the handle spells the pupil's (not half a
      // double-barrelled surname), or, read as no name of theirs, still carries the whole forename
      // or surname (`mitchelli70`, `e.clark83`): not in a handle of other words (`fifawolf83`).
      // Digits in a display name that names the pupil (`Ellie Clark 83`) are beside the name.
      // A child writes their age as often as their birth year (`matilda12`): then, or now.
      const ages = numbered ? agesWritten(dob, connection.connectedOn, auditDate) : undefined;
      const displayYears =
        display && displayEvidence.sur !== 'part'
          ? readYears(display.numbers, dobYear, yearGroup, true, dob, ages, display.yearWord)
          : null;
      let years = strongerVerdict(
        displayYears,
        readYears(
          handleNumbers,
          dobYear,
          yearGroup,
          handle !== undefined
            ? handleEvidence.sur !== 'part'
            : carriesWholeName(handleLetters, index.pupils[pupilAt]!) ||
                carriesDisplayName(handleLetters, display, displayEvidence),
          dob,
          ages,
          handle?.yearWord,
        ),
      );
      if (years === 'adult') continue;
      const childsDigits = years === 'olderTwoDigit' && writtenAsAChild(connection.displayName);
      if (childsDigits) years = null;
      const evidence = display && (!handleAdds || spelt) ? displayEvidence : handleEvidence;
      years = ageOnlyForAForename(years, evidence.fore, displayYears === 'age' && evidence === displayEvidence);
      // An initial in the handle whose display name names somebody else of that letter: theirs, unless its digits are the pupil's.
      let speltOut: Analysed['speltOut'];
      if (evidence.fore === 'initial' && !display && !isPupilsNumber(years)) {
        soundsOf = pupilAt;
        const another = initialOfAnother(
          connection.displayName,
          index.pupils[pupilAt]!,
          isGivenName,
          soundsLikeThisPupil,
        );
        if (another === 'beforeSurname') continue;
        if (another === 'namedFurther') speltOut = 'forename';
        if (another === 'beforeSurnameIfBorne') speltOut = 'givenIfBorne';
      }
      // The initial after the display name's first word, spelt out by the handle as another name of that letter.
      if (
        evidence === displayEvidence &&
        (evidence.sur === 'initial' || (evidence.fore === 'initial' && evidence.surnameFirst))
      ) {
        const pupil = index.pupils[pupilAt]!;
        const names = evidence.sur === 'initial' ? pupil.surnames : pupil.forenames;
        if (initialSpeltOut(connection.displayName, handleOf(connection), names)) speltOut = 'initial';
      }
      // A forename alone, or a fuller form of a pupil's short name (Henry for Harry: often the
      // parent's), needs a birth year or year group in the handle before anybody is asked to look;
      // a form that begins like the roll's (Frank for Frankie, Alexander for Alex) does not.
      // So does a name with a letter run on (`ariaw11`, `masons4`): adults write `sarahj23` as often.
      if (
        (evidence.fore === 'none' ||
          (evidence.fore === 'fullForm' && !evidence.sharesStem) ||
          (evidence.joined &&
            (evidence.sur === 'initial' || (evidence.fore === 'initial' && evidence.surnameFirst)))) &&
        !isPupilsNumber(years)
      )
        continue;
      // The other name's reasons are added when it, too, names the pupil outright.
      const reasons = new Set<ReasonCode>(nameReasons(evidence));
      if (display && displayEvidence !== evidence && readsWholeName(displayEvidence))
        for (const code of nameReasons(displayEvidence)) reasons.add(code);
      if (handle && handleEvidence !== evidence && readsWholeName(handleEvidence))
        for (const code of nameReasons(handleEvidence)) reasons.add(code);
      if (years === 'dob') reasons.add('HANDLE_YEAR_MATCHES_DOB');
      else if (isYearGroup(years)) reasons.add('HANDLE_YEAR_MATCHES_YEAR_GROUP');
      else if (years === 'age') reasons.add('HANDLE_NUMBER_MATCHES_AGE');
      else if (years === 'olderTwoDigit') reasons.add('HANDLE_YEAR_NOT_DOB');
      const adultWord = strongerKind(
        strongerKind(display?.adultWord ?? 'no', displayJob ? 'job' : 'no'),
        handleAdultWord !== 'no' && (handle !== undefined || carriesWholeName(handleLetters, index.pupils[pupilAt]!))
          ? handleAdultWord
          : 'no',
      );
      if (adultWord !== 'no') reasons.add('ADULT_WORDS');
      analysed.push({
        pupilAt,
        evidence,
        years,
        numbered,
        names: display && handle ? 'both' : display ? 'display' : 'handle',
        adultWord,
        reasons: [...reasons],
        ...(speltOut ? { speltOut } : {}),
        ...(childsDigits ? { childsDigits } : {}),
      });
    }
    const kept = withoutAgeAloneBeside(analysed, standsOnAgeAlone, isForenameAlone);
    const forenameOnly = kept.filter(isForenameAlone);
    return forenameOnly.length > MAX_FORENAME_ONLY ? kept.filter((a) => !forenameOnly.includes(a)) : kept;
  };
  // Once every list is read, the caches' tables are given back at once rather than at the next full collection.
  return Object.assign(analyse, {
    release() {
      best.clear();
      displayNames.release();
      handlesOfNobody.release();
    },
  });
}

/** Whether the digits are the pupil's own: birth year, year group or age. */
function isPupilsNumber(years: YearVerdict): boolean {
  return years === 'dob' || isYearGroup(years) || years === 'age';
}

function someAdultWord(readings: readonly Reading[]): AdultWordKind {
  let kind: AdultWordKind = 'no';
  for (let i = 0; i < readings.length; i++) kind = strongerKind(kind, readings[i]!.adultWord);
  return kind;
}

const standsOnAgeAlone = (a: Analysed): boolean => a.evidence.fore === 'none' && a.years === 'age';
const isForenameAlone = (a: Analysed): boolean => a.evidence.fore === 'none';

/** The handle read as written, not with digits as letters (J4ck): its digits may be a year. */
function plainReading(readings: readonly Reading[]): Reading | undefined {
  for (let i = 0; i < readings.length; i++) if (!(readings[i]!.marks & FOLD.LEET)) return readings[i];
  return undefined;
}

/**
 * Whether the pupils one reading found may be the account: a birth year in the handle long
 * before every pupil found rules them all out at once.
 */
function mayBeTheAccount(reading: Reading, found: FoundAnswer, handleYear: number | undefined): boolean {
  if (found.size === 0) return false;
  const year = Math.min(handleYear ?? Infinity, reading.earliestYear ?? Infinity);
  return year === Infinity || !isAdultYear(year, found.earliestDob);
}
