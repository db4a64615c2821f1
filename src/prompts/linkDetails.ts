import { addYears } from 'date-fns/addYears';
import { longDate } from '../audit/display.js';
import type { Exemption } from '../model/records.js';
import { fromLocalDate, toLocalDate } from '../normalise/dates.js';
import type { PromptKit } from './PromptKit.js';
import { recorderName, recorderProblem } from './recorderName.js';
import { FAMILY_RELATIONSHIPS } from './relationships.js';
import { readTypedDate } from './typedDate.js';

/** What is asked about a family link once the member of staff and the pupil are known. */
export interface LinkDetails {
  relationship: string;
  recordedBy: string;
  /** ISO date */
  reviewOn: string;
  note?: string;
}

/** Answers already given as options; a question is asked only for what is missing. */
export type LinkGiven = Partial<LinkDetails>;

/**
 * The review date offered: a year after the audit the link comes from (recorded from an audit's
 * findings, the link is reviewed at that audit's next round), or from today where there is none,
 * or where a year after the audit is already past.
 */
export function defaultReviewOn(today: string, auditDate?: string): string {
  const yearAfter = (date: string) => fromLocalDate(addYears(toLocalDate(date), 1));
  const fromAudit = auditDate === undefined ? undefined : yearAfter(auditDate);
  return fromAudit !== undefined && fromAudit > today ? fromAudit : yearAfter(today);
}

/** A review date as typed (DD/MM/YYYY, DD/MM/YY, YYYY-MM-DD, …): the ISO date, or what is wrong with it. */
export function parseReviewOn(raw: string, today: string): { iso: string } | { problem: string } {
  const read = readTypedDate(raw, today, 'kept');
  if ('problem' in read) return read;
  if (read.iso <= today) return { problem: `${longDate(read.iso)} is not after today: give a date in the future` };
  return read;
}

export async function askLinkDetails(
  kit: PromptKit,
  given: LinkGiven,
  context: { today: string; auditDate?: string; rememberedRecorder?: string },
): Promise<LinkDetails> {
  const relationship = given.relationship ?? (await askRelationship(kit));
  const recordedBy = given.recordedBy ?? (await askRecordedBy(kit, context.rememberedRecorder));
  const reviewOn = given.reviewOn ?? (await askReviewOn(kit, context));
  const details: LinkDetails = { relationship, recordedBy, reviewOn };
  const note =
    given.note ??
    (
      await kit.input({ message: 'Note (optional: how it was declared, anything a later reviewer should know)' })
    ).trim();
  if (note) details.note = note;
  return details;
}

/** When to review a link: a date after today, a year ahead offered (after the audit, where there is one). */
export async function askReviewOn(kit: PromptKit, context: { today: string; auditDate?: string }): Promise<string> {
  const suggested = defaultReviewOn(context.today, context.auditDate);
  const fromAudit = context.auditDate !== undefined && suggested !== defaultReviewOn(context.today);
  // The date offered is said in words, not left as the prompt's default, which would show it as YYYY-MM-DD.
  const typed = await kit.input({
    message: `Review this link on (DD/MM/YYYY; Enter for ${longDate(suggested)}, a year ${fromAudit ? 'after the audit' : 'from today'})`,
    validate: (value) => {
      if (value.trim() === '') return true;
      const parsed = parseReviewOn(value, context.today);
      return 'iso' in parsed ? true : parsed.problem;
    },
    transformer: (value, { isFinal }) => {
      if (!isFinal) return value;
      const read = value.trim() === '' ? { iso: suggested } : parseReviewOn(value, context.today);
      return 'iso' in read ? longDate(read.iso) : value;
    },
  });
  const read = typed.trim() === '' ? { iso: suggested } : parseReviewOn(typed, context.today);
  return 'iso' in read ? read.iso : suggested;
}

/**
 * A link kept after its review: the member of staff confirmed it still applies. Who recorded it and
 * when stay as they were; the note says who confirmed it and when.
 */
export function renewed(existing: Exemption, reviewOn: string, by: string, today: string): Exemption {
  const { source: _source, ...fields } = existing;
  const confirmed = `still applies: confirmed ${longDate(today)} by ${by}`;
  return { ...fields, reviewOn, note: existing.note ? `${existing.note}; ${confirmed}` : confirmed };
}

async function askRelationship(kit: PromptKit): Promise<string> {
  const choice = await kit.select<string>({
    message: 'Relationship of the member of staff to the pupil',
    choices: [
      ...FAMILY_RELATIONSHIPS.map((value) => ({ value, name: value })),
      // Once chosen, the words without the bracket: at 40 columns the whole was cut inside a word.
      { value: '', name: 'other family link (you will be asked which)', short: 'other family link' },
    ],
  });
  if (choice) return choice;
  return (
    await kit.input({ message: 'Which family link? (a few words, e.g. godparent)', required: true, validate: nonEmpty })
  ).trim();
}

/**
 * Who makes the change. The name remembered is whoever made the last change beside the file, often a
 * colleague: the question says whose it is, so that Enter is not pressed on someone else's name.
 */
export async function askRecordedBy(kit: PromptKit, remembered: string | undefined): Promise<string> {
  const named = (value: string) => recorderProblem(value) ?? true;
  if (!remembered)
    return recorderName(await kit.input({ message: 'Recorded by (your name)', required: true, validate: named }));
  // Enter (nothing typed but spaces) is the name remembered; anything else typed must be a name.
  const answer = await kit.input({
    message: `Recorded by (your name; Enter if you are ${remembered}, who made the last change)`,
    validate: (value) => value.trim() === '' || named(value),
    transformer: (value, { isFinal }) => (isFinal && value.trim() === '' ? remembered : value),
  });
  return answer.trim() === '' ? remembered : recorderName(answer);
}

function nonEmpty(value: string): true | string {
  return value.trim() ? true : 'Please type something, or press Esc to stop.';
}

/** The exemption row these answers make, recorded today. */
export function toExemption(staffId: string, pupilId: string, details: LinkDetails, today: string): Exemption {
  const exemption: Exemption = {
    staffId,
    pupilId,
    relationship: details.relationship,
    recordedOn: today,
    recordedBy: details.recordedBy,
    reviewOn: details.reviewOn,
  };
  if (details.note) exemption.note = details.note;
  return exemption;
}

/** The lines of a summary shown before anything is written. */
export function linkSummary(staff: string, pupil: string, exemption: Exemption): string[] {
  const rows: [string, string][] = [
    ['Member of staff', staff],
    ['Pupil', pupil],
    ['Relationship', exemption.relationship],
    [
      'Recorded by',
      `${exemption.recordedBy ?? '—'}${exemption.recordedOn ? ` on ${longDate(exemption.recordedOn)}` : ''}`,
    ],
    ['Review on', exemption.reviewOn ? longDate(exemption.reviewOn) : '—'],
    ['Note', exemption.note ?? '—'],
  ];
  return rows.map(([label, value]) => `  ${label.padEnd(17)}${value}`);
}

export function describeExisting(existing: Exemption): string {
  const when = [
    existing.recordedOn && `on ${longDate(existing.recordedOn)}`,
    existing.recordedBy && `by ${existing.recordedBy}`,
  ]
    .filter(Boolean)
    .join(' ');
  const where = existing.source ? ` (${existing.source.file} line ${existing.source.line})` : '';
  return `${existing.relationship}${when ? `, recorded ${when}` : ''}${where}`;
}
