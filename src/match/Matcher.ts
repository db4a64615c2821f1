import type { ReasonCode } from '../model/reasons.js';
import type { Connection, Pupil, StaffMember } from '../model/records.js';
import type { Contribution, FeatureLevels, Presentation } from './matchModel.js';

/** A pupil an account may be, with the evidence for it and the model's probability. */
export interface MatchCandidate {
  pupil: Pupil;
  /** The posterior probability (0..1) that the account is this pupil; the policy sets the levels. */
  score: number;
  reasons: ReasonCode[];
  /** Every weighed piece of evidence, with its weight in bits (log2 of its likelihood ratio). */
  contributions: Contribution[];
  /** The model's reading of the pair, one level per feature (what the fit counts). */
  levels: FeatureLevels;
  /**
   * Set once the lists are read: the prior log-odds (bits) the contributions add to, the accounts
   * per pupil EM found (the fit swaps it for the bench's true count) and the population of the
   * lists' own accounts (the fit's typical population: what a short list is taken to hold).
   */
  /** The prior and, with `presentation`, the m of platform and age it was weighed with (as estimated on the audit's candidates). */
  prior?: { bits: number; accountsPerPupil: number; population: number; presentation?: Presentation };
  /** The log-odds (bits) the score was shared from, so that two matchers' candidates can share one account's probability. */
  logOdds?: number;
}

/**
 * Finds the pupils behind a connection. Built once per audit over the pupils in scope; `match`
 * is called once per connection, so it must stay cheap. It also counts each connection's name,
 * so that once every list is read `finalise` can weigh how common a name is on these lists.
 */
export interface Matcher {
  /**
   * Candidates weighed with the roll's name frequencies only, in the order the weighing gives; their contributions
   * are the shape's alone (the lists' terms are weighed, and shown once `finalise` weighs them again).
   */
  match(connection: Connection, staff: StaffMember | undefined): MatchCandidate[];
  /**
   * The same candidates (of this connection) weighed again with the name frequencies of every list
   * read so far, from each candidate's pupil, reasons and levels alone (the audit lets the first
   * weighing's contributions go while the lists are read). The candidates given are not to be changed:
   * the audit keeps them as numbers (`CandidateStore`), and candidates with the same reasons share one list.
   */
  finalise(candidates: readonly MatchCandidate[], connection: Connection): MatchCandidate[];
  /**
   * Lets go of what reading the lists remembered (names read, words looked up): once every list is
   * read only `finalise` is asked for, and a trust's caches hold 100–200 MiB. `match` still works after.
   */
  forgetCaches?(): void;
  /**
   * Lets go of the caches of reading alone (names read, words looked up), while lists are still read:
   * `match` answers as before, only slower until they fill again. A trust's other schools' matchers
   * need not keep theirs while one school's lists are read (`RecentlyRead`).
   */
  forgetReading?(): void;
  /**
   * Once every list is read: lets go of the reading's caches, as `forgetReading`, and of the display names
   * met, once tallied (`forgetCaches` does too). A trust's matchers all do so before any makes its estimate,
   * which then takes the room they gave back. A display name first met after it makes `finalise` refuse.
   */
  letGoOfNames?(): void;
}
