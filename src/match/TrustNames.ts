import type { NameTerms } from './NameTerms.js';

/**
 * The name tallies of a trust's schools' matchers, joined: how many accounts bear a whole name on
 * every school's lists, each school's lists being a small part of the adults a name is drawn from.
 * Counted from each school's own tally when asked (once every list is read), not tallied again;
 * an account on two schools' lists is counted on both, as it is in the accounts they hold.
 */
export class TrustNames {
  private readonly schools: NameTerms[] = [];
  /** Accounts per whole name on every school's lists, asked once per name while the lists stand still. */
  private readonly totals = new Map<string, number>();
  private countedAt = -1;

  /** A school's matcher's tally, counted from now on. */
  join(terms: NameTerms): void {
    this.schools.push(terms);
  }

  /** Other accounts called `forename surname` on every school's lists: `own`'s as it counts them, and all the others'. */
  otherAccounts(own: NameTerms, forename: string, surname: string, ownDisplayName?: string): number {
    const accounts = this.accountCount;
    if (accounts !== this.countedAt) {
      this.totals.clear();
      this.countedAt = accounts;
    }
    const name = `${forename} ${surname}`;
    let total = this.totals.get(name);
    if (total === undefined) {
      total = 0;
      for (const school of this.schools) total += school.wholeCount(forename, surname);
      this.totals.set(name, total);
    }
    return own.otherAccounts(forename, surname, ownDisplayName) + total - own.wholeCount(forename, surname);
  }

  /** Distinct accounts on every school's lists (each school's own count, summed). */
  get accountCount(): number {
    let count = 0;
    for (const school of this.schools) count += school.accountCount;
    return count;
  }
}
