import type { MatchCandidate } from './Matcher.js';
import { posteriors } from './matchModel.js';

// How one account's candidates share the probability: namesakes marked, then ordered best first.

/** Pupils found by the same forename and surname evidence are namesakes: the model shares the probability between them. */
export function markNamesakes(candidates: readonly MatchCandidate[]): void {
  if (candidates.length < 2) return;
  for (const c of candidates) {
    if (candidates.some((o) => o !== c && o.levels.fore === c.levels.fore && o.levels.sur === c.levels.sur))
      c.reasons.push('SHARED_NAME');
  }
}

/**
 * Shares the probability between one account's candidates (`posteriors`) and orders them best first, ties by pupil id.
 * `unseen`: the log-odds of people not among the candidates who may be the account (they take their share).
 */
export function scoreBestFirst(
  candidates: MatchCandidate[],
  logOdds: readonly number[],
  unseen: readonly number[] = [],
): MatchCandidate[] {
  const probabilities = posteriors(unseen.length > 0 ? [...logOdds, ...unseen] : logOdds);
  candidates.forEach((candidate, i) => {
    candidate.score = probabilities[i]!;
    candidate.logOdds = logOdds[i]!;
  });
  return candidates.sort((a, b) => b.score - a.score || (a.pupil.id < b.pupil.id ? -1 : 1));
}
