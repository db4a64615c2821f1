import type { Connection, Pupil, StaffMember } from '../model/records.js';
import type { Analysed } from './createAnalyser.js';
import type { IndexedPupil } from './IndexedPupil.js';
import { ageAtConnection, levelsOf, underPlatformAge } from './levelsOf.js';
import type { MatchCandidate } from './Matcher.js';
import { namesAnother } from './namesAnother.js';
import { nameWords } from './rollNames.js';

/**
 * A pupil a connection's names were read as, as a candidate before the lists' counts: the reasons the
 * dates and the member of staff add to the reading's, and the model's levels.
 * `stage`: the pupil's now (`young` or `older`).
 */
export function candidateOf(
  a: Analysed,
  indexed: IndexedPupil,
  connection: Connection,
  staff: StaffMember | undefined,
  stage: string,
): MatchCandidate {
  const { connectedOn, platform } = connection;
  const reasons = [...a.reasons];
  const age = connectedOn ? ageAtConnection(indexed.pupil, connectedOn) : 'unknown';
  if (age === 'under4') reasons.push('CONNECTED_WHEN_YOUNG');
  const underPlatform =
    connectedOn !== undefined && underPlatformAge(indexed.pupil, connectedOn, platform, a.years === 'dob');
  if (underPlatform) reasons.push('UNDER_PLATFORM_AGE');
  const surname = staff ? staffSurname(staff) : '';
  const sharesSurname = surname !== '' && indexed.surnames.includes(surname);
  if (sharesSurname) reasons.push('SHARES_STAFF_SURNAME');
  const handled = Boolean(connection.username || connection.profileUrl);
  let levels = levelsOf(a, age, platform, sharesSurname, stage, underPlatform, handled);
  const others =
    a.evidence.fore === 'none' && a.names === 'handle'
      ? namesAnother(connection.displayName, connection.username, indexed)
      : 0;
  if (others > 0) levels = { ...levels, displayOthers: others === 1 ? '1' : '2+' };
  if (a.speltOut) levels = { ...levels, speltOut: a.speltOut };
  if (a.childsDigits) levels = { ...levels, digitsAsBefore: 'olderTwoDigit' };
  // The shape's contributions are the matcher's to add, one list for all candidates of the same levels.
  return { pupil: indexed.pupil, score: 0, reasons, contributions: NO_CONTRIBUTIONS, levels, logOdds: 0 };
}

const NO_CONTRIBUTIONS = Object.freeze([]) as unknown as MatchCandidate['contributions'];

/** Whether the pupil was born by `day` (unknown: yes): a connection made before is somebody else's. */
export function bornBy(pupil: Pupil, day: string): boolean {
  return pupil.dob === undefined || pupil.dob <= day;
}

const staffSurnames = new WeakMap<StaffMember, string>();

/** A member of staff's surname as one plain word (their last name's words run together), once per member. */
function staffSurname(staff: StaffMember): string {
  let surname = staffSurnames.get(staff);
  if (surname === undefined) {
    const words = staff.surname ? nameWords(staff.surname) : nameWords(staff.name).slice(-1);
    surname = words.join('');
    staffSurnames.set(staff, surname);
  }
  return surname;
}
