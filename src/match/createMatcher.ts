import type { Connection, Pupil, StaffMember } from '../model/records.js';
import type { ReasonCode } from '../model/reasons.js';
import { nameTokens } from '../normalise/names.js';
import type { MatchCandidate, Matcher } from './Matcher.js';

/**
 * First matcher: a connection matches a pupil when its display name or handle, normalised,
 * is the pupil's forename (legal or preferred) and surname in either order, middle names optional.
 */
export function createMatcher(pupils: readonly Pupil[]): Matcher {
  const index = new Map<string, { pupil: Pupil; reasons: ReasonCode[] }[]>();
  const add = (key: string, pupil: Pupil, reasons: ReasonCode[]): void => {
    const list = index.get(key) ?? [];
    if (!list.some((entry) => entry.pupil === pupil)) list.push({ pupil, reasons });
    index.set(key, list);
  };
  for (const pupil of pupils) {
    const surnames = [pupil.legalSurname, pupil.preferredSurname].filter((s): s is string => !!s);
    const forenames: [string, ReasonCode][] = [[pupil.legalForename, 'NAME_EXACT']];
    if (pupil.preferredForename) forenames.push([pupil.preferredForename, 'PREFERRED_NAME']);
    for (const surname of surnames) {
      for (const [forename, code] of forenames) {
        const sur = nameTokens(surname).join('');
        const fore = nameTokens(forename).join('');
        if (!sur || !fore) continue;
        add(`${fore} ${sur}`, pupil, [code]);
        add(`${sur} ${fore}`, pupil, [code, 'SURNAME_FIRST']);
        add(`${fore}${sur}`, pupil, [code, 'HANDLE']);
        const middle = pupil.middleNames ? nameTokens(pupil.middleNames).join(' ') : '';
        if (middle) add(`${fore} ${middle} ${sur}`, pupil, [code, 'MIDDLE_NAME']);
      }
    }
  }

  return {
    match(connection: Connection, _staff: StaffMember | undefined): MatchCandidate[] {
      const found = new Map<Pupil, ReasonCode[]>();
      const keys: [string, boolean][] = [];
      if (connection.displayName) keys.push([nameTokens(connection.displayName).join(' '), false]);
      if (connection.username) keys.push([nameTokens(connection.username.replace(/\d+/g, ' ')).join(''), true]);
      for (const [key, isHandle] of keys) {
        for (const entry of index.get(key) ?? []) {
          if (isHandle !== entry.reasons.includes('HANDLE')) continue;
          if (!found.has(entry.pupil)) found.set(entry.pupil, entry.reasons);
        }
      }
      const shared = found.size > 1;
      return [...found].map(([pupil, reasons]) => ({
        pupil,
        score: shared ? 0.6 : 0.9,
        level: shared ? 'review' : 'flag',
        reasons: shared ? [...reasons, 'SHARED_NAME'] : reasons,
      }));
    },
  };
}
