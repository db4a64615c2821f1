import type { Matcher } from '../match/Matcher.js';

/**
 * The matchers read with most recently, whose reading caches are kept (`Matcher.forgetReading`). A
 * trust's lists come a school at a time, mostly: each school's matcher filled its caches and kept them
 * to the end of reading, 36 schools' at once, the peak (docs/performance.md, memory15). A matcher
 * pushed out forgets its reading; read with again, it answers the same, its caches filling afresh.
 */
export class RecentlyRead {
  private readonly recent: Matcher[] = [];

  /** `keep`: how many matchers keep their caches (the last read with first). */
  constructor(private readonly keep: number) {}

  /** The next row is read by `matcher`. */
  use(matcher: Matcher): void {
    const recent = this.recent;
    if (recent[0] === matcher) return;
    const at = recent.indexOf(matcher);
    if (at >= 0) recent.splice(at, 1);
    recent.unshift(matcher);
    if (recent.length > this.keep) recent.pop()!.forgetReading?.();
  }
}
