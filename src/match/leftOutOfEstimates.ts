import { onAgeAlone } from './yearEvidence.js';

/**
 * Candidates weighed but kept out of the estimates every pair is weighed by (how pupils present on these lists):
 * a pupil the age alone proposes (`onAgeAlone`), and a pupil whose middle name stands where the forename would
 * (`middleName`), which proposes the family's adults of that name far more often than the pupil, who seldom goes
 * by it: counted, they moved how every other pair was weighed (weak43).
 */
export function leftOutOfEstimates(levels: { fore: string; digits: string }): boolean {
  return onAgeAlone(levels) || levels.fore === 'middleName';
}
