import type { Pupil } from '../model/records.js';
import { ageOn } from '../normalise/dates.js';
import { FOLD } from '../normalise/nameText.js';
import type { Analysed } from './createAnalyser.js';
import type { FeatureLevels } from './matchModel.js';
import { isYearGroup } from './yearEvidence.js';

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
): FeatureLevels {
  const e = a.evidence;
  return {
    fore: e.fore,
    sur: e.sur,
    order: e.orderInDoubt ? 'orderInDoubt' : e.surnameFirst ? 'surnameFirst' : 'asWritten',
    middle: e.middleName ? 'yes' : 'no',
    unexplained: e.unexplained === 0 ? (e.setOff ? 'bio' : '0') : e.unexplained === 1 ? '1' : '2+',
    names: a.names,
    digits:
      a.years === 'dob' || a.years === 'age' || a.years === 'olderTwoDigit' || isYearGroup(a.years)
        ? a.years
        : a.numbered
          ? 'otherNumber'
          : 'none',
    age,
    adultWords: a.adultWord,
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
    ...(e.fore === 'nickname' && e.shortOfAnother ? { foreForm: 'shortOfAnother' as const } : {}),
    ...(e.surnameSpelt ? { surForm: 'spelling' as const } : {}),
    ...(e.setOff ? { setOff: e.setOff === 1 ? ('1' as const) : ('2+' as const) } : {}),
  };
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
