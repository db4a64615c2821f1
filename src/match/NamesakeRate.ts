import type { NameTerms } from './NameTerms.js';

/** What the estimate asks of the lists' counts. */
type ListCounts = Pick<
  NameTerms,
  'accountCount' | 'datedShareBefore' | 'shares' | 'wholeNameClustering' | 'pupilsNameClustering'
>;

/**
 * How many accounts on this audit's lists that are not the pupil bear a pupil's exact whole name, per pupil, beyond
 * what the name's parts predict: counted on the accounts that cannot be the pupil's own (connected before the pupil
 * was 4, or born), as Splink counts u on what must be non-matches. A namesake connected at any other time looks
 * like the pupil; those connected early are a sample of them, the dated accounts' share before each pupil's fourth
 * birthday saying how large a sample.
 */
export class NamesakeRate {
  /**
   * Per pupil (the roll's order), its forenames and surnames end to end (pupil `at`'s from `foreEnds[at - 1]` to
   * `foreEnds[at]`) and its month of birth (undefined: no date of birth). Flat, not an object and two arrays a pupil:
   * those took 400 bytes a pupil (an array made by `filter` has room for 16), 25 MB for a trust-wide audit's roll.
   */
  private readonly foreWords: string[] = [];
  private readonly foreEnds: number[] = [];
  private readonly surWords: string[] = [];
  private readonly surEnds: number[] = [];
  private readonly born: (number | undefined)[] = [];
  /** Accounts bearing a pupil's whole name connected before the pupil was 4, by pupil. */
  private readonly early = new Map<number, number>();
  /** The last estimate, and the accounts on the lists it was made on. */
  private made: { accounts: number; estimate: NamesakeEstimate } | undefined;

  /** The next pupil of the roll (called in the matcher's index order). */
  notePupil(forenames: readonly string[], surnames: readonly string[], born: number | undefined): void {
    this.foreWords.push(...forenames);
    this.foreEnds.push(this.foreWords.length);
    this.surWords.push(...surnames);
    this.surEnds.push(this.surWords.length);
    this.born.push(born);
  }

  /** Whether `word` is among `words` from the end of pupil `at - 1`'s to the end of pupil `at`'s. */
  private static among(words: readonly string[], ends: readonly number[], at: number, word: string): boolean {
    for (let i = at === 0 ? 0 : ends[at - 1]!; i < ends[at]!; i++) if (words[i] === word) return true;
    return false;
  }

  /** Pupil `at`'s first forename or surname, or '' where it has none. */
  private static first(words: readonly string[], ends: readonly number[], at: number): string {
    const from = at === 0 ? 0 : ends[at - 1]!;
    return from < ends[at]! ? words[from]! : '';
  }

  /**
   * An account, counted once, that proposes pupil `pupilAt` and whose display name is read as `keys` (forename,
   * surname), connected in `month`: an early bearer of the pupil's whole name is somebody else.
   */
  noteAccount(pupilAt: number, keys: readonly [string, string], month: number): void {
    if (!this.under4(pupilAt, month)) return;
    if (
      !NamesakeRate.among(this.foreWords, this.foreEnds, pupilAt, keys[0]) ||
      !NamesakeRate.among(this.surWords, this.surEnds, pupilAt, keys[1])
    )
      return;
    this.early.set(pupilAt, (this.early.get(pupilAt) ?? 0) + 1);
  }

  /** Whether pupil `pupilAt` was under 4 (or unborn) in `month`: asked first, so that most accounts' names are not read. */
  under4(pupilAt: number, month: number): boolean {
    const born = this.born[pupilAt];
    return born !== undefined && month < born + CHILD_ACCOUNT_MONTHS;
  }

  /**
   * The estimate on `terms`' lists (once read), each pupil's legal whole name predicted by its parts' shares among
   * `population` accounts, as the match model predicts it; made again only when the lists hold more accounts.
   */
  onLists(terms: ListCounts, population: number): NamesakeEstimate {
    if (this.made?.accounts === terms.accountCount) return this.made.estimate;
    const clustering = Math.max(terms.wholeNameClustering, terms.pupilsNameClustering);
    const predicted = (at: number): number => {
      const forename = NamesakeRate.first(this.foreWords, this.foreEnds, at);
      const shares = terms.shares(forename, NamesakeRate.first(this.surWords, this.surEnds, at), true);
      return population * shares.forename * shares.surname * clustering;
    };
    const estimate = this.estimate((month) => terms.datedShareBefore(month), predicted);
    this.made = { accounts: terms.accountCount, estimate };
    return estimate;
  }

  /**
   * The estimate: accounts not the pupil's bearing a pupil's whole name, per pupil, beyond those the name's parts
   * predict. `datedShareBefore(month)`: the share of the lists' dated accounts connected before `month`;
   * `predicted(pupilAt)`: the accounts bearing the pupil's name that the shares predict (the model's expectation).
   */
  estimate(datedShareBefore: (month: number) => number, predicted: (pupilAt: number) => number): NamesakeEstimate {
    let seen = 0;
    let exposure = 0;
    let chance = 0;
    for (let at = 0; at < this.born.length; at++) {
      const born = this.born[at];
      if (born === undefined) continue;
      const share = datedShareBefore(born + CHILD_ACCOUNT_MONTHS);
      const p = predicted(at);
      // Common names are left out: their namesakes are many by chance, and would drown the few beyond it.
      if (share <= 0 || !(p < RARE_NAME)) continue;
      exposure += share;
      chance += share * p;
      seen += this.early.get(at) ?? 0;
    }
    return namesakeEstimate(seen, exposure, chance);
  }
}

/** What the early bearers say: `seen` early bearers where `exposure` pupils' worth of early accounts and `chance` by the shares were expected. */
export interface NamesakeEstimate {
  seen: number;
  exposure: number;
  /** Accounts not the pupil's per pupil's whole name beyond the shares' prediction (0 where too few are seen to tell). */
  beyond: number;
  /** All accounts not the pupil's per pupil's whole name, as counted (for the report: 1 pupil's name in 1/rate). */
  rate: number;
}

/**
 * The rate beyond chance, from the counts: (seen − chance) / exposure, no less than 0, and taken only where the early
 * bearers are more than chance by two standard deviations of a Poisson count (a few early namesakes may be chance).
 */
export function namesakeEstimate(seen: number, exposure: number, chance: number): NamesakeEstimate {
  const rate = exposure > 0 ? seen / exposure : 0;
  if (exposure < MIN_EXPOSURE || seen - chance <= 2 * Math.sqrt(Math.max(1, chance)))
    return { seen, exposure, beyond: 0, rate };
  return { seen, exposure, beyond: Math.max(0, (seen - chance) / exposure), rate };
}

/** Before 4 a child has no account of their own (the match model's rule): an account connected then is somebody else's. */
const CHILD_ACCOUNT_MONTHS = 48;

/** Names the shares predict fewer other accounts for than this are those the rate is counted on. */
const RARE_NAME = 0.1;

/** Pupils' worth of early accounts below which the lists say too little to estimate from. */
const MIN_EXPOSURE = 20;
