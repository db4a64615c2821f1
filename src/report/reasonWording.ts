import type { ReasonCode } from '../model/reasons.js';

/** The reason codes in words, as every report shows them (through `wording.ts`). */
const REASON_TEXT: Record<ReasonCode, string> = {
  NAME_EXACT: 'the name is the pupil’s name',
  PREFERRED_NAME: 'the name is the pupil’s preferred name',
  NICKNAME: 'a usual short form or nickname of the pupil’s forename',
  COMMON_FORENAME_PART:
    'only the first part of the pupil’s compound forename (e.g. Muhammad of Muhammad Rayyan), which many children share',
  SHARED_FORM:
    'that short form is also a name in its own right (e.g. Mark for Marcus, Harry for Harriet): it may be someone else, such as a relative',
  SHORT_FORM_OF_ANOTHER:
    'that short form is as usual for another name (e.g. Sam for Samantha as for Samuel): a brother, sister or parent may write it beside the family’s surname, so REVIEW at most',
  SURNAME_FIRST: 'surname written first',
  MIDDLE_NAME: 'includes the pupil’s middle name',
  MIDDLE_NAME_AS_FORENAME:
    'the pupil’s middle name, which some pupils go by, where the forename would be: weaker than the forename, since a parent or relative may bear it, so REVIEW at most',
  ACCENTS_FOLDED: 'same letters once accents, case and punctuation are set aside',
  DECORATED: 'the name is decorated (emoji, symbols, stylised letters, hidden characters or a spreadsheet formula)',
  CONFUSABLE: 'look-alike letters from another alphabet stand in for Latin ones',
  LEETSPEAK: 'digits or symbols stand in for letters (e.g. 4 for a)',
  TYPO: 'one letter differs (missing, extra, changed or swapped): another person may be called so, so REVIEW at most',
  HANDLE: 'the username is made of the pupil’s name',
  HANDLE_YEAR_MATCHES_DOB: 'a number in the display name or username is the pupil’s year of birth',
  HANDLE_YEAR_MATCHES_YEAR_GROUP: 'a number in the display name or username is the pupil’s year group',
  HANDLE_NUMBER_MATCHES_AGE: 'a number in the display name or username is the pupil’s age (when connected, or now)',
  PARTIAL_SURNAME: 'only one half of a double-barrelled surname',
  INITIAL_SURNAME: 'only an initial and the surname',
  FORENAME_ONLY: 'only the forename matches; the surname is missing',
  SHARED_NAME: 'more than one pupil in scope has this name',
  NAME_ELSEWHERE_IN_TRUST: 'a child at another of the trust’s schools has this name too: the account may be theirs',
  SHARES_STAFF_SURNAME: 'shares the staff member’s surname: possibly an undeclared family link',
  NAME_VARIANT:
    'another spelling of the pupil’s forename (e.g. Mohammed, Muhammad): another person may be called so, so REVIEW at most',
  FULL_FORM_OF_NAME:
    'a fuller form of the pupil’s short forename (e.g. Henry for Harry): often a parent’s or grandparent’s name',
  SOUNDS_LIKE: 'the forename sounds like the pupil’s but is spelt differently',
  PET_FORM:
    'a pet form of the pupil’s forename made the way its language makes them (e.g. Kamilek for Kamil, Gabi for Gabriela), not one the name tables list',
  TRANSLITERATED: 'written in another alphabet; the same name once transliterated',
  SURNAME_INITIAL: 'only the forename and the initial of the surname',
  UNEXPLAINED_WORDS: 'the name has other words that are none of the pupil’s names',
  WORDS_SET_OFF:
    'words set off from the name (after a | or -, in brackets, between emoji) that are none of the pupil’s names: what the account’s holder writes of themselves, as pupils do too (never a flag)',
  ADULT_WORDS:
    'the name carries a title, family word or trade (Mrs, Dr, Grandad, Snr, Plumbing, Ltd…) that suggests an adult or a business',
  HANDLE_YEAR_NOT_DOB: 'a number after the name in the username looks like a year of birth long before the pupil’s',
  CONNECTED_WHEN_YOUNG:
    'connected before the pupil was 4: more likely an adult of the same name, or an account a parent ran',
  UNDER_PLATFORM_AGE: 'the pupil was under the platform’s minimum age (LinkedIn: 16) when connected',
  FORENAME_EXACT: 'the forename is the pupil’s',
  SURNAME_EXACT: 'the surname is the pupil’s',
  FORENAME_TYPO: 'the forename is one letter from the pupil’s (never a flag: another person may be called so)',
  SURNAME_TYPO: 'the surname is one letter from the pupil’s (never a flag: another family may be called so)',
  SURNAME_SPELLING:
    'another romanised spelling of the pupil’s surname (e.g. Ahmad, Ahmed): another family may spell it so',
  SURNAME_PET_FORM: 'a pet form of the pupil’s surname (e.g. Smithy)',
  ORDER_IN_DOUBT: 'read surname first, though the first word is itself a given name',
  BOTH_NAMES_AGREE: 'the display name and the username both name the pupil',
  HANDLE_OTHER_NUMBER:
    'a number in the display name or username that is neither the pupil’s year of birth nor year group (most such numbers are no year)',
  CONNECTED_AT_PUPIL_AGE: 'connected at an age when the pupil may have had an account',
  PLATFORM: 'how often pupils are on this platform',
  STAFF_LISTS: 'how many members of staff hold the account on their lists',
  NAME_FREQUENCY: 'how common the name is on these lists',
  CURRENT_PUPIL: 'current pupil: the policy forbids the connection at any age',
  FORMER_PUPIL_UNDER_18: 'former pupil under 18: the policy forbids the connection',
  FORMER_PUPIL_DOB_UNKNOWN: 'former pupil whose date of birth is missing or unreadable: check their age',
  GROWN_FORMER_PUPIL_TOO:
    'a former pupil now 18 or over, whom the policy does not cover, reads as this account as well or better: it may be theirs',
  DECLARED_CHILD_LIKELIER:
    'the account reads as a child this member of staff declared as family too, whose account is far likelier on their list than another pupil’s: it is most likely that child’s',
  CONFIRMED_EARLIER: 'confirmed as this pupil at an earlier review',
};

export function describeReason(code: ReasonCode): string {
  return REASON_TEXT[code];
}

export function describeReasons(codes: readonly ReasonCode[]): string {
  return codes.map(describeReason).join('; ');
}

const PLATFORM_NAMES: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  x: 'X',
  twitter: 'X',
  tiktok: 'TikTok',
  snapchat: 'Snapchat',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  youtube: 'YouTube',
  generic: 'unknown platform',
  unknown: 'unknown platform',
};

export function platformName(platform: string): string {
  return PLATFORM_NAMES[platform.toLowerCase()] ?? platform.charAt(0).toUpperCase() + platform.slice(1);
}
