import type { WarningCode } from './reasons.js';

/**
 * What each warning carries besides its code: plain data (strings, numbers, lists), as reason
 * codes are data. The words are `report/warningWording.ts`'s alone, so that text, JSON and PDF
 * say the same; add a code in `reasons.ts` and the compiler asks for its arguments here.
 */
export interface WarningArgs {
  EXEMPTION_UNKNOWN_STAFF: FamilyLinkArgs;
  EXEMPTION_UNKNOWN_PUPIL: FamilyLinkArgs;
  EXEMPTION_REVIEW_DUE: FamilyLinkArgs & { reviewOn: string };
  EXEMPTION_PUPIL_OUT_OF_SCOPE: FamilyLinkArgs;
  /** A staff id in the connection lists; `staffList` is the staff file's name, where one was given. */
  CONNECTIONS_UNKNOWN_STAFF: { staffId: string; staffList?: string };
  /** `count` of the file's `of` connections could not be checked, and why (`accounts`). */
  CONNECTIONS_UNCHECKABLE: { count: number; of: number; accounts: UncheckableAccounts };
  /** `cut-off`: a CSV list's last row cut off part-way (`detail` says where); the rows above it were read. */
  FILE_UNREADABLE: {
    why: 'json' | 'damaged' | 'damaged-download' | 'cut-off' | 'password' | 'nested-zip';
    detail?: string;
  };
  FILE_NOT_RECOGNISED: NotRecognisedArgs;
  /** A platform id (`facebook`). */
  FILE_HTML_DOWNLOAD: { platform: string };
  DOWNLOAD_FILE_NOT_READ: { holds: string } | UnreadFilesArgs;
  CONNECTION_DATES_UNREADABLE: { count: number; of: number; example: string };
  /** The pupil's repeat; `firstAt` is the `file:line` of the record kept. */
  DUPLICATE_PUPIL: PupilArgs & { firstAt: string };
  DOB_UNREADABLE:
    | { why: 'not-a-date'; value: string }
    | (PupilIdArgs & { why: 'after-audit-date' | 'after-leaving-date'; dob: string; date: string });
  DOB_COLUMN_MISSING: { pupils: number };
  FILE_READ_WITH_ASSUMPTION: FileAssumption;
  /** `file` is the leavers list the pupil is on. */
  LEAVING_DATE_MISSING: PupilArgs & { file: string };
  NO_CONNECTIONS: Record<string, never>;
  ROW_SKIPPED: Record<string, never>;
  DECISION_STALE: StaleDecisionArgs;
  DECISIONS_DISAGREE: DecisionsDisagreeArgs;
  /** Characters (code points) a PDF's fonts cannot draw, shown as `mark`, and where in the report. */
  GLYPH_REPLACED: { where: string; codePoints: number[]; mark: string };
  /** A text of `length` characters shortened to `kept` in a PDF's table, and where in the report. */
  TEXT_SHORTENED: { where: string; length: number; kept: number };
  STAFF_SCHOOL_UNKNOWN: { staffId: string; staffName: string; school?: string; rollSchools: string[] };
  PUPIL_SCHOOL_MISSING: { pupils: number };
  /**
   * `--trust-wide` where no member of staff or no pupil has a school: `staffList` is the staff list
   * naming no school (`noStaffList`: none was given), `rolls` the rolls' files where none names one.
   */
  TRUST_WIDE_WITHOUT_SCHOOLS: { staffList?: string; noStaffList?: true; rolls?: string[] };
  /**
   * A pupil id in `file` (exemptions.csv or decisions.csv) not on the roll but for its leading zeros (a spreadsheet
   * drops them from numbers): `applied` where one roll id fits (`rollIds[0]`, taken instead), not where several do.
   */
  PUPIL_ID_LEADING_ZEROS: {
    file: string;
    kind: 'exemption' | 'decision';
    staffId: string;
    given: string;
    rollIds: string[];
    applied: boolean;
  };
  /** One connection on a member of staff's lists more than once (`againAt`, each `file:line`): one finding, at `firstAt`. */
  CONNECTION_LISTED_AGAIN: PupilArgs & {
    staffId: string;
    staffName: string;
    platform: string;
    account: string;
    firstAt: string;
    againAt: string[];
  };
}

/** A warning as the audit raises it. */
export type Warning = { [C in WarningCode]: { code: C; args: WarningArgs[C] } }[WarningCode];

/** The people a family link names: ids always, names where the staff list and the roll know them. */
export interface FamilyLinkArgs {
  staffId: string;
  pupilId: string;
  staffName?: string;
  pupilName?: string;
}

export interface PupilIdArgs {
  pupilId: string;
}

export interface PupilArgs extends PupilIdArgs {
  pupilName: string;
}

/** Why connections could not be checked: nameless rows, LinkedIn's hidden members, X's bare account numbers. */
export type UncheckableAccounts = 'unnamed' | 'hidden-members' | 'x-followers' | 'x-following';

export type NotRecognisedArgs =
  /** `empty`: nothing in the file but white space or a byte-order mark (a download or copy that never came). */
  | { why: 'media' | 'not-a-list' | 'empty-zip' | 'empty' }
  /** A file known by name that no longer holds `expected` in the shape the tool knows. */
  | { why: 'unexpected-shape'; expected: string }
  /** None of a download's `files` is a list; `examples` are a few of them. */
  | { why: 'no-list-in-download'; files: number; examples: string[] };

/** A download's files passed over as holding no connections, by what they seem to hold. */
export interface UnreadFilesArgs {
  files: number;
  /** Files named by what they hold, up to a dozen; `more` counts those of the kind not named. */
  groups: { holds: string; names: string[]; more: number }[];
  media: number;
  bulk: number;
}

export type FileAssumption =
  | { why: 'sheet'; sheet: string }
  | { why: 'ctf-leaving-date'; pupils: number; sent: string }
  /** A file not in UTF-8 taken to be `encoding`; `crOnly`: its lines end in a lone CR, as Mac Excel's do. */
  | { why: 'encoding'; encoding: 'windows-1252' | 'macintosh'; crOnly: boolean }
  /** The header row repeated below the first, on `lines` (files joined): read past. */
  | { why: 'repeated-header'; lines: number[] };

export interface StaleDecisionArgs {
  decision: string;
  decidedBy?: string;
  decidedOn?: string;
  staffName: string;
  /** `@username`, or the display name in quotes. */
  account: string;
  pupilName: string;
  changed: 'account' | 'pupil' | 'level';
  /** The account's name when the decision was taken. */
  accountName?: string;
}

/**
 * Rows of decisions.csv (`file`) that contradict each other, all set aside: `decisions`, rows saying the account
 * is a pupil and is not (or deciding one account and pupil differently); `pupils`, one account said to be
 * different pupils. An account with a username is one account on every staff member's list.
 */
export interface DecisionsDisagreeArgs {
  kind: 'decisions' | 'pupils';
  file: string;
  /** Whose lists the account is on, in the rows' order; `name` where the staff list gives it. */
  staff: { id: string; name?: string }[];
  /** A platform id (`facebook`). */
  platform: string;
  /** `@username`, or the display name in quotes. */
  account: string;
  /** Each row: its line, its connection_key, and what it decided by whom. */
  rows: {
    line: number;
    key: string;
    staffId: string;
    decision: string;
    pupilId: string;
    pupilName?: string;
    decidedBy?: string;
    decidedOn?: string;
  }[];
}
