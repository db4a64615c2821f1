import type { ReasonCode, WarningCode } from './reasons.js';
import type { Exemption } from './records.js';
import type { Warning } from './warnings.js';

export type FindingLevel = 'flag' | 'review';
export type PupilStatus = 'current' | 'former';
/** Whether a finding was in the earlier audit given with `--compare`. */
export type FindingChange = 'new' | 'continuing';
/** Who must hear about a finding, by the role of the member of staff it is about (policy/reportTo.ts). */
export type ReportTo = 'Designated Safeguarding Lead' | 'Chair of Governors' | 'Headteacher';
export const REPORT_TO: readonly ReportTo[] = ['Designated Safeguarding Lead', 'Chair of Governors', 'Headteacher'];
/** Why a finding of the earlier audit is no longer reported. */
export type ResolvedWhy =
  | 'connection gone'
  | 'family link recorded'
  | 'dismissed at review'
  | 'pupil no longer in scope';
export const RESOLVED_WHY: readonly ResolvedWhy[] = [
  'connection gone',
  'family link recorded',
  'dismissed at review',
  'pupil no longer in scope',
];

export interface StaffRef {
  id: string;
  name: string;
  role?: string;
  /** Their school as the staff list names it (a trust's `school` column): whose governors hear of their findings. */
  school?: string;
}

export interface PupilRef {
  id: string;
  name: string;
  status: PupilStatus;
  /** Calendar age on the audit date; null when the DOB is unknown. */
  age: number | null;
  dob?: string;
  yearGroup?: string;
  regGroup?: string;
  leavingDate?: string;
  /** Their school as the roll names it (a trust's School column): a school's copy names only its own as other candidates. */
  school?: string;
}

export interface ConnectionRef {
  platform: string;
  name?: string;
  username?: string;
  profileUrl?: string;
  relationship?: string;
  connectedOn?: string;
  /** `file:line` */
  source: string;
}

export interface Candidate {
  pupil: PupilRef;
  score: number;
  reasons: ReasonCode[];
}

/**
 * One weighed piece of evidence of the match model: a reason code with its arguments and its
 * weight in bits (log2 of its likelihood ratio: +1 doubles the odds, −1 halves them).
 */
export interface Contribution {
  code: ReasonCode;
  args?: Record<string, number | string>;
  weight: number;
}

export interface Finding {
  /** 1, 2, 3… in report order: what `review --finding N` takes. Set once the report is sorted. */
  number?: number;
  level: FindingLevel;
  /** Set with `--compare`. */
  change?: FindingChange;
  /** Set once the report is finished. */
  reportTo?: ReportTo;
  staff: StaffRef;
  /** The most likely pupil. */
  pupil: PupilRef;
  connection: ConnectionRef;
  /** 0..1: the match model's posterior probability that the account is this pupil. */
  score: number;
  /** Why it matched and which rule of the policy applies, as reason codes. */
  reasons: ReasonCode[];
  /** The model's weighed evidence for this pupil, heaviest first (the decisive ones lead). */
  contributions?: Contribution[];
  /** Other pupils in scope the same account may be, best first (shared names). */
  otherCandidates?: Candidate[];
  /** In one school's copy of a trust's report: how many other candidates, other schools' pupils, it does not name. */
  otherCandidatesLeftOut?: number;
  /** The findings (by number) of the same account (platform and handle) as this pupil on other staff members' lists. */
  sameAccount?: number[];
  /** In one school's copy of a trust's report: `sameAccount`'s findings on other schools' staff lists, which it leaves out. */
  sameAccountElsewhere?: number[];
  /** A decision recorded earlier with `review` that made this a flag. */
  decision?: DecisionRef;
}

/** A declared family link as the report shows it (without where it was read from). */
export type ExemptionRef = Omit<Exemption, 'source'>;

export interface ExemptedConnection {
  staff: StaffRef;
  pupil: PupilRef;
  connection: ConnectionRef;
  exemption: ExemptionRef;
}

export interface DecisionRef {
  decision: 'confirm' | 'dismiss' | 'family' | 'adult';
  decidedBy?: string;
  decidedOn?: string;
  reason?: string;
  /** A dismissal that overruled a FLAG: reports list it as overruled, not as a plain dismissal. */
  overruled?: 'flag';
}

export interface DismissedConnection {
  staff: StaffRef;
  pupil: PupilRef;
  connection: ConnectionRef;
  decision: DecisionRef;
}

/** A finding of the earlier audit (`--compare`) that this audit no longer reports. */
export interface ResolvedFinding {
  staff: StaffRef;
  pupil: PupilRef;
  connection: ConnectionRef;
  why: ResolvedWhy;
  /** Its number in the earlier report. */
  previousNumber?: number;
}

/** The earlier audit a report was compared with, and how the findings changed since. */
export interface ChangeSummary {
  /** The earlier audit's date. */
  since: string;
  new: number;
  continuing: number;
  resolved: number;
}

export interface AuditWarning {
  code: WarningCode;
  /** What the warning is about, as data (model/warnings.ts); absent in a redacted report and in reports of earlier versions. */
  args?: Warning['args'];
  /** The warning in words (report/warningWording.ts). */
  message: string;
  /** `file:line` or `file` where the warning is about a place in the input. */
  source?: string;
}

/** What each staff member handed in, so the Headteacher sees who has not. */
export interface StaffCoverage {
  staff: StaffRef;
  /** platform → connections read */
  platforms: Record<string, number>;
  connections: number;
}

export interface AuditSummary {
  pupils: { current: number; former: number; formerInScope: number };
  staff: number;
  connections: number;
  findings: { flag: number; review: number; total: number };
  staffWithFindings: number;
  exempted: number;
  dismissed: number;
  warnings: number;
  /** With `--compare`. */
  change?: ChangeSummary;
}

/**
 * Whose pupils each member of staff was checked against: the whole roll (one school), their own
 * school's (a trust's staff list and roll name schools), or every pupil (`--trust-wide`).
 */
export interface MatchScope {
  mode: 'whole-roll' | 'own-school' | 'trust-wide';
  /** The schools the rolls name, as first written there; empty where they name none. */
  schools: string[];
}

/** One school's pupils, counted as `AuditSummary.pupils` counts the whole roll's. */
export interface SchoolPupils {
  school: string;
  current: number;
  former: number;
  formerInScope: number;
}

export interface AuditReport {
  tool: { name: 'social-audit'; version: string };
  auditDate: string;
  /** School or trust name where known (folder name or an option). */
  school?: string;
  /** Set by `--redact`: names, usernames and sources are withheld (report/redact.ts). */
  redacted?: boolean;
  /** One school's report out of a trust's (`report --school`): `school` is the heading then. */
  onlySchool?: OnlySchool;
  summary: AuditSummary;
  /** Absent in reports saved before trusts were scoped by school: the whole roll was used. */
  scope?: MatchScope;
  /** Each school's pupils, where the rolls name schools (absent in reports saved before): for one school's report. */
  schoolPupils?: SchoolPupils[];
  findings: Finding[];
  exempted: ExemptedConnection[];
  dismissed: DismissedConnection[];
  /** With `--compare`: the earlier audit's findings no longer reported. */
  resolved?: ResolvedFinding[];
  coverage: StaffCoverage[];
  warnings: AuditWarning[];
}

/** Whose report a school's copy of a trust's audit is, and what it leaves out. */
export interface OnlySchool {
  /** The school whose staff's findings alone it holds. */
  school: string;
  /** The trust's audit it was taken from, where that report was named. */
  of?: string;
  /** How many schools the trust's report holds. */
  schools: number;
  /** The trust report's warnings left out: about other schools' staff, or pupils it cannot place. */
  warningsLeftOut: number;
}
