import type { MatchCandidate } from '../match/Matcher.js';

/** Declared links counted: those whose child an account on the member of staff's lists read as, of those handed in. */
export interface LinksFound {
  found: number;
  links: number;
}

/**
 * How many times likelier a declared child's account is on the declaring member of staff's lists than the model's
 * prior says of a pupil's: the share of declared links whose child these lists hold (`found`, with one link of each
 * outcome beside them, so a few links say little) against a pupil's chance of being on a list of `listRows` rows,
 * the model's accounts per pupil spread over the `accounts` its matcher counts. Only where one row of the lists reads
 * as the child (`readAs`): with two accounts bearing the name, one of them may be the namesake's, and the link does
 * not say which, so both stay as the name reads them (a missed pupil outranks a shorter list). Never below 1: a link
 * is no evidence against its child.
 */
export function declaredOdds(
  found: LinksFound,
  accountsPerPupil: number,
  accounts: number,
  listRows: number,
  readAs = 1,
): number {
  if (readAs > 1) return 1;
  const held = (found.found + 1) / (found.links + 2);
  const onList = Math.min(1, (accountsPerPupil * listRows) / Math.max(1, accounts));
  return onList > 0 ? Math.max(1, held / onList) : 1;
}

/**
 * One account's candidates shared again once each candidate's odds are multiplied by `odds` (1 for a pupil the link
 * says nothing of): the account is one person at most, so what the declared child gains the others and nobody lose,
 * in proportion. The others carry the change of their log-odds as a contribution (`DECLARED_CHILD_LIKELIER`).
 */
export function shareWithDeclared(candidates: MatchCandidate[], odds: readonly number[]): MatchCandidate[] {
  if (odds.every((o) => o === 1)) return candidates;
  let shown = 0;
  let weighed = 0;
  candidates.forEach((c, at) => {
    shown += c.score;
    weighed += (odds[at] ?? 1) * c.score;
  });
  const total = Math.max(0, 1 - shown) + weighed;
  const times = Math.max(...odds);
  return candidates.map((c, at) => {
    const o = odds[at] ?? 1;
    const score = (o * c.score) / total;
    if (o !== 1 || c.score <= 0 || c.score >= 1) return { ...c, score };
    const weight = Math.log2(score / (1 - score)) - Math.log2(c.score / (1 - c.score));
    const shift = { code: 'DECLARED_CHILD_LIKELIER' as const, args: { times: Math.round(times) }, weight };
    return { ...c, score, contributions: [...c.contributions, shift] };
  });
}
