/**
 * `--namesakes SHARE`: that share of background adults take the whole name of a pupil in scope, as
 * on the held-out lists (about as many exact-name adults as pupils' accounts). Real lists are dense
 * with namesakes because whole names recur more than their parts predict; the default bench, whose
 * namesakes arise only by chance, does not show it.
 */

/** The `--namesakes` share from the bench's arguments: 0 (the default bench) or a share in (0, 1). */
export function namesakeShare(args) {
  const at = args.indexOf('--namesakes');
  if (at < 0) return 0;
  const share = Number(args[at + 1]);
  if (!(share > 0 && share < 1)) throw new Error(`--namesakes ${args[at + 1]}: expected a share between 0 and 1`);
  return share;
}

/** `--namesakes-by-frequency`: adults take a pupil's whole name as often as its forename and surname are common. */
export function namesakesByFrequency(args) {
  return args.includes('--namesakes-by-frequency');
}

/**
 * A background adult's name: a pupil in scope's whole name (forename as on the roll) with
 * probability `share`, else undefined. Draws nothing when `share` is 0, so the default bench is unchanged.
 * `byFrequency`: the pupil is drawn with weight n(forename) × n(surname) / n(whole name), counted on
 * `inScope`, so that a whole name is borne by adults as often as independent draws of its parts
 * would give it (as in life, and as the held-out evaluation draws its namesakes); otherwise every
 * pupil alike, so that a rare name is as often an adult's as a common one.
 */
export function pupilsWholeName(rnd, share, inScope, byFrequency = false) {
  if (!(share > 0) || !rnd.chance(share)) return undefined;
  const p = byFrequency ? weightedPick(rnd, inScope) : rnd.pick(inScope);
  return { fore: p.fore, sur: p.sur };
}

/** Cumulative weights per roll (n(forename) × n(surname) / n(whole name)), made once. */
const cumulative = new WeakMap();

function weightedPick(rnd, inScope) {
  let sums = cumulative.get(inScope);
  if (!sums) {
    const count = (key) => {
      const counts = new Map();
      for (const p of inScope) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
      return counts;
    };
    const fore = count((p) => p.fore);
    const sur = count((p) => p.sur);
    const whole = count((p) => `${p.fore} ${p.sur}`);
    sums = new Float64Array(inScope.length);
    let total = 0;
    inScope.forEach((p, i) => {
      total += (fore.get(p.fore) * sur.get(p.sur)) / whole.get(`${p.fore} ${p.sur}`);
      sums[i] = total;
    });
    cumulative.set(inScope, sums);
  }
  const target = rnd.next() * sums[sums.length - 1];
  let lo = 0;
  let hi = sums.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sums[mid] <= target) lo = mid + 1;
    else hi = mid;
  }
  return inScope[lo];
}
