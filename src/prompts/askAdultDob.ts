import { longDate } from '../audit/display.js';
import type { PupilRef } from '../model/report.js';
import { ageOn } from '../normalise/dates.js';
import type { PromptKit } from './PromptKit.js';
import { readTypedDate } from './typedDate.js';

/** The date of birth of a former pupil now 18 or over, if the reviewer knows it: it must make them 18 or over today. */
export async function askAdultDob(kit: PromptKit, pupil: PupilRef, today: string): Promise<string | undefined> {
  const raw = await kit.input({
    message: `${pupil.name}’s date of birth, if you know it (DD/MM/YYYY; Enter if not)`,
    validate: (value) => {
      if (value.trim() === '') return true;
      const checked = checkAdultDob(value, today);
      return 'problem' in checked ? checked.problem : true;
    },
    // The answer as read, in words, so that a two-digit year's century is seen at once.
    transformer: (value, { isFinal }) => {
      const checked = isFinal && value.trim() !== '' ? checkAdultDob(value, today) : undefined;
      return checked && 'iso' in checked ? longDate(checked.iso) : value;
    },
  });
  if (raw.trim() === '') return undefined;
  const checked = checkAdultDob(raw, today);
  return 'iso' in checked ? checked.iso : undefined;
}

/** A date of birth typed for "now 18 or over": the ISO date, or why it cannot be (`under18`: a date, too late). */
export function checkAdultDob(raw: string, today: string): { iso: string } | { problem: string; under18?: true } {
  const read = readTypedDate(raw, today, 'birth');
  if ('problem' in read) return read;
  const { iso } = read;
  if (iso > today || ageOn(iso, today) < 18)
    return { problem: `born ${longDate(iso)}, they are under 18 today: the policy still covers them`, under18: true };
  return { iso };
}
