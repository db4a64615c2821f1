import type { Connection } from '../model/records.js';
import type { MatchCandidate } from './Matcher.js';
import { type PresentationPair, PresentationPairs } from './PresentationPairs.js';

/** An account met while the lists are read: its first candidates, and which staff lists hold it. */
interface AccountSeen {
  candidates: readonly MatchCandidate[];
  /** The connection the candidates were read from (none until it has some: not kept for nothing). */
  connection: Connection | undefined;
  /** The first member of staff whose list holds it, and whether another's does too. */
  staff: string;
  several: boolean;
}

const NONE_YET: readonly MatchCandidate[] = Object.freeze([]);

/**
 * The accounts a matcher met with candidates while the lists were read, once each, for the EM's
 * estimate; and which of them more than one member of staff's list holds. Once the estimate is made
 * they are let go (trust-wide, 119,000 accounts and their 779,000 waiting candidates), all but the
 * few on several lists.
 */
export class AccountsSeen {
  private readonly seen = new Map<string, AccountSeen>();
  /** Once let go: the accounts on more than one member of staff's list. */
  private several: Set<string> | undefined;

  get size(): number {
    return this.seen.size;
  }

  /** Notes that `staff`'s list holds the connection's account, which brought up pupils' names. */
  note(connection: Connection, staff: string): void {
    if (this.several) return;
    const key = accountKey(connection);
    const seen = this.seen.get(key);
    if (!seen) this.seen.set(key, { candidates: NONE_YET, connection: undefined, staff, several: false });
    else if (seen.staff !== staff) seen.several = true;
  }

  /** The account's candidates for the estimate, the first time it has any (kept by reference, never changed). */
  keepCandidates(connection: Connection, candidates: readonly MatchCandidate[]): void {
    const seen = this.several ? undefined : this.seen.get(accountKey(connection));
    if (seen?.candidates === NONE_YET && candidates.length > 0) {
      seen.candidates = candidates;
      seen.connection = connection;
    }
  }

  /** Whether more than one member of staff's list holds the connection's account (by its handle: see `accountKey`). */
  onSeveralLists(connection: Connection): boolean {
    const key = accountKey(connection);
    return this.several ? this.several.has(key) : this.seen.get(key)?.several === true;
  }

  /** The EM's pairs: per account, a pair for each of its candidates `pairOf` counts (undefined: not counted). */
  pairs(
    pairOf: (candidate: MatchCandidate, connection: Connection) => PresentationPair | undefined,
  ): PresentationPairs {
    // Made from every account read before `letGo`: one read after it would be left out.
    if (this.several) throw new Error('createMatcher: a new account was read after forgetCaches let the accounts go');
    const pairs = new PresentationPairs();
    for (const { candidates, connection } of this.seen.values()) {
      if (!connection) continue;
      let any = false;
      for (const candidate of candidates) {
        const pair = pairOf(candidate, connection);
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
    this.several = new Set();
    for (const [key, seen] of this.seen) if (seen.several) this.several.add(key);
    this.seen.clear();
  }
}

/** The platform and handle (or, without one, the display name) that stand for an account. */
function accountKey(connection: Connection): string {
  const account = connection.username || connection.profileUrl;
  return `${connection.platform}\u0000${account || `\u0000${connection.displayName ?? ''}`}`;
}
