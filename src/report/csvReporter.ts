import { stringify } from 'csv-stringify/sync';
import type { AuditReport, Finding } from '../model/report.js';
import { inertCell } from './inert.js';
import type { Reporter } from './Reporter.js';
import { describeReasons, describeWeighing, platformName } from './wording.js';

const CSV_COLUMNS: [string, (finding: Finding) => string | number | undefined][] = [
  ['level', (f) => f.level],
  ['staff_id', (f) => f.staff.id],
  ['staff_name', (f) => f.staff.name],
  ['staff_role', (f) => f.staff.role],
  ['pupil_id', (f) => f.pupil.id],
  ['pupil_name', (f) => f.pupil.name],
  ['pupil_status', (f) => f.pupil.status],
  ['pupil_age', (f) => f.pupil.age ?? undefined],
  ['pupil_year', (f) => f.pupil.yearGroup],
  ['platform', (f) => platformName(f.connection.platform)],
  ['display_name', (f) => f.connection.name],
  ['username', (f) => f.connection.username],
  ['profile_url', (f) => f.connection.profileUrl],
  ['relationship', (f) => f.connection.relationship],
  ['connected_on', (f) => f.connection.connectedOn],
  ['score', (f) => f.score.toFixed(2)],
  ['reasons', (f) => f.reasons.join(' ')],
  ['explanation', (f) => describeReasons(f.reasons)],
  ['other_candidates', (f) => f.otherCandidates?.map((c) => `${c.pupil.name} (${c.pupil.id})`).join('; ')],
  ['source', (f) => f.connection.source],
  // Added later, so at the end: scripts that read columns by position keep working.
  ['number', (f) => f.number],
  ['report_to', (f) => f.reportTo],
  ['change', (f) => f.change],
  ['weighed', (f) => describeWeighing(f)],
  ['same_account', (f) => f.sameAccount?.join(' ')],
  ['staff_school', (f) => f.staff.school],
  // A school's copy of a trust's report: how many other candidates it does not name, being other schools' pupils.
  ['other_candidates_left_out', (f) => f.otherCandidatesLeftOut],
  // And where the same account is another school's finding, by the trust's number (a decision here is not carried there).
  ['same_account_elsewhere', (f) => f.sameAccountElsewhere?.join(' ')],
  // A finding confirmed at an earlier review (CONFIRMED_EARLIER): who and when, as the text and PDF reports say.
  ['confirmed_by', (f) => (f.decision?.decision === 'confirm' ? f.decision.decidedBy : undefined)],
  ['confirmed_on', (f) => (f.decision?.decision === 'confirm' ? f.decision.decidedOn : undefined)],
];

/** Rows set out by one call: a trust's report is tens of megabytes, never held whole (see `csvParts`). */
const ROWS_AT_ONCE = 256;

const OPTIONS = {
  columns: CSV_COLUMNS.map(([name]) => name),
  escape_formulas: true,
  record_delimiter: 'windows',
} as const;

/**
 * One row per finding, for spreadsheets. Names come from social networks, so a cell that starts
 * like a formula (= + - @) is neutralised before Excel can run it; the BOM makes Excel read
 * the names as UTF-8.
 */
export const csvReporter: Reporter = (report) =>
  stringify(report.findings.map(csvRow), { ...OPTIONS, header: true, bom: true });

/** A finding's cells, text from the input shown as a spreadsheet should show it (`inertCell`). */
function csvRow(finding: Finding): (string | number)[] {
  return CSV_COLUMNS.map(([, get]) => {
    const value = get(finding) ?? '';
    return typeof value === 'string' ? inertCell(value) : value;
  });
}

/** The CSV report's text in parts, in order, as `csvReporter` writes it whole: for a writer to send to a file as they come. */
export function* csvParts(report: AuditReport): Generator<string> {
  const { findings } = report;
  for (let at = 0; at === 0 || at < findings.length; at += ROWS_AT_ONCE) {
    const rows = findings.slice(at, at + ROWS_AT_ONCE).map(csvRow);
    yield stringify(rows, { ...OPTIONS, header: at === 0, bom: at === 0 });
  }
}
