import type { Pupil } from '../model/records.js';
import { pupilDisplayName } from '../policy/pupilScope.js';
import { readRollFile } from '../read/readRoll.js';
import type { FileSource } from '../read/rolls/TableImporter.js';
import type { WarningSink } from './WarningSink.js';

/**
 * All pupils from the roll and leavers exports, one record per id. A pupil listed twice keeps
 * the first record (the roll is usually given first); the repeat is a warning. Given the audit day, two-digit
 * years are read near it (readRollFile).
 */
export async function readPupils(
  rolls: readonly FileSource[],
  warnings: WarningSink,
  auditDate?: string,
): Promise<Pupil[]> {
  const byId = new Map<string, Pupil>();
  for (const source of rolls) {
    const file = await readRollFile(source, auditDate);
    const read = file.pupils;
    for (const note of file.notes) warnings.add({ code: 'FILE_READ_WITH_ASSUMPTION', args: note }, source.name);
    if (file.noDobColumn && read.length > 0) {
      warnings.add({ code: 'DOB_COLUMN_MISSING', args: { pupils: read.length } }, source.name);
    }
    // In a leavers list (nearly every row has a leaving date) a row without one is most likely a
    // leaver whose date was lost; counted as current it may be an adult flagged as a pupil.
    const leavers = read.filter((pupil) => pupil.leavingDate).length;
    const isLeaversList = file.leavers || (read.length >= 5 && leavers >= 0.8 * read.length);
    for (const pupil of read) {
      const earlier = byId.get(pupil.id);
      if (earlier) {
        warnings.add(
          {
            code: 'DUPLICATE_PUPIL',
            args: {
              pupilId: pupil.id,
              pupilName: pupilDisplayName(pupil),
              firstAt: `${earlier.source.file}:${earlier.source.line}`,
            },
          },
          `${pupil.source.file}:${pupil.source.line}`,
        );
        continue;
      }
      if (isLeaversList && !pupil.leavingDate) {
        warnings.add(
          {
            code: 'LEAVING_DATE_MISSING',
            args: { pupilId: pupil.id, pupilName: pupilDisplayName(pupil), file: source.name },
          },
          `${pupil.source.file}:${pupil.source.line}`,
        );
      }
      if (pupil.unreadableDob !== undefined)
        warnings.add(
          { code: 'DOB_UNREADABLE', args: { why: 'not-a-date', value: pupil.unreadableDob } },
          `${pupil.source.file}:${pupil.source.line}`,
        );
      byId.set(pupil.id, pupil);
    }
  }
  return [...byId.values()];
}
