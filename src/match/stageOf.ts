import type { Pupil } from '../model/records.js';
import { ageOn } from '../normalise/dates.js';
import { dayOfMonth } from './monthOf.js';

/**
 * The pupil's stage now (the audit's day, or else late in the newest month the lists were connected in; 0:
 * none): under 8 (an infant, whose account can only be young), or older.
 */
export function stageOf(pupil: Pupil, auditDate: string | undefined, newestMonth: number): string {
  const now = auditDate ?? (newestMonth > 0 ? dayOfMonth(newestMonth, 28) : undefined);
  return pupil.dob && now && ageOn(pupil.dob, now) < 8 ? 'young' : 'older';
}
