// How much more often whole names recur than their forenames and surnames predict: the arithmetic apart from the counting.

/** Accounts beyond the first per pupil's name, against the number the shares predict; bounded to [1, 100]. */
export function pupilsNamesClustering(beyondFirst: number, predicted: number): number {
  if (predicted < 5) return 1;
  return Math.max(1, Math.min(100, beyondFirst / predicted));
}

/**
 * Pairs of accounts sharing a whole name, against the pairs expected if forename and surname were
 * drawn apart: Σ n(n−1) over whole names, against N(N−1) × q_f × q_s with q = Σ n(n−1) / N(N−1) over
 * forenames and surnames (less `leftOut`, what the names left out would contribute). Bounded to
 * [1, 100]: fewer coincidences than chance is noise.
 */
export function clustering(
  whole: Iterable<number>,
  fore: Iterable<number>,
  sur: Iterable<number>,
  total: number,
  leftOut: number,
): number {
  const pairs = (counts: Iterable<number>): number => {
    let sum = 0;
    for (const n of counts) sum += n * (n - 1);
    return sum;
  };
  if (total < 2) return 1;
  const all = total * (total - 1);
  const expected = (pairs(fore) * pairs(sur)) / all - leftOut;
  const observed = pairs(whole);
  // Too few coincidences expected to measure against (a short list): no correction.
  if (expected < 5) return 1;
  return Math.max(1, Math.min(100, observed / expected));
}
