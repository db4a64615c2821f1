import type { Pupil } from '../model/records.js';
import { ageOn } from '../normalise/dates.js';

/**
 * The stage of a grown former pupil (left, and 18 or over now): an adult whose own accounts are dated as
 * adults' are, not as a pupil of 8–18's (former33: weighed so, a leaver connected at 13 or over lost a
 * bit where a current pupil of the name met at 8–12 gained one). Its m is estimated apart (`estimateGrownDates`).
 */
export const GROWN = 'adult';

/**
 * A person's stage on `now` (ISO; undefined: unknown), which sets how their own accounts are dated: `young`
 * (under 8: an infant, whose account can only be young), `adult` (GROWN), or `older`.
 */
export function stageOf(pupil: Pupil, now: string | undefined): string {
  if (!pupil.dob || !now) return 'older';
  const age = ageOn(pupil.dob, now);
  if (age < 8) return 'young';
  return age >= 18 && pupil.leavingDate !== undefined && pupil.leavingDate <= now ? GROWN : 'older';
}
