import type { Matcher } from '../match/Matcher.js';

/**
 * Which matchers keep their reading caches (`Matcher.forgetReading`): those read with in the last
 * `idleRows` rows. A trust's lists often come a school at a time, and each school's matcher kept its
 * caches to the end of reading, 36 schools' at once, the peak (docs/performance.md, memory15). Lists
 * of staff from every school in turn use every school often, and so keep every cache (forgetting at
 * each turn cost a quarter more CPU). A matcher that forgot answers the same, its caches filling afresh.
 */
export class RecentlyRead {
  /** The row each matcher last read (those that hold caches); the one reading now is `reading`. */
  private readonly lastRead = new Map<Matcher, number>();
  private reading: Matcher | undefined;

  constructor(private readonly idleRows: number) {}

  /** From `row` on (counting every row read before, by any matcher) `matcher` reads, if any: those idle since long forget. */
  use(matcher: Matcher | undefined, row: number): void {
    if (this.reading) this.lastRead.set(this.reading, row);
    for (const [other, last] of this.lastRead) {
      if (row - last <= this.idleRows || other === matcher) continue;
      other.forgetReading?.();
      this.lastRead.delete(other);
    }
    this.reading = matcher;
    if (matcher) this.lastRead.set(matcher, row);
  }
}
