import type { WarningCode } from '../model/reasons.js';

/**
 * What each kind of warning means, without the particulars: the redacted report shows these
 * instead of messages that may quote names, usernames or file paths.
 */
const WARNING_TEXT: Record<WarningCode, string> = {
  EXEMPTION_UNKNOWN_STAFF: 'A declared family link names a member of staff who is not on the staff list.',
  EXEMPTION_UNKNOWN_PUPIL: 'A declared family link names a pupil who is not on the roll.',
  EXEMPTION_REVIEW_DUE: 'A declared family link is due for review.',
  EXEMPTION_PUPIL_OUT_OF_SCOPE: 'A declared family link is for a pupil the policy no longer covers.',
  CONNECTIONS_UNKNOWN_STAFF: 'A connection list belongs to someone who is not on the staff list.',
  CONNECTIONS_UNCHECKABLE: 'Some connections could not be checked.',
  FILE_NOT_RECOGNISED: 'A file in the connections was not recognised and was not read.',
  FILE_HTML_DOWNLOAD: 'A platform download was in HTML rather than JSON and could not be read.',
  DOWNLOAD_FILE_NOT_READ: 'A file inside a platform download was not read; the warning says what it seems to hold.',
  CONNECTION_DATES_UNREADABLE: 'Some connections’ dates could not be read, so they were checked as if undated.',
  FILE_UNREADABLE: 'A connection file could not be read in full; its connections may not all have been checked.',
  DUPLICATE_PUPIL: 'A pupil appears on the roll more than once.',
  CONNECTION_LISTED_AGAIN: 'A connection is on a member of staff’s lists more than once; it is one finding.',
  DOB_UNREADABLE: 'A pupil’s date of birth could not be read.',
  DOB_COLUMN_MISSING: 'A roll has no date-of-birth column, so the checks that need a pupil’s age could not be made.',
  FILE_READ_WITH_ASSUMPTION:
    'A file was read with an assumption the warning states (a sheet chosen, a leaving date taken from the file, a text encoding judged from its bytes).',
  LEAVING_DATE_MISSING: 'A pupil in a leavers list has no leaving date, so is counted as a current pupil.',
  NO_CONNECTIONS: 'No connection list was read for a member of staff.',
  ROW_SKIPPED: 'A row of an input file was skipped.',
  DECISION_STALE: 'A review decision no longer matches a finding.',
  DECISIONS_DISAGREE:
    'Rows of the review decisions file contradict each other, so none of them is applied until the finding is decided again.',
  GLYPH_REPLACED: 'Characters the PDF’s font cannot draw are shown as a replacement mark.',
  TEXT_SHORTENED: 'A text too long for the PDF’s tables is shortened there.',
  STAFF_SCHOOL_UNKNOWN:
    'A member of staff has no school that the roll knows, so was checked against every pupil in the trust.',
  PUPIL_SCHOOL_MISSING: 'Pupils without a school on a trust’s roll were checked against every member of staff.',
  TRUST_WIDE_WITHOUT_SCHOOLS:
    'A --trust-wide audit whose staff list or roll names no school, so it was a single school’s audit in effect.',
  PUPIL_ID_LEADING_ZEROS:
    'A pupil id in the family links or review decisions differs from the roll’s only by leading zeros, as a spreadsheet saves numbers.',
};

export function describeWarningCode(code: WarningCode): string {
  return WARNING_TEXT[code];
}
