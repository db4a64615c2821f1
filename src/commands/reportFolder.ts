import path from 'node:path';
import { UserError } from '../errors.js';
import { nodeFileSystem } from '../io/FileSystem.js';
import { FOLDER_FILES } from '../io/loadAuditFolder.js';
import type { AuditReport } from '../model/report.js';
import { longDate } from '../report/wording.js';
import { type CliIO, resolvePath } from './CliIO.js';
import { loadPeople, type People } from './exemptionsFolder.js';

/**
 * The audit folder a saved report's decisions go to: FOLDER, or else the report's own. A report of
 * another school's folder is refused before anything is asked: its decisions would be keyed to
 * pupils and staff this folder's audits never meet, and its family links would exempt nobody here.
 * A report some of whose pupils have since left the roll is still this school's. The folder's roll and
 * staff list come with it: the kept files' pupil ids are read against the roll as the audit reads them.
 */
export async function reportFolder(
  io: CliIO,
  report: AuditReport,
  reportPath: string,
  given: string | undefined,
): Promise<{ folder: string; people: People }> {
  const folder = given ?? (await folderOf(io, reportPath));
  const people = await loadPeople(io, folder, {}, false);
  checkSameSchool(people, report, reportPath, folder);
  return { folder, people };
}

function checkSameSchool(people: People, report: AuditReport, reportPath: string, folder: string): void {
  if (report.findings.length === 0) return;
  const of = `${reportPath} (${[report.school, longDate(report.auditDate)].filter(Boolean).join(', ')})`;
  const hint = `Give the folder its audit was run on: social-audit review ${reportPath} FOLDER`;
  if (people.pupils) {
    const known = new Set<string>();
    for (const pupil of people.pupils)
      for (const id of [pupil.id, pupil.upn, pupil.admissionNumber]) if (id) known.add(id);
    // Current pupils only: a school's former pupils may be on a leavers list the audit was given from elsewhere.
    const pupilIds = report.findings
      .flatMap((f) => [f.pupil, ...(f.otherCandidates ?? []).map((c) => c.pupil)])
      .filter((pupil) => pupil.status === 'current')
      .map((pupil) => pupil.id);
    if (pupilIds.length > 0 && !pupilIds.some((id) => known.has(id)))
      throw new UserError(
        `${of} is not a report of ${folder}: none of the current pupils its findings name is on the roll in ${folder}; nothing was written`,
        { hint },
      );
  }
  if (people.staff) {
    const known = new Set(people.staff.map((member) => member.id));
    if (!report.findings.some((f) => known.has(f.staff.id)))
      throw new UserError(
        `${of} is not a report of ${folder}: none of the staff its findings name is on the staff list in ${folder}; nothing was written`,
        { hint },
      );
  }
}

/** Whether a folder holds a roll, as an audit folder does: where a saved report may be reviewed without naming FOLDER. */
export async function isAuditFolder(io: CliIO, folder: string): Promise<boolean> {
  const kinds = await Promise.all(
    FOLDER_FILES.rolls.map((name) => nodeFileSystem.kind(path.join(resolvePath(io, folder), name))),
  );
  return kinds.includes('file');
}

/** Without a FOLDER, the report's own folder, if it is an audit folder; guessing wrong would put decisions where no audit reads them. */
async function folderOf(io: CliIO, reportPath: string): Promise<string> {
  const folder = path.dirname(reportPath);
  if (await isAuditFolder(io, folder)) return folder;
  throw new UserError(
    `which audit folder are these decisions for? ${folder === '.' ? 'This folder' : folder} has no roll.csv`,
    {
      hint: `Name it after the report: social-audit review ${reportPath} FOLDER`,
    },
  );
}
