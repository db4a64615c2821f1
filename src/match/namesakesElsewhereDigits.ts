import type { Connection } from '../model/records.js';
import { handleOf } from './handleOf.js';
import type { FeatureLevels } from './matchModel.js';
import { agesWritten, readYears, yearGroupOf } from './yearEvidence.js';

/** The digits levels that say the number is the pupil's own (their birth year, year group or age). */
const PUPILS_NUMBER: ReadonlySet<string> = new Set(['dob', 'yearGroup', 'yearGroupMarked', 'age']);

/**
 * What the account's numbers say of a child at another school bearing the pupil's whole name, born `dob`
 * (ISO; undefined unknown): where the pupil's candidate reads a number as the pupil's own, the namesake's
 * own reading of the same numbers (`favour10` is one pupil's Year 10 and another's birth year, 2010), or
 * undefined where they are not the namesake's (the account is the pupil's by them, so the namesake is not
 * weighed). Any other level is the namesake's as it is the pupil's.
 */
export function namesakeElsewhereDigits(
  digits: FeatureLevels['digits'],
  connection: Connection,
  dob: string | undefined,
  auditDate: string,
): FeatureLevels['digits'] | undefined {
  if (!PUPILS_NUMBER.has(digits)) return digits;
  if (!dob) return undefined;
  const numbers = numbersOf(connection);
  const verdict = readYears(
    numbers,
    Number(dob.slice(0, 4)),
    yearGroupOf({ dob, leavingDate: auditDate }),
    true,
    undefined,
    agesWritten(dob, connection.connectedOn, auditDate),
    digits === 'yearGroupMarked',
  );
  return verdict !== null && PUPILS_NUMBER.has(verdict) ? (verdict as FeatureLevels['digits']) : undefined;
}

/** The runs of digits in the account's handle and display name. */
function numbersOf(connection: Connection): string[] {
  const text = `${handleOf(connection) ?? ''} ${connection.displayName ?? ''}`;
  return text.match(/\d+/g) ?? [];
}
