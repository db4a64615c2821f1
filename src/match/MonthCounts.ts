/**
 * Accounts per month of connection (year × 12 + month), answering "how many before month m" as
 * they are counted. The model asks it for every candidate while the lists are still being read,
 * so a sorted copy rebuilt after each new account cost seconds on a trust: a Fenwick tree over
 * the years 1900–2199 answers in a dozen steps; months outside them (a mistyped year) are few
 * and kept in a Map.
 */
export class MonthCounts {
  /** Fenwick tree over months FIRST … FIRST + SPAN − 1, one-based. */
  private readonly tree = new Int32Array(SPAN + 1);
  private readonly outside = new Map<number, number>();

  /** One more account connected in `month`. */
  add(month: number): void {
    const at = month - FIRST;
    if (at < 0 || at >= SPAN || !Number.isInteger(at)) {
      this.outside.set(month, (this.outside.get(month) ?? 0) + 1);
      return;
    }
    for (let i = at + 1; i <= SPAN; i += i & -i) this.tree[i]!++;
  }

  /** Accounts counted in months before `month`. */
  before(month: number): number {
    let sum = 0;
    for (let i = Math.max(0, Math.min(SPAN, Math.ceil(month - FIRST))); i > 0; i -= i & -i) sum += this.tree[i]!;
    if (this.outside.size > 0) for (const [m, count] of this.outside) if (m < month) sum += count;
    return sum;
  }
}

const FIRST = 1900 * 12;
const SPAN = 300 * 12;
