export interface ModelParameters {
  /** Where the numbers came from. */
  source: string;
  /** log2 odds before any evidence, less the audit's own terms (accounts per pupil, how many accounts the lists hold). */
  intercept: number;
  /** Accounts per pupil in scope before the audit's own candidates are counted (EM starts here). */
  accountsPerPupil: number;
  /** The population of accounts of the bench's lists: what lists are taken to hold until they are read. */
  typicalPopulation: number;
  /** log2(m/u) per shape feature and level; a level never seen in fitting weighs nothing. */
  weights: Record<string, Record<string, number>>;
  /** Typical share of the lists' accounts with an exactly agreeing forename / surname (geometric mean over true pairs). */
  typicalForename: number;
  typicalSurname: number;
  /**
   * Shape levels whose u is partly a style of writing names that each audit's lists are counted for
   * (`sur.initial`: a forename and one letter): the share of the fit sets' accounts written so
   * (`benchShare`), and the share of the fit's other pairs at the level that were so written
   * (`ofOthers`, the part of u that moves with the style). Absent: weighed as fitted.
   */
  styles?: Record<string, { benchShare: number; ofOthers: number }>;
  /** m: how a pupil's own account presents: per platform, and per age when connected (by `stage`: the pupil under 8 now, or older). */
  presentation: Presentation;
}

/** m of how a pupil's own account presents: per platform, and per age when connected (by `stage`). */
export interface Presentation {
  platform: Record<string, number>;
  age: Record<string, Record<string, number>>;
  /**
   * How many members of staff hold the account on their lists (`one`, `several`), only ever the
   * audit's own estimate (`estimatePresentation`), never the bench's: m (`lists`) and u among the
   * other accounts pupils' names bring up (`listsShare`). Absent: not weighed.
   */
  lists?: Record<string, number>;
  listsShare?: Record<string, number>;
  /**
   * The audit's own pupils' accounts beyond doubt that the age m was counted on, by stage (`estimatePresentation`;
   * absent in the bench's): where they are many and none was connected at an age, m there is what they say
   * (`ageMOf`), not the floor kept for audits that show too few to say.
   */
  ageAccounts?: Record<string, number>;
}
