import path from 'node:path';
import { format } from 'date-fns/format';
import type { DecisionRef, FindingLevel, PupilRef, ResolvedWhy } from '../model/report.js';
import { fromLocalDate, toLocalDate } from '../normalise/dates.js';
import type { TypedPaths } from './Reporter.js';
import { platformName } from './reasonWording.js';

/**
 * Every word the reports use about a finding, from here: core code deals in reason codes; text, CSV
 * and PDF reports (and the review prompts) take their wording from this module so that they never
 * disagree. The reasons' words and the weighing's live beside it, re-exported here; what a report says of
 * itself as a whole (its summary, outcome and scope) is in summaryWording.ts.
 */
export { describeReason, describeReasons, platformName } from './reasonWording.js';
export { describeWarningCode } from './warningCodeWording.js';
export {
  describeContribution,
  describeHeldAtReview,
  describeProbability,
  describeWeighing,
  LEVEL_MEANING,
  WEIGHT_MEANING,
} from './weighingWording.js';

export const LEVEL_TEXT: Record<FindingLevel, string> = {
  flag: 'FLAG',
  review: 'REVIEW',
};

/** A member of staff's findings counted, as the heading over them says: "1 flagged, 2 for review". */
export function describeLevelCounts(findings: readonly { level: FindingLevel }[]): string {
  const flags = findings.filter((f) => f.level === 'flag').length;
  return [flags && `${flags} flagged`, findings.length - flags && `${findings.length - flags} for review`]
    .filter(Boolean)
    .join(', ');
}

/** What each level says of the account and the pupil: it is them, or may be. */
export const LEVEL_VERB: Record<FindingLevel, string> = {
  flag: 'is',
  review: 'may be',
};

export function describePupilStatus(pupil: PupilRef): string {
  const age = pupil.age === null ? 'age unknown' : `age ${pupil.age}`;
  const year = pupil.yearGroup ? `, ${pupil.yearGroup}` : '';
  const form = pupil.regGroup ? ` ${pupil.regGroup}` : '';
  if (pupil.status === 'current') return `current pupil${year}${form}, ${age}`;
  const left = pupil.leavingDate ? `, left ${longDate(pupil.leavingDate)}` : '';
  return `former pupil${left}, ${age}`;
}

const RELATIONSHIP_TEXT: Record<string, string> = {
  friend: 'friends',
  follower: 'follows the staff member',
  following: 'followed by the staff member',
  request_sent: 'friend request sent by the staff member',
  request_received: 'friend request received by the staff member',
};

export function describeRelationship(relationship: string | undefined): string {
  if (!relationship) return 'connected';
  return RELATIONSHIP_TEXT[relationship] ?? relationship;
}

/** Who took a decision and when, as far as the record says: "by K. Head on 3 October 2026", "on 3 October 2026" or "". */
export function describeDecidedBy({
  decidedBy,
  decidedOn,
}: {
  decidedBy?: string | undefined;
  decidedOn?: string | undefined;
}): string {
  return [decidedBy && `by ${decidedBy}`, decidedOn && `on ${longDate(decidedOn)}`].filter(Boolean).join(' ');
}

/** A finding confirmed at an earlier review: "Confirmed by K. Head on 3 October 2026". */
export function describeConfirmed(decision: Pick<DecisionRef, 'decidedBy' | 'decidedOn'>): string {
  const when = describeDecidedBy(decision);
  return when ? `Confirmed ${when}` : 'Confirmed';
}

/** What the policy says to do next, in its own order. */
export const NEXT_STEPS: readonly string[] = [
  'Give each finding to the person named above, and record what was found in line with the Safeguarding Policy.',
  'A concern that a member of staff is using social networking inappropriately may be referred to the Local Authority Designated Officer (LADO), who will advise on next steps.',
  'Where the concern is about the Headteacher, it goes to the chair of governors instead.',
];

/**
 * The next steps for this report: deciding REVIEW findings only where there are some. Where the command was given the
 * audit's folder or its saved JSON report (`typed`), the commands to type name them, so a Headteacher can copy them.
 */
export function nextSteps(
  summary: { findings: { review: number } },
  typed: TypedPaths = {},
  auditDate?: string,
): string[] {
  // A report saved apart from its folder does not say which folder it came from: the person fills it in.
  const folder = typed.savedApart ? 'FOLDER' : typed.folder === undefined ? undefined : shellWord(typed.folder);
  const exemptions = `Ask staff with a legitimate family link to a pupil to declare it to the Headteacher; record it with \`social-audit exemptions add${folder ? ` ${folder}` : ''}\` so later audits exclude it.`;
  if (summary.findings.review === 0) return [...NEXT_STEPS, exemptions];
  const decide = 'Look at each finding marked REVIEW and decide it with';
  if (typed.saved !== undefined && typed.savedApart)
    return [
      ...NEXT_STEPS,
      exemptions,
      `${decide} \`social-audit review ${shellWord(typed.saved)} FOLDER\`, FOLDER being the audit folder it was made from.`,
    ];
  if (typed.saved !== undefined)
    return [...NEXT_STEPS, exemptions, `${decide} \`social-audit review ${shellWord(typed.saved)}\`.`];
  if (folder === undefined)
    return [
      ...NEXT_STEPS,
      exemptions,
      `${decide} \`social-audit review audit.json\`, on this audit saved with \`--format json --out audit.json\`.`,
    ];
  const json = shellWord(path.join(typed.folder!, 'audit.json'));
  const date = auditDate ? ` --date ${auditDate}` : '';
  return [
    ...NEXT_STEPS,
    exemptions,
    `${decide} \`social-audit review ${json}\`, once this audit is saved with \`social-audit audit ${folder}${date} --format json --out ${json}\`.`,
  ];
}

/** A path as a shell takes it: quoted where it holds anything but letters, digits and `._/-`. */
export function shellWord(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * Who is confirming, in a command printed to copy: a placeholder to fill, as the date's is, since the last
 * name used beside the file is often a colleague's. `--recorded-by` refuses it as typed (prompts/recorderName.ts).
 */
const RECORDER_OPTION = '--recorded-by "YOUR NAME"';

/**
 * The command that keeps a family link due for review, or removes one no longer needed, with the link's ids:
 * `exemptions list` and the audit's warnings print the same one to copy. `folder` may be a placeholder (FOLDER).
 */
export function linkCommand(
  action: 'keep' | 'remove',
  folder: string | undefined,
  link: { staffId: string; pupilId: string },
): string {
  const where = folder === undefined ? '' : ` ${shellWord(folder)}`;
  const ids = `--staff-id ${shellWord(link.staffId)} --pupil-id ${shellWord(link.pupilId)}`;
  return action === 'keep'
    ? `social-audit exemptions add${where} ${ids} --review-on DD/MM/YYYY ${RECORDER_OPTION}`
    : `social-audit exemptions remove${where} ${ids} ${RECORDER_OPTION} --yes`;
}

/** A login name recorded as who made a change (no --recorded-by, nothing asked): marked as no person's name. */
export function loginRecorder(login: string): string {
  return `${login} (login name)`;
}

/** Standard error's line when a script's change is recorded under a name it did not give. */
export function describeRecorderFallback(name: string, whose: 'last' | 'login'): string {
  const why = whose === 'last' ? 'the name used for the last change here' : "this computer's login name";
  return `No --recorded-by given: a change is recorded as made by ${name}, ${why}. Give --recorded-by "NAME" to record a person's.`;
}

/** The policy's rule in one sentence, as reports state it. */
export const POLICY_RULE =
  'No member of staff may be connected on social networks with a current pupil, or with a former pupil under 18; legitimate family links declared to the Headteacher are exempt.';

export const NO_FINDINGS_TEXT = 'No connections between staff and pupils in scope were found.';
/** After a member of staff's heading where their findings run on from the page before. */
export const CONTINUED = '(continued)';

/** The UK Government Security Classification every page of a printed report carries. */
export const SECURITY_MARKING = 'OFFICIAL-SENSITIVE';

/** The months as `longDate` writes them, for the reporters that keep such a date on one line. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2026-11-24` as `24 November 2026`: how every report and prompt shows a date (JSON and CSV keep
 * `YYYY-MM-DD`). Anything else (a saved report edited by hand) is shown as it is, never a throw.
 */
export function longDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? toLocalDate(iso) : undefined;
  return date && fromLocalDate(date) === iso ? format(date, 'd MMMM yyyy') : iso;
}

/** An account's handle as reports, warnings and prompts write it: with one `@`, whether or not the list gave one. */
export function describeHandle(username: string): string {
  return `@${username.replace(/^@/, '')}`;
}

/** The other account as the platform shows it: `"Zoë L" (@zoe.l)`. */
export function describeShownAs(connection: { name?: string; username?: string; profileUrl?: string }): string {
  const name = connection.name ? `"${connection.name}"` : '';
  const user = connection.username ? describeHandle(connection.username) : '';
  // A list may give only a profile link; a redacted report gives neither.
  return name && user ? `${name} (${user})` : name || user || connection.profileUrl || '(name withheld)';
}

/**
 * The link the list gave to the account, to look at it before deciding: where it is a web page (`https://…`) and the
 * account is shown by a name or handle (else the link is what shows it, `describeShownAs`).
 */
export function describeProfileLink(connection: {
  name?: string;
  username?: string;
  profileUrl?: string;
}): string | undefined {
  const url = connection.profileUrl;
  if (!url || !/^https?:\/\/\S+$/i.test(url) || !(connection.name || connection.username)) return undefined;
  return `Profile link: ${url}`;
}

/** The account on its platform, as the report lists it: `Instagram: "Zoë L" (@zoe.l)`. */
export function describeAccount(connection: {
  platform: string;
  name?: string;
  username?: string;
  profileUrl?: string;
}): string {
  return `${platformName(connection.platform)}: ${describeShownAs(connection)}`;
}

/** The other findings of the same account as the same pupil, on other staff members' lists: "findings 12 and 40". */
export function describeSameAccount(numbers: readonly number[]): string {
  return `The same account is on other staff members’ lists as this pupil: ${findingsListed(numbers)}`;
}

/** "finding 12", "findings 12 and 40". */
function findingsListed(numbers: readonly number[]): string {
  return numbers.length === 1
    ? `finding ${numbers[0]}`
    : `findings ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * A school's copy: the same account as this pupil on other schools' staff lists (Finding.sameAccountElsewhere), in
 * the trust's report only. A decision taken on this copy is not carried to those findings.
 */
export function describeSameAccountElsewhere(numbers: readonly number[]): string {
  return `The same account is on another school’s staff list as this pupil too: ${findingsListed(numbers)} of the trust’s report, not in this school’s copy; a decision here is not carried there`;
}

/** A count as reports print it: `44,110`. */
export function figure(count: number): string {
  return count.toLocaleString('en-GB');
}

/** A school's copy: the other candidates it does not name, being other schools' pupils (Finding.otherCandidatesLeftOut). */
export function describeCandidatesLeftOut(count: number): string {
  const who = count === 1 ? 'a pupil at another school' : `one of ${countOf(count, 'pupil')} at other schools`;
  return `Could also be ${who} of the trust, not named in this school’s copy`;
}

export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${figure(count)} ${count === 1 ? one : many}`;
}

/** The visible end of a text the PDF shortened. */
export function describeShortenedEnd(length: number): string {
  return `… [shortened: ${length.toLocaleString('en-GB')} characters in all]`;
}

/** What the redacted (governors’) report shows instead of identifying details. */
export const REDACTED = {
  notice:
    'Redacted for governors: pupils are shown by year group and status, staff by initials and role; names, usernames and sources are withheld. The counts are those of the full report.',
  source: 'withheld',
  pupil: (n: number) => `Pupil ${n}`,
} as const;

/**
 * A finding dismissed (or excluded by a link) since the earlier audit is in two sections, on purpose:
 * "Resolved since" accounts for every finding of that audit, and the standing record lists every
 * decision in force with who made it. The line here says where the decision is, so it reads as one.
 */
const RESOLVED_TEXT: Record<ResolvedWhy, string> = {
  'connection gone': 'the connection is gone',
  'family link recorded': 'a family link has been recorded (listed under “Excluded by declared family links”)',
  'dismissed at review':
    'dismissed at review: not this pupil (listed under “Dismissed at an earlier review”, with who decided and why)',
  'pupil no longer in scope': 'the pupil is no longer covered by the policy (a former pupil now 18 or over)',
};

export function describeResolvedWhy(why: ResolvedWhy): string {
  return RESOLVED_TEXT[why];
}
