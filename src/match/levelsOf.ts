import type { Pupil } from '../model/records.js';
import { ageOn } from '../normalise/dates.js';
import { FOLD } from '../normalise/nameText.js';
import type { Analysed } from './createAnalyser.js';
import type { FeatureLevels } from './matchModel.js';

// What the model reads of one (connection, pupil) pair: the levels of its features, apart from the matcher's bookkeeping.

/** Younger than this, a child has no account of their own (an infant pupil of 5 may have one a parent runs). */
const YOUNGEST_OWN_ACCOUNT = 4;
/**
 * Platforms whose minimum age is kept to, so that a child under it is unlikely to be there. The
 * others' (13) are not: many younger children use them.
 */
const PLATFORM_MINIMUM_AGE: Readonly<Record<string, number>> = { linkedin: 16 };

/** The model's reading of one pair. */
export function levelsOf(
  a: Analysed,
  age: FeatureLevels['age'],
  platform: string,
  sharesSurname: boolean,
  stage: string,
  underPlatform: boolean,
  handled = false,
  /** Words of the display name that are none of the pupil's, beside a pupil read from the handle alone (`namesAnother`). */
  displayOthers = 0,
): FeatureLevels {
  const e = a.evidence;
  const unexplained = e.unexplained + (a.names === 'handle' ? displayOthers : 0);
  const own = unexplainedLevel(e.unexplained);
  return {
    fore: e.fore,
    sur: e.sur,
    order: e.orderInDoubt ? 'orderInDoubt' : e.surnameFirst ? 'surnameFirst' : 'asWritten',
    middle: e.middleName ? 'yes' : 'no',
    unexplained: unexplainedLevel(unexplained),
    names: a.names,
    digits:
      a.years === 'dob' || a.years === 'yearGroup' || a.years === 'age' || a.years === 'olderTwoDigit'
        ? a.years
        : a.numbered
          ? 'otherNumber'
          : 'none',
    age,
    adultWords: a.adultWord ? 'yes' : 'no',
    platform: KNOWN_PLATFORMS.has(platform) ? platform : 'other',
    staffSurname: sharesSurname ? 'yes' : 'no',
    leet: e.marks & FOLD.LEET ? 'yes' : 'no',
    // Before the lists are counted no other account is known to bear the whole name.
    sameName: EXACT_FORE.has(e.fore) && EXACT_SUR.has(e.sur) ? 'alone' : 'none',
    stage,
    underPlatform: underPlatform ? 'yes' : 'no',
    // One member of staff's list until every list is read (`several` is set then); without a handle, not known.
    lists: handled ? 'one' : 'unknown',
    ...(e.fore === 'nickname' && e.nameOfItsOwn ? { foreForm: 'nameOfItsOwn' as const } : {}),
    ...(e.surnameSpelt ? { surForm: 'spelling' as const } : {}),
    ...(unexplainedLevel(unexplained) !== own ? { ownUnexplained: own } : {}),
  };
}

function unexplainedLevel(words: number): '0' | '1' | '2+' {
  return words === 0 ? '0' : words === 1 ? '1' : '2+';
}

/**
 * The levels the EM counts a pair's pupil's accounts by: the reading's own, without the display name of
 * somebody else beside a handle read alone (`ownUnexplained`), which is weighed on the pair only. Adults'
 * `14reuben` beside "Reuben Greenfield" are thousands of forename-only pairs in a trust; weighed down in
 * the count too, they lowered every pair's prior, and pupils sharing an account with many (`maryam2013`)
 * fell under the share floor (calib23, calib33).
 */
export function countedLevels(levels: FeatureLevels): FeatureLevels {
  if (levels.ownUnexplained === undefined) return levels;
  const { ownUnexplained, ...rest } = levels;
  return { ...rest, unexplained: ownUnexplained };
}

/** `fore` and `sur` levels at which the name agrees exactly (as on the roll, or preferred). */
export const EXACT_FORE: ReadonlySet<string> = new Set(['legal', 'preferred']);
export const EXACT_SUR: ReadonlySet<string> = new Set(['full', 'preferred']);
const KNOWN_PLATFORMS = new Set(['facebook', 'instagram', 'tiktok', 'snapchat', 'x', 'linkedin']);

/**
 * The pupil's age band when the connection was made; how much it says is m/u, with u the share of
 * the lists' accounts connected in the same band of this pupil's life (see `MatchModel.listTerms`).
 */
export function ageAtConnection(pupil: Pupil, connectedOn: string): FeatureLevels['age'] {
  if (!pupil.dob) return 'unknown';
  const age = ageOn(pupil.dob, connectedOn);
  return age < YOUNGEST_OWN_ACCOUNT ? 'under4' : age < 8 ? 'age4to7' : age < 13 ? 'age8to12' : 'age13up';
}

/** Under the minimum age of a platform that keeps to it (LinkedIn), unless the handle carries the pupil's birth year. */
export function underPlatformAge(pupil: Pupil, connectedOn: string, platform: string, handleHasDob: boolean): boolean {
  return (
    pupil.dob !== undefined && !handleHasDob && ageOn(pupil.dob, connectedOn) < (PLATFORM_MINIMUM_AGE[platform] ?? 0)
  );
}
