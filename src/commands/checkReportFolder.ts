import { UserError } from '../errors.js';
import type { AuditReport } from '../model/report.js';
import { longDate } from '../report/wording.js';
import type { CliIO } from './CliIO.js';
import { loadPeople } from './exemptionsFolder.js';

/**
 * Refuses a saved report of another school's folder before anything is asked: its decisions would
 * be keyed to pupils and staff this folder's audits never meet, and its family links would exempt
 * nobody here. A report some of whose pupils have since left the roll is still this school's.
 */
export async function checkReportFolder(
  io: CliIO,
  report: AuditReport,
  reportPath: string,
  folder: string,
): Promise<void> {
  if (report.findings.length === 0) return;
  const people = await loadPeople(io, folder, {}, false);
  const of = `${reportPath} (${[report.school, longDate(report.auditDate)].filter(Boolean).join(', ')})`;
  const hint = `Give the folder its audit was run on: social-audit review ${reportPath} FOLDER`;
  if (people.pupils) {
    const known = new Set<string>();
    for (const pupil of people.pupils)
      for (const id of [pupil.id, pupil.upn, pupil.admissionNumber]) if (id) known.add(id);
    const pupilIds = report.findings.flatMap((f) => [f.pupil.id, ...(f.otherCandidates ?? []).map((c) => c.pupil.id)]);
    if (!pupilIds.some((id) => known.has(id)))
      throw new UserError(
        `${of} is not a report of ${folder}: none of the pupils its findings name is on the roll or leavers list in ${folder}; nothing was written`,
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
