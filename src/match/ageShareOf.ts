import { ageBand } from './features.js';
import type { NameTerms } from './NameTerms.js';

/**
 * The share of the lists' accounts (connected since the pupil's birth, month `born`) connected in the band of the
 * pupil's life `age` names, or undated where the age is unknown (undefined: not weighed).
 */
export function ageShareOf(terms: Pick<NameTerms, 'dateShare'>, born: number, age: string): number | undefined {
  const band = ageBand(age);
  const { share, undated } = terms.dateShare(born, band ? born + band[1] : 0, band ? born + band[2] : 0);
  return band ? share : age === 'unknown' ? undated : undefined;
}
