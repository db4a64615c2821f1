/**
 * Reason codes are the data of a finding; their wording lives in `report/wording.ts` only.
 * Add a code here and the compiler asks for its wording there.
 */
export const REASON_CODES = [
  // How the name matched (match/)
  'NAME_EXACT',
  'PREFERRED_NAME',
  'NICKNAME',
  'SURNAME_FIRST',
  'MIDDLE_NAME',
  'ACCENTS_FOLDED',
  'DECORATED',
  'CONFUSABLE',
  'LEETSPEAK',
  'TYPO',
  'HANDLE',
  'HANDLE_YEAR_MATCHES_DOB',
  'HANDLE_YEAR_MATCHES_YEAR_GROUP',
  'PARTIAL_SURNAME',
  'INITIAL_SURNAME',
  'FORENAME_ONLY',
  'SHARED_NAME',
  'SHARES_STAFF_SURNAME',
  'NAME_VARIANT',
  'FULL_FORM_OF_NAME',
  'SOUNDS_LIKE',
  'TRANSLITERATED',
  'SURNAME_INITIAL',
  'UNEXPLAINED_WORDS',
  'ADULT_WORDS',
  'HANDLE_YEAR_NOT_DOB',
  // Why the policy cares (policy/)
  'CURRENT_PUPIL',
  'FORMER_PUPIL_UNDER_18',
  'FORMER_PUPIL_DOB_UNKNOWN',
  'CONFIRMED_EARLIER',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const WARNING_CODES = [
  'EXEMPTION_UNKNOWN_STAFF',
  'EXEMPTION_UNKNOWN_PUPIL',
  'EXEMPTION_REVIEW_DUE',
  'EXEMPTION_PUPIL_OUT_OF_SCOPE',
  'CONNECTIONS_UNKNOWN_STAFF',
  'CONNECTIONS_UNCHECKABLE',
  'FILE_UNREADABLE',
  'FILE_NOT_RECOGNISED',
  'FILE_HTML_DOWNLOAD',
  'DUPLICATE_PUPIL',
  'DOB_UNREADABLE',
  'NO_CONNECTIONS',
  'ROW_SKIPPED',
  'DECISION_STALE',
  'GLYPH_REPLACED',
  'TEXT_SHORTENED',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];
