import {
  describeHandle,
  describePupilStatus,
  describeShownAs,
  LEVEL_VERB,
  platformName,
  shortenedNames,
} from '../audit/display.js';
import type { Finding, PupilRef } from '../model/report.js';
import type { Choice } from './PromptKit.js';
import type { ReviewItem } from './reviewFlow.js';

/** What the person may say of a finding at review. */
export type Action =
  | { kind: 'confirm'; pupil: PupilRef }
  | { kind: 'adult'; pupil: PupilRef }
  | { kind: 'dismiss' }
  | { kind: 'family' }
  | { kind: 'skip' }
  | { kind: 'stop' };

/** A finding's pupils, the most likely first. */
export function candidatesOf(finding: Finding): PupilRef[] {
  return [finding.pupil, ...(finding.otherCandidates ?? []).map((c) => c.pupil)];
}

/** The choices of review's "What is it?": each pupil, a former pupil now 18 or over, dismiss, a family link, skip, stop. */
export function actionChoices(finding: Finding, linked: ReadonlySet<string>, decided: number): Choice<Action>[] {
  const candidates = candidatesOf(finding);
  const several = candidates.length > 1;
  const familyOpen = candidates.some((p) => !linked.has(`${finding.staff.id}\u0000${p.id}`));
  return [
    ...candidates.map((pupil) => ({
      value: { kind: 'confirm' as const, pupil },
      name: several
        ? `It is ${pupil.name} (${describePupilStatus(pupil)}): treat as a flag`
        : 'It is this pupil: treat as a flag',
      // Once answered, the line says only what was chosen: the whole choice folded inside a word at 80 columns.
      ...(several
        ? { short: `It is ${pupil.name}`, narrow: `It is ${pupil.name}, ${describePupilStatus(pupil)}` }
        : {}),
    })),
    // The roll does not give this former pupil's age: the head may know they are now an adult.
    ...candidates
      .filter((pupil) => pupil.status === 'former' && pupil.age === null)
      .map((pupil) => ({
        value: { kind: 'adult' as const, pupil },
        name: `${several ? `${pupil.name}: this` : 'This'} person, now 18 or over: no longer covered by the policy`,
        narrow: `${several ? pupil.name : 'This person'} is now 18 or over`,
      })),
    { value: { kind: 'dismiss' }, name: several ? 'None of these pupils: dismiss it' : 'Not this pupil: dismiss it' },
    {
      value: { kind: 'family' },
      name: 'A declared family link: record it in exemptions',
      narrow: 'A declared family link: record it',
      ...(familyOpen ? {} : { disabled: 'already recorded' }),
    },
    { value: { kind: 'skip' }, name: 'Skip: decide later' },
    {
      value: { kind: 'stop' },
      name:
        decided === 0
          ? 'Stop here (nothing decided yet)'
          : `Stop here and save the ${decided === 1 ? 'decision' : `${decided} decisions`} made so far`,
      narrow:
        decided === 0
          ? 'Stop here (nothing decided yet)'
          : `Stop here and save ${decided === 1 ? 'the decision' : `${decided} decisions`}`,
    },
  ];
}

/** The finding in a few words, for a question whose finding has scrolled out of sight: whose list, which account, which pupil. */
export function recapOf({ number, finding: whole }: ReviewItem): string {
  const finding = shortenedNames(whole);
  const { connection } = finding;
  // The handle alone, else the name; a link-only or withheld account as the report says it (describeShownAs).
  const account = connection.username
    ? describeHandle(connection.username)
    : connection.name
      ? `“${connection.name}”`
      : describeShownAs(connection);
  const pupil = finding.otherCandidates?.length ? '' : `, ${LEVEL_VERB[finding.level]} ${finding.pupil.name}`;
  return `no. ${number}: ${finding.staff.name}’s ${platformName(connection.platform)} ${account}${pupil}`;
}
