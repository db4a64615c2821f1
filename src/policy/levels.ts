import type { FindingLevel } from '../model/report.js';

/** FLAG is an accusation in a safeguarding record: only beyond reasonable doubt. */
export const FLAG_AT = 0.99;

/**
 * REVIEW where a person's minute is well spent: at P ≥ 0.1 about one review in ten or better finds
 * a forbidden connection (ten minutes a pupil found; a missed one is a safeguarding failure). On
 * the fit's check seed, pairs at 0.02–0.1 were right 1 time in 48, those at 0.1–0.5 half the time,
 * and this threshold kept 99.9% of pupils found with 1.6 false reviews per 1,000 connections.
 */
export const REVIEW_AT = 0.1;

/** The level the posterior probability earns, or undefined when it is not worth a look. */
export function levelFor(probability: number): FindingLevel | undefined {
  return probability >= FLAG_AT ? 'flag' : probability >= REVIEW_AT ? 'review' : undefined;
}
