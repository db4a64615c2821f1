import { InputError, quote } from '../errors.js';
import type { Exemption } from '../model/records.js';
import type { Warning } from '../model/warnings.js';
import { parseDateNear } from '../normalise/dates.js';
import { type ColumnAliases, mapColumns } from './csvTable.js';
import { keptCell } from './formulaCells.js';
import type { PupilIdsOnRoll } from './pupilIdsOnRoll.js';
import type { FileSource } from './rolls/TableImporter.js';
import { tableRows } from './rolls/tableRows.js';

export type ExemptionField = 'staffId' | 'pupilId' | 'relationship' | 'recordedOn' | 'recordedBy' | 'reviewOn' | 'note';

/** The contract's columns, in the order the tool writes them. */
export const EXEMPTION_COLUMNS: ColumnAliases<ExemptionField> = {
  staffId: ['staff_id'],
  pupilId: ['pupil_id', 'UPN'],
  relationship: ['relationship'],
  recordedOn: ['recorded_on'],
  recordedBy: ['recorded_by'],
  reviewOn: ['review_on'],
  note: ['note', 'notes'],
};

/** The roll, where known: a pupil id Excel stripped of its leading zeros is taken as the roll's, with a warning. */
export interface ExemptionRoll {
  roll: PupilIdsOnRoll;
  warn(warning: Warning, where: string): void;
}

/** `near`: the audit's day (or today), by which a two-digit year Excel saved is read (`1/9/26`). */
export async function readExemptions(source: FileSource, onRoll?: ExemptionRoll, near?: string): Promise<Exemption[]> {
  const exemptions: Exemption[] = [];
  let columns: ReturnType<typeof mapColumns<ExemptionField>> | undefined;
  // exemptions.xlsx is read as well as exemptions.csv; the tool only ever writes CSV.
  for await (const row of tableRows(source, EXEMPTION_COLUMNS, ['staffId', 'pupilId'])) {
    if (!columns) {
      columns = mapColumns(source.name, row, EXEMPTION_COLUMNS, ['staffId', 'pupilId'], 'an exemptions file');
      continue;
    }
    // The tool writes formula-like cells with an apostrophe in front (write/CsvDocument.ts).
    const get = (field: ExemptionField): string | undefined => keptCell(row, columns!, field);
    const staffId = get('staffId');
    const pupilId = get('pupilId');
    if (!staffId || !pupilId) {
      throw new InputError(
        source.name,
        row.line,
        `needs both staff_id and pupil_id (found ${quote(staffId ?? '')} and ${quote(pupilId ?? '')})`,
        'Fill in the ids of the member of staff and the pupil on that row (`social-audit exemptions list` shows them for the other links), or delete the row.',
      );
    }
    const aligned = onRoll?.roll.align(pupilId, { file: source.name, kind: 'exemption', staffId });
    if (aligned?.warning) onRoll!.warn(aligned.warning, `${source.name}:${row.line}`);
    const exemption: Exemption = {
      staffId,
      pupilId: aligned?.id ?? pupilId,
      relationship: get('relationship') ?? 'family',
      source: { file: source.name, line: row.line },
    };
    for (const field of ['recordedOn', 'reviewOn'] as const) {
      const raw = get(field);
      if (!raw) continue;
      const iso = parseDateNear(raw, near, 'kept');
      if (!iso)
        throw new InputError(
          source.name,
          row.line,
          `${field === 'recordedOn' ? 'recorded_on' : 'review_on'} ${quote(raw)} is not a date`,
          'Dates are YYYY-MM-DD or DD/MM/YYYY.',
        );
      exemption[field] = iso;
    }
    const recordedBy = get('recordedBy');
    if (recordedBy) exemption.recordedBy = recordedBy;
    const note = get('note');
    if (note) exemption.note = note;
    exemptions.push(exemption);
  }
  return exemptions;
}
