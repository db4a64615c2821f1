/**
 * The pupils met in one search or one connection, each given the next slot on first sight, kept from one to the
 * next: a Map per search, grown as pupils were found, was a large share of a trust's allocation (a forename alone
 * finds hundreds; docs/performance.md, perf41). `begin` starts afresh without clearing anything.
 */
export class PupilSlots {
  /** The pupils met since `begin`, in order: `size` of them. */
  readonly pupils: number[] = [];
  size = 0;
  // A pupil's slot is valid where its round is this one's.
  private round = 1;
  private rounds = new Int32Array(0);
  private slots = new Int32Array(0);

  begin(): void {
    this.size = 0;
    if (++this.round > 0x7fff_ffff) {
      this.rounds.fill(0);
      this.round = 1;
    }
  }

  /** The pupil's slot: its own if met since `begin`, else the next (`size` grows by one). */
  slotOf(pupilAt: number): number {
    if (pupilAt >= this.rounds.length) this.grow(pupilAt + 1);
    if (this.rounds[pupilAt] === this.round) return this.slots[pupilAt]!;
    const slot = this.size++;
    this.rounds[pupilAt] = this.round;
    this.slots[pupilAt] = slot;
    this.pupils[slot] = pupilAt;
    return slot;
  }

  private grow(least: number): void {
    const length = Math.max(least, this.rounds.length * 2, 1024);
    const rounds = new Int32Array(length);
    rounds.set(this.rounds);
    const slots = new Int32Array(length);
    slots.set(this.slots);
    this.rounds = rounds;
    this.slots = slots;
  }
}
