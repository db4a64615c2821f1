import { InputError, quote } from '../errors.js';
import type { TextSource } from '../io/TextSource.js';
import { DECISION_KINDS, type Decision, isDecisionKind } from '../model/records.js';
import type { Warning } from '../model/warnings.js';
import { parseDateNear } from '../normalise/dates.js';
import { foldName, foldNameAsBefore } from '../normalise/names.js';
import { type ColumnAliases, mapColumns } from './csvTable.js';
import { decisionsDisagree, settleDecisionRows } from './decisionConflicts.js';
import { keptCell } from './formulaCells.js';
import type { PupilIdsOnRoll } from './pupilIdsOnRoll.js';
import { readCsvRows } from './readCsvRows.js';
import { withoutHeaderAgain } from './rolls/headerAgain.js';

export type DecisionField =
  | 'key'
  | 'staffId'
  | 'pupilId'
  | 'decision'
  | 'reason'
  | 'decidedOn'
  | 'decidedBy'
  | 'accountName'
  | 'pupilName'
  | 'pupilDob'
  | 'overruled';

/** A row of decisions.csv the tool would not have written: a hand edit. */
const WRITTEN_BY_REVIEW =
  'The tool writes this file: remove the row (and any other edited by hand), or record the decision again with `social-audit review`.';

/** decisions.csv, in the order the tool writes it. */
export const DECISION_COLUMNS: ColumnAliases<DecisionField> = {
  key: ['connection_key'],
  staffId: ['staff_id'],
  pupilId: ['pupil_id'],
  decision: ['decision'],
  reason: ['reason'],
  decidedOn: ['decided_on'],
  decidedBy: ['decided_by'],
  accountName: ['account_name'],
  pupilName: ['pupil_name'],
  pupilDob: ['pupil_dob'],
  overruled: ['overruled'],
};

export const DECISION_REQUIRED: readonly DecisionField[] = ['key', 'decision'];

/** Where the rows that contradict each other are told of, and the staff list that names their staff. */
export interface DecisionWarnings {
  add(warning: Warning, source?: string): void;
}

/** `review --overrule` writes the column; a row edited by hand is mended there or decided again. */
const OVERRULED =
  'The overruled column is "flag" on a dismissal that overruled a FLAG (`review --overrule`), else empty: mend the row, or delete it and decide the finding again with `social-audit review`.';

/**
 * Decisions taken at `review`. A later row for the same connection deciding the same way replaces an
 * earlier one (the tool writes one row per connection, but a hand-edited file may repeat one); rows that
 * contradict each other are set aside, each conflict told to `warnings` (`decisionConflicts.ts`). `near`: the
 * audit's day or today, by which dates with two-digit years are read.
 */
export async function readDecisions(
  source: TextSource,
  warnings?: DecisionWarnings,
  staff: readonly { id: string; name: string }[] = [],
  roll?: PupilIdsOnRoll,
  near?: string,
): Promise<Decision[]> {
  const rows: Decision[] = [];
  let columns: ReturnType<typeof mapColumns<DecisionField>> | undefined;
  let width = 0;
  for await (const row of withoutHeaderAgain(readCsvRows(source))) {
    if (!columns) {
      columns = mapColumns(source.name, row, DECISION_COLUMNS, DECISION_REQUIRED, 'a review decisions file');
      width = row.cells.length;
      continue;
    }
    // A row cut short (a crash, a hand edit) is told as such, not as an empty decision.
    const cut = DECISION_REQUIRED.filter((field) => columns![field]! >= row.cells.length);
    if (cut.length > 0) throw shortRow(source.name, row.line, row.cells.length, width, cut);
    const get = (field: DecisionField): string | undefined => keptCell(row, columns!, field);
    const key = get('key');
    const raw = get('decision');
    if (!key) throw new InputError(source.name, row.line, 'has no connection_key', WRITTEN_BY_REVIEW);
    const decision = raw?.toLowerCase();
    if (!isDecisionKind(decision)) {
      throw new InputError(
        source.name,
        row.line,
        `decision ${quote(raw ?? '')} is not one of ${DECISION_KINDS.join(', ')}`,
        WRITTEN_BY_REVIEW,
      );
    }
    const parts = key.split('|');
    const record: Decision = {
      key: keyAsNow(key, get('accountName')),
      staffId: get('staffId') ?? parts[0]!,
      pupilId: get('pupilId') ?? parts[parts.length - 1]!,
      decision,
      source: { file: source.name, line: row.line },
    };
    if (roll) alignToRoll(record, roll, source.name, warnings);
    for (const field of ['decidedOn', 'pupilDob'] as const) {
      const value = get(field);
      if (!value) continue;
      // Excel on a Mac saves dates with two-digit years: read by the day given (`near`), a birth before it.
      const iso = parseDateNear(value, near, field === 'pupilDob' ? 'birth' : 'kept');
      if (!iso)
        throw new InputError(
          source.name,
          row.line,
          `${DECISION_COLUMNS[field][0]} ${quote(value)} is not a date`,
          'Dates are YYYY-MM-DD or DD/MM/YYYY.',
        );
      record[field] = iso;
    }
    for (const field of ['reason', 'decidedBy', 'accountName', 'pupilName'] as const) {
      const value = get(field);
      if (value) record[field] = value;
    }
    const overruled = get('overruled')?.toLowerCase();
    if (overruled === 'flag') record.overruled = 'flag';
    else if (overruled !== undefined)
      throw new InputError(source.name, row.line, `overruled ${quote(overruled)} is not "flag" or empty`, OVERRULED);
    if (record.overruled && decision !== 'dismiss')
      throw new InputError(
        source.name,
        row.line,
        `overruled "flag" goes with the decision dismiss, not ${quote(decision)}`,
        OVERRULED,
      );
    rows.push(record);
  }
  const names = new Map(staff.map((member) => [member.id, member.name]));
  const { decisions, conflicts } = settleDecisionRows(rows, (id) => names.get(id));
  for (const conflict of conflicts) warnings?.add(decisionsDisagree(conflict), source.name);
  return decisions;
}

/**
 * A pupil id Excel stripped of its leading zeros (in pupil_id, or at the end of connection_key), taken as
 * the roll's where one roll id fits, with a warning that says so: the decision still applies.
 */
function alignToRoll(record: Decision, roll: PupilIdsOnRoll, file: string, warnings?: DecisionWarnings): void {
  const where = record.source && `${file}:${record.source.line}`;
  const about = { file, kind: 'decision', staffId: record.staffId } as const;
  const byColumn = roll.align(record.pupilId, about);
  const parts = record.key.split('|');
  const tail = parts[parts.length - 1]!;
  const byKey = tail === record.pupilId ? byColumn : roll.align(tail, about);
  record.pupilId = byColumn.id;
  if (byKey.id !== tail) record.key = [...parts.slice(0, -1), byKey.id].join('|');
  const warning = byColumn.warning ?? byKey.warning;
  if (warning) warnings?.add(warning, where);
}

/**
 * A connection key as this version writes it. Before 6 December 2026 a display name's invisible code points
 * and escapes were folded into the key (`ava smith` for `Ava\u200bSmith`, now `avasmith`): such a key is
 * read as the account name the row saved folds now, so that the decision still applies. Rows the tool
 * replaces are matched by this key too (review.ts).
 */
export function keyAsNow(key: string, accountName: string | undefined): string {
  if (accountName === undefined) return key;
  const parts = key.split('|');
  const at = parts.length - 2;
  if (at < 2 || parts[at]!.startsWith('@') || parts[at] !== foldNameAsBefore(accountName)) return key;
  parts[at] = foldName(accountName);
  return parts.join('|');
}

function shortRow(file: string, line: number, cells: number, width: number, cut: readonly DecisionField[]) {
  return new InputError(
    file,
    line,
    `has ${cells} of its ${width} columns: no ${cut.map((field) => DECISION_COLUMNS[field][0]).join(' or ')}`,
    'The row may have been cut short (a crash, an edit by hand): put its cells back, or delete the line and decide that finding again with `social-audit review`.',
  );
}
