import type { ReasonCode } from '../model/reasons.js';
import { FOLD } from '../normalise/nameText.js';

/** How the account's forename relates to the pupil's (the order is the packed index's: do not reorder). */
export const FORE_EVIDENCE = [
  'legal',
  'preferred',
  'nickname',
  'sharedForm',
  'commonPart',
  'variant',
  'fullForm',
  'typo',
  'soundsLike',
  'initial',
  'none',
  'petForm',
  'middleName',
] as const;
export type ForeEvidence = (typeof FORE_EVIDENCE)[number];
/** How the account's surname relates to the pupil's (in the packed index's order). */
export const SUR_EVIDENCE = ['full', 'preferred', 'pet', 'typo', 'part', 'initial', 'none'] as const;
export type SurEvidence = (typeof SUR_EVIDENCE)[number];

/** The name evidence that one reading of a connection gives for one pupil. */
export interface NameEvidence {
  fore: ForeEvidence;
  sur: SurEvidence;
  surnameFirst: boolean;
  /**
   * Read surname first without a comma, though the first word is itself a given name (`Kelly
   * Thomas` may be Thomas Kelly, but is more likely Kelly Thomas).
   */
  orderInDoubt: boolean;
  /** The account's forename and the pupil's begin with the same three letters (Frank, Frankie). */
  sharesStem: boolean;
  middleName: boolean;
  /** Words of the account's name that are none of the pupil's names. */
  unexplained: number;
  /**
   * Words beside the whole name set off from it (`Jade Quigley | Student`, `✨ Dancer ✨`: `bioWords`), none of the
   * pupil's names: what the account's holder writes of themselves, counted here, not in `unexplained`. Never a flag.
   */
  setOff?: number;
  /** Name words were run together (a handle, or a display name without spaces). */
  joined: boolean;
  handle: boolean;
  /** FOLD bits of the reading. */
  marks: number;
  /** Accents (or letters such as Ł and ß) on one side only: the roll's or the account's. */
  accentsDiffer: boolean;
  /**
   * The surname is another romanisation of the pupil's (Ahmad for Ahmed, Hossain for Hussain), weighed
   * at the `typo` level: another family may spell it so as their own, so it is never the whole name.
   */
  surnameSpelt?: boolean;
  /** A `nickname` that is a given name of its own too (Lucy for Lucia, Enzo for Lorenzo), not only a short form. */
  nameOfItsOwn?: boolean;
  /**
   * A `nickname` as usual a short form of another name (Sam: Samuel and Samantha): a brother, sister or
   * parent of that name writes it beside the family's surname as the pupil would, so never the whole name.
   */
  shortOfAnother?: boolean;
}

const FORE_SCORE: Record<ForeEvidence, number> = {
  legal: 0.5,
  preferred: 0.5,
  variant: 0.48,
  nickname: 0.45,
  sharedForm: 0.4,
  commonPart: 0.35,
  typo: 0.4,
  fullForm: 0.35,
  soundsLike: 0.3,
  petForm: 0.3,
  middleName: 0.3,
  initial: 0.15,
  none: 0.3,
};
const SUR_SCORE: Record<SurEvidence, number> = {
  full: 0.45,
  preferred: 0.45,
  pet: 0.4,
  typo: 0.38,
  part: 0.3,
  initial: 0.1,
  none: 0,
};
const STRONG_FORE = new Set<ForeEvidence>(['legal', 'preferred', 'nickname', 'variant', 'typo']);
const STRONG_SUR = new Set<SurEvidence>(['full', 'preferred', 'pet', 'typo']);

/** 0..1 from the name alone; corroboration (years, a second name agreeing) is added by the matcher. */
export function nameScore(e: NameEvidence): number {
  return Math.min(1, coreScore(e) + (e.middleName ? 0.03 : 0));
}

/**
 * How well the forename and surname match, without the middle name's bonus: two pupils who match
 * equally well here are namesakes, even if one of them also has the account's middle word.
 */
function coreScore(e: NameEvidence): number {
  let score = FORE_SCORE[e.fore] + SUR_SCORE[e.sur];
  score -= 0.1 * e.unexplained;
  if (e.marks & FOLD.LEET) score -= 0.02;
  return Math.max(0, Math.min(1, score));
}

/**
 * The whole name is read: a forename (as on the roll, preferred, a usual short form or spelling, or
 * one slip of the keyboard) and the whole surname, with nothing else unexplained. Half a surname,
 * initials, names that only sound alike, a fuller form of the pupil's short name and a forename
 * alone are not; nor a name read back to front whose first word is a given name, nor a typo in a
 * name read back to front. Nor a short form of the pupil's forename that is a given name of its own:
 * an adult called Lucy is far more often somebody of that name than a Lucia going by it. What the
 * name finder prefers among its readings; `canFlag` asks more.
 */
export function readsWholeName(e: NameEvidence): boolean {
  return (
    wholeName(e.fore, e.sur, e.unexplained === 0, e.orderInDoubt, e.surnameFirst) &&
    !(e.fore === 'nickname' && (e.nameOfItsOwn === true || e.shortOfAnother === true)) &&
    e.surnameSpelt !== true
  );
}

/**
 * `flag` needs the whole name as the pupil spells it (`readsWholeName`, without a slip): a name one
 * letter from the pupil's is weak evidence, `review` at most (issue 14: Jaiden Hughes, Meghan Harris
 * are adults' own names, and no list of given names holds every spelling).
 */
export function canFlag(e: NameEvidence): boolean {
  return readsWholeName(e) && !anotherSpelling(e.fore, e.sur) && !e.setOff;
}

/**
 * A slip of one letter, or another spelling of the forename (Mohammed for Muhammad, Victoria for
 * Wiktoria): a name somebody else is called by as their own, so never beyond reasonable doubt.
 */
function anotherSpelling(fore: string | undefined, sur: string | undefined): boolean {
  return fore === 'typo' || fore === 'variant' || sur === 'typo';
}

function wholeName(
  fore: ForeEvidence,
  sur: SurEvidence,
  nothingElse: boolean,
  orderInDoubt: boolean,
  surnameFirst: boolean,
): boolean {
  if (!STRONG_FORE.has(fore) || !STRONG_SUR.has(sur) || !nothingElse || orderInDoubt) return false;
  const typos = (fore === 'typo' ? 1 : 0) + (sur === 'typo' ? 1 : 0);
  // A slip of the keyboard is believable once (reviewed, never flagged: `canFlag`), and not in a name
  // read back to front, nor beside a pet form of the surname (Jackson's Bakery is not Jackson Baker).
  return typos === 0 || (typos === 1 && !surnameFirst && sur !== 'pet');
}

/** The most a pair without the whole name (`canFlag`) may weigh, in log2 odds: P 0.98, never FLAG (0.99). */
export const WEAK_CEILING_BITS = Math.log2(0.98 / 0.02);

/** `canFlag`, read from the match model's levels of a pair (what the fit counts). */
export function levelsCanFlag(levels: Readonly<Record<string, string | undefined>>): boolean {
  const order = levels.order;
  return (
    !anotherSpelling(levels.fore, levels.sur) &&
    wholeName(
      levels.fore as ForeEvidence,
      levels.sur as SurEvidence,
      levels.unexplained === '0',
      order === 'orderInDoubt',
      order === 'surnameFirst',
    ) &&
    !(levels.fore === 'nickname' && (levels.foreForm === 'nameOfItsOwn' || levels.foreForm === 'shortOfAnother')) &&
    levels.surForm !== 'spelling'
  );
}

/**
 * A pair's log2 odds, held below FLAG where the name is not whole or has a slip, or carries a title, trade or job
 * word (an adult's as often as a pupil's: trade45): weak evidence is never an accusation.
 */
export function withinEvidence(levels: Readonly<Record<string, string | undefined>>, bits: number): number {
  const adultWord = levels.adultWords !== undefined && levels.adultWords !== 'no';
  return levelsCanFlag(levels) && !adultWord ? bits : Math.min(bits, WEAK_CEILING_BITS);
}

export function nameReasons(e: NameEvidence): ReasonCode[] {
  const reasons: ReasonCode[] = [];
  const add = (code: ReasonCode): void => {
    if (!reasons.includes(code)) reasons.push(code);
  };
  switch (e.fore) {
    case 'legal':
      add('NAME_EXACT');
      break;
    case 'preferred':
      add('PREFERRED_NAME');
      break;
    case 'nickname':
      add('NICKNAME');
      if (e.shortOfAnother) add('SHORT_FORM_OF_ANOTHER');
      break;
    case 'sharedForm':
      add('NICKNAME');
      add('SHARED_FORM');
      break;
    case 'commonPart':
      add('COMMON_FORENAME_PART');
      break;
    case 'variant':
      add('NAME_VARIANT');
      break;
    case 'fullForm':
      add('FULL_FORM_OF_NAME');
      break;
    case 'typo':
      add('TYPO');
      break;
    case 'soundsLike':
      add('SOUNDS_LIKE');
      break;
    case 'petForm':
      add('PET_FORM');
      break;
    case 'initial':
      add('INITIAL_SURNAME');
      break;
    case 'none':
      add('FORENAME_ONLY');
      break;
    case 'middleName':
      add('MIDDLE_NAME_AS_FORENAME');
      break;
  }
  if (e.sur === 'preferred') add('PREFERRED_NAME');
  if (e.sur === 'pet') add('NICKNAME');
  if (e.sur === 'typo') add(e.surnameSpelt ? 'SURNAME_SPELLING' : 'TYPO');
  if (e.sur === 'part') add('PARTIAL_SURNAME');
  if (e.sur === 'initial') add('SURNAME_INITIAL');
  if (e.surnameFirst) add('SURNAME_FIRST');
  if (e.middleName) add('MIDDLE_NAME');
  if (e.handle || e.joined) add('HANDLE');
  if (e.accentsDiffer) add('ACCENTS_FOLDED');
  if (e.marks & FOLD.DECORATED) add('DECORATED');
  if (e.marks & FOLD.CONFUSABLE) add('CONFUSABLE');
  if (e.marks & FOLD.TRANSLITERATED) add('TRANSLITERATED');
  if (e.marks & FOLD.LEET) add('LEETSPEAK');
  if (e.unexplained > 0) add('UNEXPLAINED_WORDS');
  else if (e.setOff) add('WORDS_SET_OFF');
  return reasons;
}
