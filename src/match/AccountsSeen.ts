import type { Connection, Pupil } from '../model/records.js';
import { CandidateStore } from './CandidateStore.js';
import { FingerprintSlots } from './FingerprintSlots.js';
import { fingerprint } from './fingerprint.js';
import { giveBack } from './giveBack.js';
import type { LevelsTable } from './LevelsTable.js';
import type { MatchCandidate } from './Matcher.js';
import type { FeatureLevels } from './matchModel.js';
import { outgrown } from './outgrown.js';
import { type PresentationPair, PresentationPairs } from './PresentationPairs.js';

/**
 * The accounts a matcher met with candidates while the lists were read, once each, for the EM's
 * estimate; and which of them more than one member of staff's list holds. An account's first
 * candidates are kept as numbers (pupil, levels: `CandidateStore`), not objects: trust-wide 119,000
 * accounts and their 779,000 candidates wait until every list is read. Once the estimate is made
 * they are let go, all but the few accounts on several lists.
 */
export class AccountsSeen {
  /**
   * Each account's number + 1, in the order first met (the EM's order), by a 64-bit fingerprint of its
   * key (as `NameTerms` counts accounts): trust-wide 240,000 key strings in Maps held some 20 MB.
   */
  private ids = new FingerprintSlots();
  private count = 0;
  /** Each account's fingerprint, to keep those on several lists when the rest are let go. */
  private printA = new Int32Array(1024);
  private printB = new Int32Array(1024);
  /** The connection an account's candidates were read from (none until it has some: not kept for nothing). */
  private connections: (Connection | undefined)[] = [];
  /** The first member of staff whose list holds the account. */
  private staff: string[] = [];
  private several = new Uint8Array(1024);
  /** Where each account's candidates start and end in `store` (equal: none yet). */
  private start = new Int32Array(1024);
  private end = new Int32Array(1024);
  private store: CandidateStore;
  /** Once let go: the accounts on more than one member of staff's list (by fingerprint). */
  private severalKept: FingerprintSlots | undefined;

  constructor(levels?: LevelsTable) {
    this.store = new CandidateStore(levels, false);
  }

  get size(): number {
    return this.count;
  }

  /** Notes that `staff`'s list holds the connection's account, which brought up pupils' names. */
  note(connection: Connection, staff: string): void {
    if (this.severalKept) return;
    const id = this.idOf(connection);
    if (id === undefined) {
      const at = this.count++;
      if (at === this.several.length) this.grow();
      this.ids.insert(PRINT[0]!, PRINT[1]!, at + 1);
      this.printA[at] = PRINT[0]!;
      this.printB[at] = PRINT[1]!;
      this.connections.push(undefined);
      this.staff.push(staff);
      this.several[at] = 0;
      this.start[at] = 0;
      this.end[at] = 0;
    } else if (this.staff[id] !== staff) this.several[id] = 1;
  }

  /** The account's candidates for the estimate, the first time it has any (their pupil and levels, as they are now). */
  keepCandidates(connection: Connection, candidates: readonly MatchCandidate[]): void {
    const id = this.severalKept ? undefined : this.idOf(connection);
    if (id === undefined || this.connections[id] !== undefined || candidates.length === 0) return;
    this.connections[id] = connection;
    this.start[id] = this.store.size;
    for (const candidate of candidates) this.store.add(candidate);
    this.end[id] = this.store.size;
  }

  /** Whether more than one member of staff's list holds the connection's account (by its handle: see `accountKey`). */
  onSeveralLists(connection: Connection): boolean {
    if (this.severalKept) {
      fingerprint(accountKey(connection), PRINT);
      return this.severalKept.find(PRINT[0]!, PRINT[1]!) >= 0;
    }
    const id = this.idOf(connection);
    return id !== undefined && this.several[id] === 1;
  }

  /** The account's number, if met; its fingerprint is left in `PRINT`. */
  private idOf(connection: Connection): number | undefined {
    fingerprint(accountKey(connection), PRINT);
    const at = this.ids.find(PRINT[0]!, PRINT[1]!);
    return at < 0 ? undefined : this.ids.value(at) - 1;
  }

  /** The EM's pairs: per account, a pair for each of its candidates `pairOf` counts (undefined: not counted). */
  pairs(
    pairOf: (pupil: Pupil, levels: FeatureLevels, connection: Connection) => PresentationPair | undefined,
  ): PresentationPairs {
    // Made from every account read before `letGo`: one read after it would be left out.
    if (this.severalKept)
      throw new Error('createMatcher: a new account was read after forgetCaches let the accounts go');
    // At most one pair a candidate kept and one group an account: room made once (see `PresentationPairs`).
    const pairs = new PresentationPairs(this.store.size, this.count);
    for (let id = 0; id < this.connections.length; id++) {
      const connection = this.connections[id];
      if (!connection) continue;
      let any = false;
      for (let at = this.start[id]!; at < this.end[id]!; at++) {
        const pair = pairOf(this.store.pupil(at), this.store.levelsOf(at), connection);
        if (!pair) continue;
        pairs.add(pair);
        any = true;
      }
      if (any) pairs.endGroup();
    }
    return pairs;
  }

  /** Lets the accounts and their candidates go, keeping only which are on several lists. */
  letGo(): void {
    this.severalKept = new FingerprintSlots();
    for (let id = 0; id < this.count; id++)
      if (this.several[id] === 1) this.severalKept.insert(this.printA[id]!, this.printB[id]!, 1);
    this.ids.release();
    // Given back now, not at the next full collection, which may come after the weighing's peak (`giveBack`).
    for (const array of [this.printA, this.printB, this.several, this.start, this.end]) giveBack(array);
    this.store.release();
    this.count = 0;
    this.printA = new Int32Array(0);
    this.printB = new Int32Array(0);
    this.connections = [];
    this.staff = [];
    this.several = new Uint8Array(0);
    this.start = new Int32Array(0);
    this.end = new Int32Array(0);
  }

  private grow(): void {
    this.printA = outgrown(this.printA);
    this.printB = outgrown(this.printB);
    this.several = outgrown(this.several);
    this.start = outgrown(this.start);
    this.end = outgrown(this.end);
  }
}

const PRINT = new Int32Array(2);

/** The platform and handle (or, without one, the display name) that stand for an account. */
function accountKey(connection: Connection): string {
  const account = connection.username || connection.profileUrl;
  return `${connection.platform}\u0000${account || `\u0000${connection.displayName ?? ''}`}`;
}
