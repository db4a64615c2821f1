import type { StaffMember } from '../model/records.js';
import type { StaffCoverage } from '../model/report.js';
import { toStaffRef } from './refs.js';

interface Tally {
  member: StaffMember;
  connections: number;
  /** Platform → connections read, in the order platforms were first seen. */
  platforms: Map<string, { read: number }>;
}

/**
 * How many connections were read for each member of staff, per platform. Counted once per
 * connection, a trust's million times: a list's rows come one member of staff at a time, so the
 * last member's tally is kept at hand, and counts are kept in Maps until the report is made.
 */
export class CoverageTally {
  private readonly tallies = new Map<StaffMember, Tally>();
  private last: Tally | undefined;
  /** The last platform counted for `last`, and its count: a list is one platform's rows in a run. */
  private lastPlatform: string | undefined;
  private lastCount: { read: number } | undefined;

  /** A platform handed in for this member, even with no connections in it. */
  note(member: StaffMember, platform: string): void {
    const tally = this.tallyOf(member);
    if (!tally.platforms.has(platform)) tally.platforms.set(platform, { read: 0 });
  }

  count(member: StaffMember, platform: string): void {
    const tally = this.tallyOf(member);
    tally.connections++;
    if (platform !== this.lastPlatform || this.lastCount === undefined) {
      let count = tally.platforms.get(platform);
      if (!count) {
        count = { read: 0 };
        tally.platforms.set(platform, count);
      }
      this.lastPlatform = platform;
      this.lastCount = count;
    }
    this.lastCount.read++;
  }

  /** A member of staff, with nothing read unless counted. */
  include(member: StaffMember): void {
    this.tallyOf(member);
  }

  get size(): number {
    return this.tallies.size;
  }

  /** The report's coverage, one entry per member of staff in the order they were first met. */
  coverage(): StaffCoverage[] {
    return [...this.tallies.values()].map(({ member, connections, platforms }) => ({
      staff: toStaffRef(member),
      platforms: Object.fromEntries([...platforms].map(([platform, { read }]) => [platform, read])),
      connections,
    }));
  }

  private tallyOf(member: StaffMember): Tally {
    if (this.last?.member === member) return this.last;
    this.lastCount = undefined;
    let tally = this.tallies.get(member);
    if (!tally) {
      tally = { member, connections: 0, platforms: new Map() };
      this.tallies.set(member, tally);
    }
    this.last = tally;
    return tally;
  }
}
