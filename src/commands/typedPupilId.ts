/** What a pupil id typed in an option is taken to be among the pupils it may name. */
export type TypedPupil<P> = { pupil: P } | { several: P[] } | undefined;

/**
 * A pupil id as a person types it, compared as the roll's reader reads ids: without the spaces around it, then
 * (only where one pupil fits) in any case, then, all digits, without the leading zeros Excel drops (`42` for
 * `0042`, as exemptions.csv and decisions.csv are read). Several fitting is said, never guessed between.
 */
export function typedPupilId<P extends { id: string }>(typed: string, pupils: readonly P[]): TypedPupil<P> {
  const id = typed.trim();
  const exact = pupils.find((p) => p.id === id);
  if (exact) return { pupil: exact };
  const fits = (same: (p: P) => boolean): TypedPupil<P> => {
    const found = pupils.filter(same);
    if (found.length === 0) return undefined;
    return found.length === 1 ? { pupil: found[0]! } : { several: found };
  };
  const folded = id.toUpperCase();
  const byCase = fits((p) => p.id.toUpperCase() === folded);
  if (byCase || !/^\d+$/.test(id)) return byCase;
  const digits = withoutLeadingZeros(id);
  return fits((p) => /^\d+$/.test(p.id) && withoutLeadingZeros(p.id) === digits);
}

function withoutLeadingZeros(id: string): string {
  return id.replace(/^0+(?=\d)/, '');
}
