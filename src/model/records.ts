/**
 * The records the readers produce. Dates are ISO calendar dates (`YYYY-MM-DD`) as strings:
 * the policy is about calendar ages, so a time of day or a time zone would only add bugs.
 */

/** Where a record came from, for evidence in reports and for error messages. */
export interface SourceRef {
  /** File name as the user knows it (relative to the audit folder where possible). */
  file: string;
  /** 1-based line of a CSV row, or an entry number in a platform download. */
  line: number;
}

export interface Pupil {
  /** UPN where the roll has one, otherwise the MIS admission number. */
  id: string;
  upn?: string;
  admissionNumber?: string;
  legalForename: string;
  legalSurname: string;
  preferredForename?: string;
  preferredSurname?: string;
  middleNames?: string;
  /** ISO date, or undefined when missing or unreadable (see `unreadableDob`). */
  dob?: string;
  /** The roll's DOB as written, when it could not be read, so the audit can say so. */
  unreadableDob?: string;
  yearGroup?: string;
  regGroup?: string;
  admissionDate?: string;
  leavingDate?: string;
  /** The school the pupil is on the roll of, where a trust's roll has a School column. */
  school?: string;
  source: SourceRef;
}

export interface StaffMember {
  id: string;
  name: string;
  forename?: string;
  surname?: string;
  role?: string;
  email?: string;
  /** Where a trust's staff list has a school column: whose pupils this person is checked against. */
  school?: string;
  source?: SourceRef;
}

export interface Exemption {
  staffId: string;
  pupilId: string;
  relationship: string;
  recordedOn?: string;
  recordedBy?: string;
  reviewOn?: string;
  note?: string;
  source?: SourceRef;
}

/**
 * What a person decided at `review` about one connection and the pupil it may be; `adult`: a
 * former pupil whose age the roll does not give is now 18 or over (policy/declaredAdults.ts).
 */
export type DecisionKind = 'confirm' | 'dismiss' | 'family' | 'adult';
export const DECISION_KINDS: readonly DecisionKind[] = ['confirm', 'dismiss', 'family', 'adult'];

/** Whether a word (a cell of decisions.csv, `--decision`'s value) is a kind of decision. */
export function isDecisionKind(value: string | undefined): value is DecisionKind {
  return (DECISION_KINDS as readonly (string | undefined)[]).includes(value);
}

export interface Decision {
  /** `connectionKey()` in policy/applyDecisions.ts: staff id, platform, username or name, pupil id. */
  key: string;
  staffId: string;
  pupilId: string;
  decision: DecisionKind;
  reason?: string;
  decidedOn?: string;
  decidedBy?: string;
  /** The account and pupil as they were when decided, to tell whether either has changed since. */
  accountName?: string;
  pupilName?: string;
  /** The pupil's date of birth as the roll gave it; with `adult`, as the reviewer gave it, if known. */
  pupilDob?: string;
  /** Set when a dismissal overruled the audit's FLAG (`review --overrule`): later reports show it as such. */
  overruled?: 'flag';
  source?: SourceRef;
}

export const RELATIONSHIPS = ['friend', 'follower', 'following', 'request_sent', 'request_received'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** One account in one staff member's connection list, as an importer read it. */
export interface Connection {
  // Importers build every connection with all fields, absent ones undefined: one object shape.
  /** The staff member the list belongs to: id, name, or both (resolved against staff.csv). */
  staffId?: string | undefined;
  staffName?: string | undefined;
  platform: string;
  displayName?: string | undefined;
  username?: string | undefined;
  profileUrl?: string | undefined;
  relationship?: Relationship | string | undefined;
  connectedOn?: string | undefined;
  source: SourceRef;
}
