import { CandidateStore } from '../match/CandidateStore.js';
import type { LevelsTable } from '../match/LevelsTable.js';
import type { MatchCandidate, Matcher } from '../match/Matcher.js';
import { outgrown } from '../match/outgrown.js';
import type { Connection, StaffMember } from '../model/records.js';

/** A connection taken back to be weighed with every list's counts. */
export interface WaitingConnection {
  connection: Connection;
  member: StaffMember;
  matcher: Matcher;
  /** In the order the first weighing left them (the weighing's sums are taken in this order). */
  candidates: MatchCandidate[];
}

/**
 * The connections with candidates, kept until every list is read (how common a name is on the lists
 * is known only then), then taken back one at a time, in the order they came, and let go. Their
 * candidates are numbers in typed arrays (`CandidateStore`: pupil, levels, reasons), not objects:
 * a trust-wide audit keeps 112,000 connections and 780,000 candidates (docs/performance.md, memory14).
 */
export class WaitingConnections {
  private connections: (Connection | undefined)[] = [];
  private members: (StaffMember | undefined)[] = [];
  private matchers: (Matcher | undefined)[] = [];
  /** Where each connection's candidates end in `store` (they start where the previous one's end). */
  private ends = new Int32Array(1024);
  private store: CandidateStore;
  private taken = 0;

  constructor(private readonly levels?: LevelsTable) {
    this.store = new CandidateStore(levels);
  }

  /** How many connections wait (taken or not). */
  get size(): number {
    return this.connections.length;
  }

  /** Keeps a connection's candidates (their pupil, levels and reasons as they are now), in their order. */
  push(connection: Connection, member: StaffMember, matcher: Matcher, candidates: readonly MatchCandidate[]): void {
    const at = this.connections.length;
    if (at === this.ends.length) this.ends = outgrown(this.ends);
    for (const candidate of candidates) this.store.add(candidate);
    this.ends[at] = this.store.size;
    this.connections.push(connection);
    this.members.push(member);
    this.matchers.push(matcher);
  }

  /**
   * Takes back the next connection, in the order they were kept, with its candidates as new objects
   * (see `CandidateStore.candidate`); the store lets go of the connection. Undefined once all are taken.
   */
  next(): WaitingConnection | undefined {
    const at = this.taken;
    if (at >= this.connections.length) return undefined;
    this.taken = at + 1;
    const connection = this.connections[at]!;
    const member = this.members[at]!;
    const matcher = this.matchers[at]!;
    this.connections[at] = undefined;
    this.members[at] = undefined;
    this.matchers[at] = undefined;
    const candidates: MatchCandidate[] = [];
    for (let c = at === 0 ? 0 : this.ends[at - 1]!; c < this.ends[at]!; c++) candidates.push(this.store.candidate(c));
    return { connection, member, matcher, candidates };
  }

  /** Lets every connection and candidate go (all taken, or no longer wanted). */
  clear(): void {
    this.connections = [];
    this.members = [];
    this.matchers = [];
    this.ends = new Int32Array(1024);
    this.store = new CandidateStore(this.levels);
    this.taken = 0;
  }
}
