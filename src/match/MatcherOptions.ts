import type { Pupil, StaffMember } from '../model/records.js';
import type { NameTally } from './DisplayNameTally.js';
import type { IndexedPupils } from './IndexedPupils.js';
import type { LevelsTable } from './LevelsTable.js';
import type { MatchModel } from './matchModel.js';
import type { NicknameBook } from './nicknames.js';
import type { TrustNames } from './TrustNames.js';

/** How `createMatcher` is to match: which pupils it weighs for whom, and what it shares with the audit's other matchers. */
export interface MatcherOptions {
  /** The nickname table to use; the project's own by default. */
  nicknames?: NicknameBook;
  /** Short forms the roll taught the book (`rollShortForms`), each with the forenames it shortens: their pairs stay out of the estimates. */
  learntForms?: ReadonlyMap<string, ReadonlySet<string>>;
  /** The model's parameters; the fitted table by default. */
  model?: MatchModel;
  /** The audit's date (ISO), to tell how old each pupil is now; the lists' newest connection otherwise. */
  auditDate?: string;
  /** Which pupils this matcher weighs for a member of staff (all by default); the EM prior counts only those. */
  keep?: (pupil: Pupil, staff: StaffMember | undefined) => boolean;
  /** Whether a pupil counts in the prior's EM (all by default): people matched only to share an account with, not. */
  counted?: (pupil: Pupil) => boolean;
  /**
   * In a trust, the whole names on every school's lists (`TrustNames`, joined by the schools'
   * matchers): how many other accounts bear a pupil's exact name is counted on all of them, each
   * school's lists being a small part of the adults the name is drawn from.
   */
  trustNames?: TrustNames;
  /**
   * Audited school by school in a trust: the birth months (0 unknown) of the children at the trust's
   * other schools bearing a whole name (`TrustRoll.elsewhere`). Not candidates here, they may still be
   * an account bearing this school's pupil's name, each at `OTHER_SCHOOL_ACCOUNT_RATE` of its odds.
   */
  namesakesElsewhere?: (forename: string, surname: string) => readonly number[];
  /** The audit's table of levels, shared by its matchers and its waiting candidates (`LevelsTable`); one of its own otherwise. */
  levels?: LevelsTable;
  /** The audit's pupils as its indexes hold them, shared by its matchers (`IndexedPupils`); one of its own otherwise. */
  indexedPupils?: IndexedPupils;
  /**
   * The tally this matcher counts display names in; one of its own by default. Trust-wide, the other schools'
   * matcher counts every row's in the trust's `DisplayNameTally`, and each school's in a `SchoolNameTally` of it.
   */
  displayNames?: NameTally;
  /**
   * Whether a middle name where the forename would be is searched (true by default). Trust-wide, not for the other
   * schools' children: weak evidence under a prior counted on other-school pairs, it cost the peak (mid47).
   */
  middleNames?: boolean;
}
