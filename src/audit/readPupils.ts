import type { TextSource } from '../io/TextSource.js';
import type { Pupil } from '../model/records.js';
import { readRoll } from '../read/readRoll.js';
import type { WarningSink } from './WarningSink.js';

/**
 * All pupils from the roll and leavers exports, one record per id. A pupil listed twice keeps
 * the first record (the roll is usually given first); the repeat is a warning.
 */
export async function readPupils(rolls: readonly TextSource[], warnings: WarningSink): Promise<Pupil[]> {
  const byId = new Map<string, Pupil>();
  for (const source of rolls) {
    for (const pupil of await readRoll(source)) {
      const earlier = byId.get(pupil.id);
      if (earlier) {
        warnings.add('DUPLICATE_PUPIL', `pupil ${pupil.id} is also on ${earlier.source.file}:${earlier.source.line}; that record is used`, `${pupil.source.file}:${pupil.source.line}`);
        continue;
      }
      if (pupil.dobProblem) warnings.add('DOB_UNREADABLE', pupil.dobProblem, `${pupil.source.file}:${pupil.source.line}`);
      byId.set(pupil.id, pupil);
    }
  }
  return [...byId.values()];
}
