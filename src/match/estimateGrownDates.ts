import { CERTAIN_BITS, type PresentationEstimate, shrunk } from './estimatePresentation.js';
import { AGE_BANDS } from './features.js';
import type { IndexedPupil } from './IndexedPupil.js';
import type { MatchModel } from './matchModel.js';
import { monthOf } from './monthOf.js';
import { NONE, type PresentationPairs } from './PresentationPairs.js';
import { GROWN } from './stageOf.js';

/** The lists' share of accounts connected between months `from` and `to` of a life begun in `born` (`NameTerms.dateShare`). */
type DateShare = (born: number, from: number, to: number) => { share: number; undated: number };

/**
 * How the lists date accounts in the lives of the grown former pupils on the roll (stage GROWN): per age band
 * from 4 and undated, the lists' share in each one's life, averaged over them. What a grown former pupil's own
 * account is taken to be until their pairs beyond doubt say otherwise: an adult's account dated as the lists'
 * accounts, mostly adults', are. Undefined when the roll holds none with a date of birth.
 */
export function grownDating(
  people: readonly IndexedPupil[],
  stage: (pupil: IndexedPupil['pupil']) => string,
  dateShare: DateShare,
): Record<string, number> | undefined {
  const sums = new Map<string, number>();
  let counted = 0;
  for (const { pupil } of people) {
    const born = pupil.dob ? monthOf(pupil.dob) : undefined;
    if (born === undefined || stage(pupil) !== GROWN) continue;
    // Before 4 a child has no account of their own (a rule, not learnt): the bands from 4, and undated.
    const shares: [string, number][] = AGE_BANDS.filter(([band]) => band !== 'under4').map(([band, from, to]) => [
      band,
      dateShare(born, born + from, born + to).share,
    ]);
    shares.push(['unknown', dateShare(born, 0, 0).undated]);
    const total = shares.reduce((sum, [, share]) => sum + share, 0);
    for (const [band, share] of shares) sums.set(band, (sums.get(band) ?? 0) + share / total);
    counted++;
  }
  if (counted === 0) return undefined;
  return Object.fromEntries([...sums].map(([band, sum]) => [band, sum / counted]));
}

/**
 * m of the age when connected for grown former pupils, by EM on their own candidate pairs (`pairs`, each an
 * account's grown candidates): as `estimatePresentation` counts pupils', on the pairs the other evidence puts
 * beyond doubt (CERTAIN_BITS, with the pupils' accounts per person), each by its posterior, shrunk towards
 * `dating` (`grownDating`) by `PSEUDO_ACCOUNTS`. Apart from the pupils' EM: they are never reported, and a
 * grown sibling or namesake takes what the date gives them, not a pupil of 8–18's share.
 */
export function estimateGrownDates(
  model: MatchModel,
  pairs: PresentationPairs,
  accountsPerPerson: number,
  dating: Record<string, number>,
): Record<string, number> {
  const bits = Math.log2(accountsPerPerson);
  const counts = new Float64Array(pairs.ages.length);
  let m = dating;
  for (let iteration = 0; iteration < 100; iteration++) {
    const presentation = { platform: {}, age: { [GROWN]: m } };
    const logM = pairs.ages.map((levels) => Math.log2(model.ageM(levels, presentation)));
    counts.fill(0);
    let from = 0;
    for (let g = 0; g < pairs.groups; g++) {
      const to = pairs.groupEnd[g]!;
      let total = 1;
      for (let i = from; i < to; i++) total += 2 ** logOdds(pairs, i, bits, logM);
      for (let i = from; i < to; i++) {
        const age = pairs.age[i]!;
        if (age === NONE || pairs.base[i]! + bits < CERTAIN_BITS) continue;
        counts[age]! += 2 ** logOdds(pairs, i, bits, logM) / total;
      }
      from = to;
    }
    const byBand = new Map<string, number>();
    pairs.ages.forEach((levels, i) => {
      if (levels.stage === GROWN) byBand.set(levels.age, (byBand.get(levels.age) ?? 0) + counts[i]!);
    });
    const next = shrunk(byBand, dating);
    const moved = Math.max(
      ...Object.keys(next).map((k) => Math.abs(Math.log2((next[k]! + 1e-6) / ((m[k] ?? 0) + 1e-6)))),
    );
    m = next;
    if (moved < 0.005) break;
  }
  return m;
}

/** A pair's log2 odds with the accounts per person and its age term (the platform is not learnt for grown people). */
function logOdds(pairs: PresentationPairs, i: number, bits: number, logM: readonly number[]): number {
  const age = pairs.age[i]!;
  return pairs.base[i]! + bits + (age === NONE ? 0 : logM[age]! - pairs.logAgeShare[i]!);
}

/**
 * `found` (the pupils' estimate) with grown former pupils' m of the age when connected (stage GROWN), learnt
 * on their own pairs (`pairs`, made only when the roll holds any: `dating`, see `grownDating`).
 */
export function withGrownDates(
  model: MatchModel,
  found: PresentationEstimate,
  dating: Record<string, number> | undefined,
  pairs: () => PresentationPairs,
): PresentationEstimate {
  if (!dating) return found;
  const grown = pairs();
  const m = estimateGrownDates(model, grown, found.accountsPerPupil, dating);
  grown.release();
  return { ...found, presentation: { ...found.presentation, age: { ...found.presentation.age, [GROWN]: m } } };
}
