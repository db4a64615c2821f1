import type { TextSource } from '../io/TextSource.js';
import type { Pupil } from '../model/records.js';
import { readRoll } from '../read/readRoll.js';
import { pupilDisplayName } from '../policy/pupilScope.js';
import type { WarningSink } from './WarningSink.js';

/**
 * All pupils from the roll and leavers exports, one record per id. A pupil listed twice keeps
 * the first record (the roll is usually given first); the repeat is a warning.
 */
export async function readPupils(rolls: readonly TextSource[], warnings: WarningSink): Promise<Pupil[]> {
  const byId = new Map<string, Pupil>();
  for (const source of rolls) {
    const read = await readRoll(source);
    // In a leavers list (nearly every row has a leaving date) a row without one is most likely a
    // leaver whose date was lost; counted as current it may be an adult flagged as a pupil.
    const leavers = read.filter((pupil) => pupil.leavingDate).length;
    const isLeaversList = read.length >= 5 && leavers >= 0.8 * read.length;
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
