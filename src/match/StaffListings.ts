import { NumberSet } from './NumberSet.js';

/**
 * How many of the lists' accounts with a handle more than one member of staff's list holds, counted on every
 * account (Splink's u from the records, as the platform's share is): an adult bearing a pupil's name is one of
 * these lists' adults, known to several members of staff as often as they are. The EM's u counts only the
 * accounts pupils' names bring up, each by how unlikely it is to be a pupil's, and so hardly counts an adult
 * whose rare whole name the model takes for the pupil's (bar41, #14).
 */
export class StaffListings {
  /** Fingerprints of (account, member of staff) pairs met. */
  private readonly listings = new NumberSet();
  /** Accounts more than one member's list holds. */
  private readonly several = new NumberSet();
  private handled = 0;

  /** `account`: the account's fingerprint; `first`: whether it is met for the first time; `listing`: of the account and the member. */
  note(account: number, first: boolean, listing: number): void {
    if (first) this.handled++;
    if (this.listings.add(listing) && !first) this.several.add(account);
  }

  /** Accounts with a handle, and those among them on more than one list. */
  get counts(): { handled: number; several: number } {
    return { handled: this.handled, several: this.several.size };
  }
}
