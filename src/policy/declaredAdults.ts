import type { Decision, Pupil } from '../model/records.js';
import { type PupilScope, pupilScope } from './pupilScope.js';

/** Former pupils a reviewer recorded as now 18 or over: pupil id → the date of birth given, if any. */
export function declaredAdults(decisions: readonly Decision[]): Map<string, string | undefined> {
  return new Map(decisions.filter((d) => d.decision === 'adult').map((d) => [d.pupilId, d.pupilDob]));
}

/**
 * A pupil's scope, with what a reviewer recorded about a former pupil whose age the roll does not
 * give: the date of birth they gave decides, as if the roll had it; without one, "now 18 or over"
 * takes the pupil out of scope. A date of birth on the roll always wins, and a current pupil is
 * in scope at any age whatever was recorded.
 */
export function scopeWithDeclaredAge(
  pupil: Pupil,
  auditDate: string,
  adults: ReadonlyMap<string, string | undefined>,
): PupilScope {
  const scope = pupilScope(pupil, auditDate);
  if (scope.status !== 'former' || scope.age !== null || !adults.has(pupil.id)) return scope;
  const dob = adults.get(pupil.id);
  if (dob) return pupilScope({ ...pupil, dob }, auditDate);
  return { status: 'former', age: null, inScope: false, rule: null };
}
