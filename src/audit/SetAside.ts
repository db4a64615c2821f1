import type { MatchCandidate } from '../match/Matcher.js';

const NO_CONTRIBUTIONS = Object.freeze([]) as unknown as MatchCandidate['contributions'];

/**
 * Makes a connection's candidates small while they wait for every list to be read (a trust-wide
 * audit holds 700,000): `finalise` weighs them again from pupil, reasons and levels, so the first
 * weighing's contributions are let go, and candidates showing the same levels share one object
 * (levels are read and replaced, never changed in place).
 */
export class SetAside {
  private readonly levels = new Map<string, MatchCandidate['levels']>();

  candidates(candidates: readonly MatchCandidate[]): void {
    for (const candidate of candidates) {
      candidate.contributions = NO_CONTRIBUTIONS;
      candidate.levels = this.shared(candidate.levels);
    }
  }

  private shared(levels: MatchCandidate['levels']): MatchCandidate['levels'] {
    let key = '';
    for (const [feature, level] of Object.entries(levels)) key += `${feature}\u0001${level}\u0000`;
    const known = this.levels.get(key);
    if (known) return known;
    this.levels.set(key, levels);
    return levels;
  }
}
