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
 * (under 8: an infant, whose account can only be young), `junior` (8–11), `adult` (GROWN), or `older`. Juniors
 * apart from older pupils: for them 4–7 is a few years ago and half the life an account can have (a parent's
 * account in the child's name), for a pupil of 15 a decade ago, so one m for both is the juniors' accounts
 * lifting it for the older pupils, whose namesakes met then it should tell apart (former33, calib23).
 */
export function stageOf(pupil: Pupil, now: string | undefined): string {
  if (!pupil.dob || !now) return 'older';
  const age = ageOn(pupil.dob, now);
  if (age < 8) return 'young';
  if (age < 12) return 'junior';
  return age >= 18 && pupil.leavingDate !== undefined && pupil.leavingDate <= now ? GROWN : 'older';
}
