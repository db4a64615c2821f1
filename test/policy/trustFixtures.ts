import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import type { Pupil } from '../../src/model/records.js';
import type { PolicyLookup } from '../../src/policy/judgeConnection.js';
import { pupilScope } from '../../src/policy/pupilScope.js';

/** Shared by the policy's trust tests: a pupil's whole name with nothing against it, and a trust's lookup. */
const DAY = '2026-11-24';

export const WHOLE_NAME = {
  fore: 'legal',
  sur: 'full',
  unexplained: '0',
  adultWords: 'no',
  digits: 'none',
  age: 'age13up',
  underPlatform: 'no',
} as unknown as MatchCandidate['levels'];

export const pupilAt = (
  id: string,
  school: string,
  legalForename: string,
  legalSurname: string,
  dob: string,
): Pupil => ({
  id,
  legalForename,
  legalSurname,
  dob,
  school,
  source: { file: 'roll.csv', line: 2 },
});

/** A candidate bearing the whole name (`WHOLE_NAME`, with `levels` over it). */
export const bearingName = (
  pupil: Pupil,
  score: number,
  levels: Partial<MatchCandidate['levels']> = {},
  reasons: ReasonCode[] = ['NAME_EXACT'],
): MatchCandidate => ({
  pupil,
  score,
  reasons,
  contributions: [],
  levels: { ...WHOLE_NAME, ...levels } as MatchCandidate['levels'],
});

/** A lookup whose `ownSchool` says whether a pupil is the member of staff's own (absent: a single school's audit). */
export const trustLookup = (ownSchool?: (pupil: Pupil) => boolean): PolicyLookup => ({
  scopeOf: (p) => pupilScope(p, DAY),
  exemptionFor: () => undefined,
  ...(ownSchool === undefined ? {} : { ownSchool: (_staff: string, p: Pupil) => ownSchool(p) }),
});
