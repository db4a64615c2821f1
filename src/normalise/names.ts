/**
 * Name normalisation shared by the matcher, the pupil picker and the reports' sorting.
 * Folds case and accents, drops punctuation (O'Brien = OBrien) and splits into tokens.
 */
export function foldName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function nameTokens(value: string): string[] {
  const folded = foldName(value);
  return folded ? folded.split(' ') : [];
}
