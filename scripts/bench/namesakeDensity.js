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

/**
 * A background adult's name: a pupil in scope's whole name (forename as on the roll) with
 * probability `share`, else undefined. Draws nothing when `share` is 0, so the default bench is unchanged.
 */
export function pupilsWholeName(rnd, share, inScope) {
  if (!(share > 0) || !rnd.chance(share)) return undefined;
  const p = rnd.pick(inScope);
  return { fore: p.fore, sur: p.sur };
}
