import type { Pupil } from '../model/records.js';
import type { MatchScope, SchoolPupils } from '../model/report.js';
import type { PupilScope } from '../policy/pupilScope.js';
import { schoolKey } from './SchoolMatchers.js';

/**
 * Each school's pupils, counted as the summary counts the trust's, so that one school's report
 * (`report --school`) gives its own counts. A pupil with no school is counted in none.
 */
export function schoolPupils(
  scope: MatchScope,
  pupils: readonly Pupil[],
  scopeOf: (pupil: Pupil) => PupilScope,
): SchoolPupils[] {
  const byKey = new Map(
    scope.schools.map((school): [string, SchoolPupils] => [
      schoolKey(school),
      { school, current: 0, former: 0, formerInScope: 0 },
    ]),
  );
  for (const pupil of pupils) {
    const counts = pupil.school === undefined ? undefined : byKey.get(schoolKey(pupil.school));
    if (!counts) continue;
    const { status, inScope } = scopeOf(pupil);
    if (status === 'current') counts.current++;
    else {
      counts.former++;
      if (inScope) counts.formerInScope++;
    }
  }
  return [...byKey.values()];
}
