import type { NamesakeEstimate } from './NamesakeRate.js';

/** A whole name as written: its forename's and surname's shares of these lists, and the other accounts on them bearing it. */
export interface WrittenFacts {
  forenameShare: number;
  surnameShare: number;
  otherAccounts: number;
}

/** The shares on these lists of the words an account writes for the pupil's forename or surname, where it spells them otherwise. */
export interface SpeltFacts {
  forenameShare?: number;
  surnameShare?: number;
}

/** What the lists say, for one pair: the u side of the audit's own terms. */
export interface ListFacts {
  /** Distinct accounts on the lists. */
  accounts: number;
  forenameShare: number;
  surnameShare: number;
  /** How much more often whole names recur on the lists than forename and surname shares predict (see NameTerms). */
  clustering?: number;
  /** Other accounts on the lists bearing the whole name (undefined: the name does not agree exactly). */
  otherAccounts: number | undefined;
  /** How many times as many accounts `otherAccounts` was counted on as `accounts` (a trust's lists against a school's); 1 by default. */
  exposure?: number;
  platformShare: number;
  /** Where the display name is another person's whole name near the pupil's (`writtenName`): what the lists say of it. */
  written?: WrittenFacts;
  /** Where the account writes a word of its own for a part of the pupil's name (`speltShares`): that word's share of these lists. */
  spelt?: SpeltFacts;
  /** Accounts not the pupil's bearing a pupil's whole name beyond chance, as the lists' early bearers show (`NamesakeRate`). */
  namesakes?: Pick<NamesakeEstimate, 'beyond' | 'rate'>;
  /** Accounts with a display name on the lists, and those written as a word and one letter (`Sarah K`): u of the surname's initial. */
  surnameInitials?: Readonly<{ accounts: number; written: number }>;
  /** Share of accounts (connected after the pupil's birth) in the pair's age band, or undated; unknown without the pupil's birth date. */
  ageShare?: number;
}
