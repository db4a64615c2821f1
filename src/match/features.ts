/** The features of a (connection, pupil) pair that the match model weighs (`MatchModel`), one level each. */
export const FEATURES = [
  'fore',
  'sur',
  'order',
  'middle',
  'unexplained',
  'names',
  'digits',
  'age',
  'adultWords',
  'platform',
  'staffSurname',
  'leet',
  'sameName',
  'stage',
  'underPlatform',
  'lists',
] as const;
export type Feature = (typeof FEATURES)[number];
/**
 * One level per feature: what a candidate pair shows (`fore: 'legal'`, `digits: 'dob'` …). Not
 * weighed, only read by `levelsCanFlag`: `foreForm`, set where the account's forename, a short
 * form of the pupil's, is a given name of its own (Lucy for Lucia) or a short form of another name too (Sam:
 * Samantha; family39); `surForm`, set where the account's
 * surname is another romanisation of the pupil's (Ahmad for Ahmed), weighed at `sur: 'typo'`;
 * `displayOthers`, set where a forename read alone from the handle stands beside a display name giving it with
 * words none of the pupil's (`14reuben`, "Reuben Greenfield": `namesAnother`), weighed as unexplained words
 * once the lists are read (`shownAsAnother`), not in the audit's own estimates; `speltOut`, set where the account's
 * other name spells the initial out as somebody else's (`Analysed.speltOut`), weighed or dropped then too.
 */
export type FeatureLevels = Record<Feature, string> & {
  foreForm?: 'nameOfItsOwn' | 'shortOfAnother';
  surForm?: 'spelling';
  displayOthers?: '1' | '2+';
  speltOut?: 'initial' | 'forename' | 'givenIfBorne';
  /** Words set off beside the whole name (`bioWords`), not weighed: the audit's own estimates count them as unexplained, as before. */
  setOff?: '1' | '2+';
  /** Two digits beside a name written as a child writes it, not weighed as an adult's year: the estimates count them so, as before (`writtenAsAChild`). */
  digitsAsBefore?: 'olderTwoDigit';
};
/** Features weighed by m/u with u from the lists (estimated on each audit), not by fitted weights. */
const LIST_FEATURES: ReadonlySet<Feature> = new Set(['age', 'platform', 'sameName', 'stage', 'underPlatform', 'lists']);
/** Features weighed by weights fitted on the bench (the shape of the evidence); the rest are weighed by m/u with u from the lists. */
export const SHAPE_FEATURES: readonly Feature[] = FEATURES.filter((f) => !LIST_FEATURES.has(f));
/** The pupil's age when connected: months from birth at which each band starts. */
export const AGE_BANDS: readonly (readonly [string, number, number])[] = [
  ['under4', 0, 48],
  ['age4to7', 48, 96],
  ['age8to12', 96, 156],
  ['age13up', 156, 100 * 12],
];

/** The band of `AGE_BANDS` named `age` (undefined: none, as for `unknown`): a loop, not a closure per candidate. */
export function ageBand(age: string): readonly [string, number, number] | undefined {
  for (let i = 0; i < AGE_BANDS.length; i++) if (AGE_BANDS[i]![0] === age) return AGE_BANDS[i];
  return undefined;
}
