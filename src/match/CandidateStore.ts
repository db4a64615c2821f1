import type { ReasonCode } from '../model/reasons.js';
import type { Pupil } from '../model/records.js';
import { giveBack } from './giveBack.js';
import { LevelsTable } from './LevelsTable.js';
import type { MatchCandidate } from './Matcher.js';
import type { FeatureLevels } from './matchModel.js';
import { outgrown } from './outgrown.js';

const NO_CONTRIBUTIONS = Object.freeze([]) as unknown as MatchCandidate['contributions'];

/**
 * Candidates kept as three numbers each (pupil, levels, reasons) in typed arrays, while they wait
 * for every list to be read: as objects, trust-wide, 780,000 of them held about 120 MB of heap and
 * made the peak (docs/performance.md, memory10, memory14). What `finalise` weighs again is only a
 * candidate's pupil, reasons and levels; a candidate taken out is a new object with those, its
 * score, log-odds and contributions left for the weighing to set.
 */
export class CandidateStore {
  private pupilAt = new Int32Array(1024);
  private levelsAt = new Int32Array(1024);
  /** Empty when the reasons are not kept (the EM's accounts need only pupil and levels). */
  private reasonsAt: Int32Array<ArrayBuffer>;
  private filled = 0;
  private readonly pupils: Pupil[] = [];
  private readonly pupilIds = new Map<Pupil, number>();
  private readonly reasonLists: (readonly ReasonCode[])[] = [];
  private readonly reasonIds = new Map<string, number>();

  /**
   * `levels`: the audit's table, shared with its matchers (see `LevelsTable`); a table of its own otherwise.
   * `withReasons`: whether each candidate's reasons are kept too.
   */
  constructor(
    readonly levels: LevelsTable = new LevelsTable(),
    private readonly withReasons = true,
  ) {
    this.reasonsAt = new Int32Array(withReasons ? this.pupilAt.length : 0);
  }

  /** How many candidates are kept. */
  get size(): number {
    return this.filled;
  }

  /** Keeps a candidate's pupil, levels and (if the store keeps them) reasons; returns where. */
  add(candidate: Pick<MatchCandidate, 'pupil' | 'levels' | 'reasons'>): number {
    const at = this.filled;
    if (at === this.pupilAt.length) this.grow();
    this.pupilAt[at] = this.pupilId(candidate.pupil);
    this.levelsAt[at] = this.levels.idOf(candidate.levels);
    if (this.withReasons) this.reasonsAt[at] = this.reasonsId(candidate.reasons);
    this.filled = at + 1;
    return at;
  }

  pupil(at: number): Pupil {
    return this.pupils[this.pupilAt[this.check(at)]!]!;
  }

  levelsOf(at: number): FeatureLevels {
    return this.levels.levels(this.levelsAt[this.check(at)]!);
  }

  /** The candidate's reasons: one list for all candidates with the same, never to be changed in place. */
  reasons(at: number): readonly ReasonCode[] {
    this.check(at);
    if (!this.withReasons) throw new RangeError('CandidateStore: this store keeps no reasons');
    return this.reasonLists[this.reasonsAt[at]!]!;
  }

  /** A candidate as `finalise` takes it: pupil, levels and (shared) reasons; nothing weighed yet. */
  candidate(at: number): MatchCandidate {
    return {
      pupil: this.pupil(at),
      score: 0,
      reasons: this.reasons(at) as ReasonCode[],
      contributions: NO_CONTRIBUTIONS,
      levels: this.levelsOf(at),
      logOdds: 0,
    };
  }

  /** Lets every candidate go, the arrays' memory given back now (`giveBack`); the store is empty after. */
  release(): void {
    for (const array of [this.pupilAt, this.levelsAt, this.reasonsAt]) giveBack(array);
    this.pupilAt = new Int32Array(1024);
    this.levelsAt = new Int32Array(1024);
    this.reasonsAt = new Int32Array(this.withReasons ? this.pupilAt.length : 0);
    this.filled = 0;
    this.pupils.length = 0;
    this.pupilIds.clear();
    this.reasonLists.length = 0;
    this.reasonIds.clear();
  }

  private check(at: number): number {
    if (!(at >= 0 && at < this.filled)) throw new RangeError(`CandidateStore: no candidate ${at}`);
    return at;
  }

  private pupilId(pupil: Pupil): number {
    let id = this.pupilIds.get(pupil);
    if (id === undefined) {
      id = this.pupils.length;
      this.pupils.push(pupil);
      this.pupilIds.set(pupil, id);
    }
    return id;
  }

  private reasonsId(reasons: readonly ReasonCode[]): number {
    const key = reasons.join(' ');
    let id = this.reasonIds.get(key);
    if (id === undefined) {
      id = this.reasonLists.length;
      // A copy: the candidate's own list may still be added to.
      this.reasonLists.push(reasons.slice());
      this.reasonIds.set(key, id);
    }
    return id;
  }

  private grow(): void {
    this.pupilAt = outgrown(this.pupilAt);
    this.levelsAt = outgrown(this.levelsAt);
    if (this.withReasons) this.reasonsAt = outgrown(this.reasonsAt);
  }
}
