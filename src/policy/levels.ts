import type { FindingLevel } from '../model/report.js';

/** FLAG is an accusation in a safeguarding record: only beyond reasonable doubt. */
export const FLAG_AT = 0.99;

/**
 * REVIEW where a person's minute is well spent: at P ≥ 0.1 about one review in ten or better finds
 * a forbidden connection (ten minutes a pupil found; a missed one is a safeguarding failure). The
 * fit's check that chose it is in docs/performance.md.
 */
export const REVIEW_AT = 0.1;

/** A pupil's share of an account below this is no reason to look at them, however many share it. */
export const SHARE_FLOOR = 0.02;

/** The level the posterior probability earns, or undefined when it is not worth a look. */
export function levelFor(probability: number): FindingLevel | undefined {
  return probability >= FLAG_AT ? 'flag' : probability >= REVIEW_AT ? 'review' : undefined;
}
