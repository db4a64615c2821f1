import type { Pupil } from '../model/records.js';
import { readRollFile } from '../read/readRoll.js';
import { pupilDisplayName } from '../policy/pupilScope.js';
import type { FileSource } from '../read/rolls/TableImporter.js';
import type { WarningSink } from './WarningSink.js';

/**
 * All pupils from the roll and leavers exports, one record per id. A pupil listed twice keeps
 * the first record (the roll is usually given first); the repeat is a warning.
 */
export async function readPupils(rolls: readonly FileSource[], warnings: WarningSink): Promise<Pupil[]> {
  const byId = new Map<string, Pupil>();
  for (const source of rolls) {
    const file = await readRollFile(source);
    const read = file.pupils;
    for (const note of file.notes) warnings.add('FILE_READ_WITH_ASSUMPTION', note, source.name);
    if (file.noDobColumn && read.length > 0) {
      warnings.add(
        'DOB_COLUMN_MISSING',
        `no date-of-birth column, so ${read.length === 1 ? 'its pupil has' : `its ${read.length} pupils have`} no age: a former pupil's age cannot be told (every one is reported for review, adults included), a connection made before the pupil was born cannot be set aside, and one made before the pupil was 4 (or under a platform's minimum age) is not marked; export the roll again with "Date of Birth"`,
        source.name,
      );
    }
    // In a leavers list (nearly every row has a leaving date) a row without one is most likely a
    // leaver whose date was lost; counted as current it may be an adult flagged as a pupil.
    const leavers = read.filter((pupil) => pupil.leavingDate).length;
    const isLeaversList = file.leavers || (read.length >= 5 && leavers >= 0.8 * read.length);
    for (const pupil of read) {
      const earlier = byId.get(pupil.id);
      if (earlier) {
        warnings.add('DUPLICATE_PUPIL', `${pupilDisplayName(pupil)} (pupil ${pupil.id}) is also on ${earlier.source.file}:${earlier.source.line}; that record is used`, `${pupil.source.file}:${pupil.source.line}`);
        continue;
      }
      if (isLeaversList && !pupil.leavingDate) {
        warnings.add('LEAVING_DATE_MISSING', `${pupilDisplayName(pupil)} (pupil ${pupil.id}) has no leaving date, unlike the rest of ${source.name}, so is counted as a current pupil; check their record`, `${pupil.source.file}:${pupil.source.line}`);
      }
      if (pupil.dobProblem) warnings.add('DOB_UNREADABLE', pupil.dobProblem, `${pupil.source.file}:${pupil.source.line}`);
      byId.set(pupil.id, pupil);
    }
  }
  return [...byId.values()];
}
