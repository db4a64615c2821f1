import type { FindingLevel, PupilRef } from '../model/report.js';
import type { ReasonCode } from '../model/reasons.js';

/**
 * Every word the reports use about a finding. Core code deals in reason codes; text, CSV and
 * PDF reports all take their wording from here so that they never disagree.
 */
const REASON_TEXT: Record<ReasonCode, string> = {
  NAME_EXACT: 'the name is the pupil’s name',
  PREFERRED_NAME: 'the name is the pupil’s preferred name',
  NICKNAME: 'a usual short form or nickname of the pupil’s forename',
  SURNAME_FIRST: 'surname written first',
  MIDDLE_NAME: 'includes the pupil’s middle name',
  ACCENTS_FOLDED: 'same letters once accents, case and punctuation are set aside',
  DECORATED: 'the name is decorated (emoji, symbols or stylised letters)',
  CONFUSABLE: 'look-alike letters from another alphabet stand in for Latin ones',
  LEETSPEAK: 'digits or symbols stand in for letters (e.g. 4 for a)',
  TYPO: 'one letter differs (missing, extra, changed or swapped)',
  HANDLE: 'the username is made of the pupil’s name',
  HANDLE_YEAR_MATCHES_DOB: 'a number in the username is the pupil’s year of birth',
  HANDLE_YEAR_MATCHES_YEAR_GROUP: 'a number in the username is the pupil’s year group',
  PARTIAL_SURNAME: 'only one half of a double-barrelled surname',
  INITIAL_SURNAME: 'only an initial and the surname',
  FORENAME_ONLY: 'only the forename matches; the surname is missing',
  SHARED_NAME: 'more than one pupil in scope has this name',
  SHARES_STAFF_SURNAME: 'shares the staff member’s surname: possibly an undeclared family link',
  NAME_VARIANT: 'another spelling of the pupil’s forename (e.g. Mohammed, Muhammad)',
  FULL_FORM_OF_NAME: 'a fuller form of the pupil’s short forename (e.g. Henry for Harry): often a parent’s or grandparent’s name',
  SOUNDS_LIKE: 'the forename sounds like the pupil’s but is spelt differently',
  TRANSLITERATED: 'written in another alphabet; the same name once transliterated',
  SURNAME_INITIAL: 'only the forename and the initial of the surname',
  UNEXPLAINED_WORDS: 'the name has other words that are none of the pupil’s names',
  ADULT_WORDS: 'the name carries a title or family word (Mrs, Dr, Mum, Grandad…) that suggests an adult',
  HANDLE_YEAR_NOT_DOB: 'a number in the username looks like a year of birth long before the pupil’s',
  CURRENT_PUPIL: 'current pupil: the policy forbids the connection at any age',
  FORMER_PUPIL_UNDER_18: 'former pupil under 18: the policy forbids the connection',
  FORMER_PUPIL_DOB_UNKNOWN: 'former pupil whose date of birth is missing or unreadable: check their age',
  CONFIRMED_EARLIER: 'confirmed as this pupil at an earlier review',
};

export function describeReason(code: ReasonCode): string {
  return REASON_TEXT[code];
}

export function describeReasons(codes: readonly ReasonCode[]): string {
  return codes.map(describeReason).join('; ');
}

export const LEVEL_TEXT: Record<FindingLevel, string> = {
  flag: 'FLAG',
  review: 'REVIEW',
};

export const LEVEL_MEANING: Record<FindingLevel, string> = {
  flag: 'the account is, beyond reasonable doubt, this pupil',
  review: 'the account may be this pupil: a person should look',
};

export function describePupilStatus(pupil: PupilRef): string {
  const age = pupil.age === null ? 'age unknown' : `age ${pupil.age}`;
  const year = pupil.yearGroup ? `, ${pupil.yearGroup}` : '';
  const form = pupil.regGroup ? ` ${pupil.regGroup}` : '';
  if (pupil.status === 'current') return `current pupil${year}${form}, ${age}`;
  const left = pupil.leavingDate ? `, left ${pupil.leavingDate}` : '';
  return `former pupil${left}, ${age}`;
}

const RELATIONSHIP_TEXT: Record<string, string> = {
  friend: 'friends',
  follower: 'follows the staff member',
  following: 'followed by the staff member',
  request_sent: 'friend request sent by the staff member',
  request_received: 'friend request received by the staff member',
};

export function describeRelationship(relationship: string | undefined): string {
  if (!relationship) return 'connected';
  return RELATIONSHIP_TEXT[relationship] ?? relationship;
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

/** What the policy says to do next, in its own order. */
export const NEXT_STEPS: readonly string[] = [
  'Speak to the Designated Safeguarding Lead (DSL) about every flagged finding, and record what was found in line with the Safeguarding Policy.',
  'A concern that a member of staff is using social networking inappropriately may be referred to the Local Authority Designated Officer (LADO), who will advise on next steps.',
  'Where the concern is about the Headteacher, it goes to the chair of governors instead.',
  'Ask staff with a legitimate family link to a pupil to declare it to the Headteacher; record it with `social-audit exemptions add` so later audits exclude it.',
  'Look at each finding marked REVIEW and decide it with `social-audit review`.',
];
