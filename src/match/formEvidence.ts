import type { ForeEvidence, SurEvidence } from './evidence.js';
import { FORE_COMMON_PART, FORE_PREFERRED, SUR_PART, SUR_PREFERRED } from './pupilNameForms.js';
import type { ForeHit, SurHit } from './WordFacts.js';

// The evidence a word's hit makes of an index entry's kind of name form: shared by the strong and the weak search.

/** A forename hit on a form of this kind (`FORE_*`), as evidence. */
export function foreEvidence(hit: ForeHit, kind: number): ForeEvidence {
  if (kind === FORE_COMMON_PART) return 'commonPart';
  if (hit.relation === 'exact') return kind === FORE_PREFERRED ? 'preferred' : 'legal';
  return hit.relation;
}

/** A surname hit on a form of this kind (`SUR_*`), as evidence. */
export function surEvidence(hit: SurHit, kind: number): SurEvidence {
  if (kind === SUR_PART) return 'part';
  if (hit.relation === 'pet') return 'pet';
  // Another romanisation weighs as the surname's one-edit level; `surnameSpelt` keeps it from a flag.
  if (hit.relation === 'variant') return 'typo';
  return kind === SUR_PREFERRED ? 'preferred' : 'full';
}
