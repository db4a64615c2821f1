/** A whole name as written: its forename's and surname's shares of these lists, and the other accounts on them bearing it. */
export interface WrittenFacts {
  forenameShare: number;
  surnameShare: number;
  otherAccounts: number;
}

/**
 * For a pair bearing the pupil's whole name: how many other forenames the member of staff's list holds
 * beside the surname (not the pupil's own forms, not the roll's children's of that surname), and how many
 * accounts of that surname the list holds by chance (its names × the surname's share: `familyTerm`).
 */
export interface FamilyFacts {
  others: number;
  chance: number;
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
  /** Accounts with a display name on the lists, and those written as a word and one letter (`Sarah K`): u of the surname's initial. */
  surnameInitials?: Readonly<{ accounts: number; written: number }>;
  /** Share of accounts (connected after the pupil's birth) in the pair's age band, or undated; unknown without the pupil's birth date. */
  ageShare?: number;
  /** Another of the family on this list (whole-name pairs only, once every list is read). */
  family?: FamilyFacts;
}
