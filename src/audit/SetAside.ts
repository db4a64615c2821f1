import type { MatchCandidate } from '../match/Matcher.js';

const NO_CONTRIBUTIONS = Object.freeze([]) as unknown as MatchCandidate['contributions'];

/**
 * Makes a connection's candidates small while they wait for every list to be read (a trust-wide
 * audit holds 700,000): `finalise` weighs them again from pupil, reasons and levels, so the first
 * weighing's contributions are let go, and candidates showing the same levels, or the same reasons,
 * share one object (levels are read and replaced, never changed in place; `finalise` copies the
 * reasons before it adds to them). A candidate's own list of reasons, grown by pushing, had room
 * for twenty: on the held-out trust audited trust-wide the waiting candidates took 330 MiB.
 */
export class SetAside {
  private readonly levels = new Map<string, MatchCandidate['levels']>();
  private readonly reasons = new Map<string, MatchCandidate['reasons']>();

  candidates(candidates: readonly MatchCandidate[]): void {
    for (const candidate of candidates) {
      candidate.contributions = NO_CONTRIBUTIONS;
      candidate.levels = this.shared(candidate.levels);
      candidate.reasons = this.sharedReasons(candidate.reasons);
    }
  }

  private sharedReasons(reasons: MatchCandidate['reasons']): MatchCandidate['reasons'] {
    const key = reasons.join(' ');
    const known = this.reasons.get(key);
    if (known) return known;
    const exact = reasons.slice();
    this.reasons.set(key, exact);
    return exact;
  }

  private shared(levels: MatchCandidate['levels']): MatchCandidate['levels'] {
    // for…in, not Object.entries: the same keys in the same order, without an array per candidate.
    let key = '';
    for (const feature in levels) key += `${feature}\u0001${levels[feature as keyof typeof levels]}\u0000`;
    const known = this.levels.get(key);
    if (known) return known;
    this.levels.set(key, levels);
    return levels;
  }
}
