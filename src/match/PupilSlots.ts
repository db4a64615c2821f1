/**
 * The pupils met in one search or one connection, each given the next slot on first sight, kept from one to the
 * next: a Map per search, grown as pupils were found, was a large share of a trust's allocation (a forename alone
 * finds hundreds; docs/performance.md, perf41). `begin` starts afresh without clearing anything.
 */
export class PupilSlots {
  /** The pupils met since `begin`, in order: `size` of them. */
  readonly pupils: number[] = [];
  size = 0;
  // A pupil's round then slot, side by side (one wait on memory for both): the slot is valid where the round is this one's.
  private round = 1;
  private marks = new Int32Array(0);

  begin(): void {
    this.size = 0;
    if (++this.round > 0x7fff_ffff) {
      this.marks.fill(0);
      this.round = 1;
    }
  }

  /** The pupil's slot: its own if met since `begin`, else the next (`size` grows by one). */
  slotOf(pupilAt: number): number {
    const at = 2 * pupilAt;
    if (at >= this.marks.length) this.grow(at + 2);
    if (this.marks[at] === this.round) return this.marks[at + 1]!;
    const slot = this.size++;
    this.marks[at] = this.round;
    this.marks[at + 1] = slot;
    this.pupils[slot] = pupilAt;
    return slot;
  }

  private grow(least: number): void {
    const marks = new Int32Array(Math.max(least, this.marks.length * 2, 2048));
    marks.set(this.marks);
    this.marks = marks;
  }
}
