import { CancelledError, UserError } from '../errors.js';
import { FOLDER_FILES } from '../io/loadAuditFolder.js';
import type { AuditReport } from '../model/report.js';
import { findExemption } from '../prompts/addExemptionFlow.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { recordExemptionsFlow } from '../prompts/recordExemptionsFlow.js';
import { exemptionValues } from '../write/keptFileKinds.js';
import { type CliIO, isInteractive } from './CliIO.js';
import {
  changeTime,
  type FolderOptions,
  keptFilePath,
  loadPeople,
  openExemptionsFile,
  rollIds,
  saveExemptionsChange,
  startExemptionsChange,
  withRoll,
} from './exemptionsFolder.js';
import { say } from './say.js';

/** `audit --record-exemptions` asks questions, so it is refused up front where nobody can answer. */
export function checkCanRecordExemptions(
  io: CliIO,
  folder: string | undefined,
  options: { exemptions?: string },
): void {
  keptFilePath(folder, options.exemptions, FOLDER_FILES.exemptions, '--exemptions');
  if (!isInteractive(io) && io.stdin.isTTY && !io.env.CI) {
    // At a terminal with the report redirected (`> report.txt`): the questions need the screen.
    throw new UserError('--record-exemptions asks its questions on the screen, and the report is sent elsewhere', {
      hint: 'Write the report with --out FILE instead of `>` or `|`, so the questions can be asked here.',
    });
  }
  if (!isInteractive(io)) {
    throw new UserError('--record-exemptions asks questions, and this is not a terminal', {
      hint: 'In a script, record each link with `social-audit exemptions add FOLDER --staff-id … --pupil-id … --relationship …`.',
    });
  }
}

/**
 * After the report: offer to record a declared family link for each pair the audit found. The file's pupil ids
 * are read against the roll, as the audit and `exemptions add` read them: a link Excel saved as 123 is 00123's.
 */
export async function recordExemptionsAfterAudit(
  report: AuditReport,
  folder: string | undefined,
  options: FolderOptions & { out?: string },
  io: CliIO,
  kit?: PromptKit,
): Promise<void> {
  return recordLinks(report, folder, options, io, kit).catch((error: unknown) => {
    // "Nothing was changed" is about the family links: the report itself is whole, and where it is is said.
    if (!(error instanceof CancelledError) || error.hint !== undefined) throw error;
    throw new CancelledError(
      `No family link was recorded; the report is whole${options.out ? `, written to ${options.out}` : ', above'}.`,
    );
  });
}

async function recordLinks(
  report: AuditReport,
  folder: string | undefined,
  options: FolderOptions,
  io: CliIO,
  kit?: PromptKit,
): Promise<void> {
  if (report.findings.length === 0) return;
  const roll = rollIds(await loadPeople(io, folder, options, false));
  const {
    opened: asOpened,
    remembered,
    prompts,
    release,
  } = await startExemptionsChange(io, folder, options, kit, 'audit --record-exemptions');
  // At a terminal nothing is locked until saving; released here for form's sake.
  await release();
  const opened = await withRoll(asOpened, roll);
  const links = await recordExemptionsFlow(prompts(), {
    findings: report.findings,
    existing: opened.exemptions,
    today: io.today(),
    auditDate: report.auditDate,
    fileName: opened.name,
    ...(remembered ? { rememberedRecorder: remembered } : {}),
  });
  if (links.length === 0) return;
  const at = changeTime(io);
  // Read afresh after a colleague's save, a link they recorded too is kept once.
  await saveExemptionsChange(
    opened,
    () => openExemptionsFile(io, folder, options, roll),
    (into) => {
      for (const { exemption } of links) {
        if (into !== opened && findExemption(into.exemptions, exemption.staffId, exemption.pupilId)) continue;
        into.file.add(exemptionValues(exemption), { by: exemption.recordedBy!, at });
      }
      return true;
    },
    io.writeFs,
  );
  say(
    io.stdout,
    `Recorded ${links.length} family link${links.length === 1 ? '' : 's'} in ${opened.name}. The next audit lists ${links.length === 1 ? 'its' : 'their'} connections under the family links that exclude them.`,
  );
}
