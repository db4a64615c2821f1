import type { ReasonCode } from '../model/reasons.js';
import type { Feature } from './matchModel.js';

// The model's tables of how its levels are shown (reason codes and their arguments), apart from its arithmetic.

/** How a feature level is named in findings; levels missing here weigh in but are not shown. */
export const LEVEL_CODE: Partial<Record<Feature, Partial<Record<string, ReasonCode>>>> = {
  fore: {
    legal: 'FORENAME_EXACT',
    preferred: 'PREFERRED_NAME',
    nickname: 'NICKNAME',
    sharedForm: 'SHARED_FORM',
    commonPart: 'COMMON_FORENAME_PART',
    variant: 'NAME_VARIANT',
    fullForm: 'FULL_FORM_OF_NAME',
    typo: 'FORENAME_TYPO',
    soundsLike: 'SOUNDS_LIKE',
    petForm: 'PET_FORM',
    initial: 'INITIAL_SURNAME',
    none: 'FORENAME_ONLY',
    middleName: 'MIDDLE_NAME_AS_FORENAME',
  },
  sur: {
    full: 'SURNAME_EXACT',
    preferred: 'PREFERRED_NAME',
    pet: 'SURNAME_PET_FORM',
    typo: 'SURNAME_TYPO',
    part: 'PARTIAL_SURNAME',
    initial: 'SURNAME_INITIAL',
  },
  order: { surnameFirst: 'SURNAME_FIRST', orderInDoubt: 'ORDER_IN_DOUBT' },
  middle: { yes: 'MIDDLE_NAME' },
  unexplained: { '1': 'UNEXPLAINED_WORDS', '2+': 'UNEXPLAINED_WORDS', bio: 'WORDS_SET_OFF' },
  names: { both: 'BOTH_NAMES_AGREE', handle: 'HANDLE' },
  digits: {
    dob: 'HANDLE_YEAR_MATCHES_DOB',
    yearGroup: 'HANDLE_YEAR_MATCHES_YEAR_GROUP',
    yearGroupMarked: 'HANDLE_YEAR_MATCHES_YEAR_GROUP',
    age: 'HANDLE_NUMBER_MATCHES_AGE',
    olderTwoDigit: 'HANDLE_YEAR_NOT_DOB',
    otherNumber: 'HANDLE_OTHER_NUMBER',
  },
  age: {
    under4: 'CONNECTED_WHEN_YOUNG',
    age4to7: 'CONNECTED_AT_PUPIL_AGE',
    age8to12: 'CONNECTED_AT_PUPIL_AGE',
    age13up: 'CONNECTED_AT_PUPIL_AGE',
  },
  adultWords: {
    hobby: 'ADULT_WORDS',
    trade: 'ADULT_WORDS',
    job: 'ADULT_WORDS',
    letters: 'ADULT_WORDS',
    title: 'ADULT_WORDS',
  },
  platform: {},
  staffSurname: { yes: 'SHARES_STAFF_SURNAME' },
  leet: { yes: 'LEETSPEAK' },
  // Shown within the name's frequency (see `frequency`), not apart.
  sameName: {},
  stage: {},
  underPlatform: {},
  // Weighed with m and u estimated on the audit's own candidates (`STAFF_LISTS`, see `listTerms`).
  lists: {},
};

/** The level itself, as the argument its wording needs. */
const AGE_WORDS: Record<string, string> = { age4to7: '4 to 7', age8to12: '8 to 12', age13up: '13 or over' };
export const LEVEL_ARGUMENT: Partial<Record<Feature, (level: string) => Record<string, string> | undefined>> = {
  platform: (level) => ({ platform: level }),
  // Which kind of word, so that the finding says why in words (a trade word, a title…).
  adultWords: (level) => ({ kind: level }),
  unexplained: (level) => ({ count: level }),
  age: (level) => (AGE_WORDS[level] ? { age: AGE_WORDS[level]! } : undefined),
};
