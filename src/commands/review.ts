import type { Command } from 'commander';
import { describePupilStatus, describeSameAccountElsewhere, longDate } from '../audit/display.js';
import { quote, UserError } from '../errors.js';
import { FOLDER_FILES } from '../io/loadAuditFolder.js';
import { DECISION_KINDS, type DecisionKind, isDecisionKind } from '../model/records.js';
import type { AuditReport, PupilRef } from '../model/report.js';
import { connectionKey } from '../policy/applyDecisions.js';
import { describeEarlier, replacedBy } from '../prompts/describeEarlier.js';
import { askRecordedBy } from '../prompts/linkDetails.js';
import { carriedAnswers, describeCarried } from '../prompts/oneAccountOneAnswer.js';
import type { PromptKit } from '../prompts/PromptKit.js';
import { type ReviewAnswer, type ReviewItem, reviewFlow } from '../prompts/reviewFlow.js';
import type { PupilIdsOnRoll } from '../read/pupilIdsOnRoll.js';
import { KeptFile } from '../write/KeptFile.js';
import { DECISIONS_FILE } from '../write/keptFileKinds.js';
import { lockKeptFiles } from '../write/lockKeptFiles.js';
import { checkCanSave } from '../write/saveEdits.js';
import { adultDobOption, answerFromOptions, findingPupil } from './answerFromOptions.js';
import { type CliIO, isInteractive, resolvePath } from './CliIO.js';
import { ConflictingDecisions } from './conflictingDecisions.js';
import { describeReplaced } from './earlierDecision.js';
import { keptFilePath, openExemptionsFile, rememberedRecorder, rollIds, sayWarnings } from './exemptionsFolder.js';
import { findingNumber, findingNumbered } from './findingNumber.js';
import { interruptNote } from './interruptNote.js';
import { missingOptions, recorderOf } from './missingOptions.js';
import { refuseOptionsBeside } from './optionsForDecision.js';
import { promptsWhenAsked } from './promptsWhenAsked.js';
import { readSavedAudit, savedAuditNamed } from './readSavedAudit.js';
import { reportFolder } from './reportFolder.js';
import { reviewItems } from './reviewItems.js';
import { type ReviewFiles, readDecisionRows, saveReviewAnswers } from './saveReviewAnswers.js';
import { say } from './say.js';

export interface ReviewOptions {
  finding?: string;
  decision?: string;
  reason?: string;
  pupilId?: string;
  recordedBy?: string;
  relationship?: string;
  reviewOn?: string;
  note?: string;
  dob?: string;
  decisions?: string;
  exemptions?: string;
  /** Dismissing a FLAG overrules the audit: it must be said, with a reason. */
  overrule?: boolean;
}

export function registerReview(program: Command, io: CliIO): void {
  program
    .command('review')
    .summary('decide the findings left for review')
    .description(
      'Decide the findings an audit left for review: it is the pupil (a flag), it is not (dismissed), or a family link. Decisions go to decisions.csv and later audits apply them.',
    )
    // Optional to commander so that its absence is told with the hint a Headteacher needs; --help still says <audit.json>.
    .argument('[audit.json]', 'the audit report, written with `audit --format json --out audit.json`')
    .argument('[folder]', 'the audit folder the decisions belong to (default: the folder audit.json is in)')
    .option('--finding <n>', 'decide this finding (its number in the report’s findings, from 1)')
    .option('--decision <decision>', `${DECISION_KINDS.join(', ')}`)
    .option('--reason <text>', 'why (required to dismiss)')
    .option(
      '--overrule',
      'with dismiss, on a FLAG: overrule the audit (needs --reason; later reports list it as overruled)',
    )
    .option('--pupil-id <id>', 'with confirm or family: which of the finding’s pupils (default: the most likely)')
    .option('--recorded-by <name>', 'who decides (default: the name used last time, else the login name)')
    .option('--relationship <rel>', 'with family: as for `exemptions add`')
    .option('--review-on <date>', 'with family: when to review the link (default: a year after the audit’s date)')
    .option('--note <text>', 'with family: a note for the link')
    .option('--dob <date>', 'with adult: the former pupil’s date of birth, if known (DD/MM/YYYY or YYYY-MM-DD)')
    .option('--decisions <file>', 'the decisions file (default: FOLDER/decisions.csv)')
    .option('--exemptions <file>', 'the family links file (default: FOLDER/exemptions.csv)')
    .addHelpText(
      'after',
      `
Examples:
  social-audit review audit.json school/
  social-audit review audit.json school/ --finding 3 --decision dismiss --reason "her aunt, same name" --recorded-by "K. Head"
  social-audit review audit.json school/ --finding 6 --decision adult --dob 14/02/2007 --recorded-by "K. Head"

adult: a former pupil whose age the roll does not give is now 18 or over; later audits leave them out.

Exit status: 0 saved (or nothing to decide), 2 the command or its input is
wrong, 70 an internal error (a bug: its stack is printed), 130 cancelled at a
prompt (nothing saved).`,
    )
    .usage('[options] <audit.json> [folder]')
    .action(async (report: string | undefined, folder: string | undefined, options: ReviewOptions) => {
      process.exitCode = await review(savedAuditNamed(report, 'review'), folder, options, io);
    });
}

export async function review(
  reportPath: string,
  folder: string | undefined,
  options: ReviewOptions,
  io: CliIO,
  kit?: PromptKit,
): Promise<number> {
  const report = await readSavedAudit(io, reportPath, 'review');
  // The governors' copy names nobody: a decision taken on it would be keyed to "staff-1" and "pupil-2".
  if (report.redacted)
    throw new UserError(`${reportPath}: is a redacted report, which does not say who is who; nothing was written`, {
      hint: 'Review the full report the audit saved (`audit --format json --out audit.json`, without --redact).',
    });
  const { folder: auditFolder, people } = await reportFolder(io, report, reportPath, folder);
  const decisionsName = keptFilePath(auditFolder, options.decisions, FOLDER_FILES.decisions, '--decisions');
  await checkCanSave(resolvePath(io, decisionsName), decisionsName, io.writeFs);
  // A script holds both files from reading to saving, as `exemptions add` does; a person only while saving.
  const exemptionsName = keptFilePath(auditFolder, options.exemptions, FOLDER_FILES.exemptions, '--exemptions');
  const release =
    kit !== undefined || isInteractive(io)
      ? async () => undefined
      : await lockKeptFiles(
          [decisionsName, exemptionsName].map((name) => ({ path: resolvePath(io, name), name })),
          'review',
        );
  try {
    return await decide(report, reportPath, auditFolder, decisionsName, rollIds(people), options, io, kit);
  } finally {
    await release();
  }
}

async function decide(
  report: AuditReport,
  reportPath: string,
  auditFolder: string,
  decisionsName: string,
  roll: PupilIdsOnRoll,
  options: ReviewOptions,
  io: CliIO,
  kit?: PromptKit,
): Promise<number> {
  const today = io.today();
  const decisionsFile = await KeptFile.open(resolvePath(io, decisionsName), decisionsName, DECISIONS_FILE);
  // Rows that contradict each other apply to nothing: said first, and their findings asked again.
  const conflicting = new ConflictingDecisions();
  const decisions = decisionsFile.original
    ? await readDecisionRows(decisionsName, decisionsFile.original, roll, today, conflicting)
    : [];
  for (const line of conflicting.describe(report.findings, decisionsName)) say(io.stderr, line);
  const exemptions = await openExemptionsFile(io, auditFolder, options, roll);
  sayWarnings(io, exemptions.warnings);
  const remembered = await rememberedRecorder([decisionsFile.path, exemptions.file.path]);
  const interactive = kit !== undefined || isInteractive(io);
  const { recorder: decidedBy, recorderNote } = recorderOf(options.recordedBy, interactive, remembered, io);
  const decision = decisionOption(options, decidedBy, interactive);
  if (recorderNote) say(io.stderr, recorderNote);
  const byKey = new Map(decisions.map((d) => [d.key, d]));
  const item = reviewItems(report, { byKey, conflicting, decisionsName, exemptions: exemptions.exemptions });
  const numbered = (number: number): ReviewItem => item(findingNumbered(report, number), number);
  const out = (text: string): void => say(io.stdout, text);

  let answers: ReviewAnswer[];
  let by: string;
  const prompts = promptsWhenAsked(io, kit);
  if (options.finding !== undefined && decision !== undefined) {
    const chosen = numbered(findingNumber(options.finding, report));
    const { earlier, finding } = chosen;
    // An id typed as Excel shows it (`42` for `0042`), or in another case, is said as the pupil it is taken for.
    const pupil = options.pupilId === undefined ? undefined : findingPupil(chosen, options.pupilId);
    if (pupil && pupil.id !== options.pupilId?.trim())
      out(
        `--pupil-id ${quote(options.pupilId!)} is taken as ${pupil.id}: ${pupil.name}, ${describePupilStatus(pupil)}.`,
      );
    const dob = givenDob(options, decision, pupil ?? finding.pupil, today, chosen.number);
    // The same kind about another pupil (confirmed as one candidate, now as another) is a new decision; so is
    // another date of birth for a former pupil now grown.
    const sameRow =
      decision === 'dismiss' ||
      (earlier?.key === connectionKey(finding.staff.id, finding.connection, pupil?.id ?? finding.pupil.id) &&
        (dob === undefined || earlier.pupilDob === dob));
    if (earlier?.decision === decision && sameRow) {
      out(
        `Finding no. ${chosen.number} is already decided in ${decisionsName}${describeEarlier(earlier, finding)}; nothing was written.`,
      );
      return 0;
    }
    by = decidedBy ?? (await askRecordedBy(prompts(), remembered));
    const answer = await answerFromOptions(chosen, decision, options, {
      today,
      auditDate: report.auditDate,
      by,
      ...(interactive ? { kit: prompts() } : {}),
    });
    // A colleague's decision replaced is said: undone unawares, it is a decision nobody took.
    if (earlier) out(describeReplaced(chosen.number, earlier, answer, exemptions.name));
    const carried = carriedAnswers(answer);
    // Another of the finding's pupils said to be the account, said before saving as at the prompt.
    for (const given of [answer, ...carried])
      for (const row of given.decision === 'dismiss' ? (given.item.identified ?? []) : replacedBy(given))
        out(describeReplaced(given.item.number, row, given, exemptions.name));
    for (const line of describeCarried(carried)) out(line);
    // One school's copy of a trust's: the account's findings on other schools' lists are decided apart.
    if (finding.sameAccountElsewhere?.length) out(`${describeSameAccountElsewhere(finding.sameAccountElsewhere)}.`);
    answers = [answer, ...carried];
  } else {
    const items =
      options.finding !== undefined
        ? [numbered(findingNumber(options.finding, report))]
        : report.findings
            .map((f, i) => item(f, f.number ?? i + 1))
            .filter((i) => i.finding.level === 'review' || conflicting.about(i.finding));
    const flow = reviewFlow(
      prompts(),
      {
        items,
        reportName: reportPath,
        today,
        auditDate: report.auditDate,
        exemptions: exemptions.exemptions,
        decisionsName,
        exemptionsName: exemptions.name,
        ...(remembered ? { rememberedRecorder: remembered } : {}),
      },
      {
        ...(decidedBy ? { decidedBy } : {}),
        asking: (unsaved) => {
          interruptNote.about = unsaved;
        },
      },
    );
    const result = await flow.finally(() => {
      interruptNote.about = undefined;
    });
    if (result.kind !== 'save') return 0;
    answers = result.answers;
    by = result.decidedBy;
  }

  const files: ReviewFiles = {
    decisionsFile,
    decisionsName,
    decided: byKey,
    conflicting,
    exemptions,
    reopenExemptions: () => openExemptionsFile(io, auditFolder, options, roll),
    roll,
  };
  const ask = interactive ? (message: string) => prompts().confirm({ message, default: false }) : undefined;
  return saveReviewAnswers(answers, by, files, report.findings, io, ask);
}

/** `--decision`, read, with the options it needs; a script (not at a terminal) gives every one. */
function decisionOption(
  options: ReviewOptions,
  decidedBy: string | undefined,
  interactive: boolean,
): DecisionKind | undefined {
  const decision = options.decision?.toLowerCase();
  if (decision !== undefined && !isDecisionKind(decision)) {
    throw new UserError(`--decision ${quote(options.decision!)} is not one of ${DECISION_KINDS.join(', ')}`, {
      hint: 'confirm: it is the pupil; dismiss: it is not (with --reason); family: a declared family link (with --relationship); adult: a former pupil now 18 or over.',
    });
  }
  refuseOptionsBeside(options, decision);
  if (!interactive) {
    missingOptions('review', [
      ['--finding', options.finding],
      ['--decision', decision],
      ['--recorded-by', decidedBy],
      ...(decision === 'dismiss' ? [['--reason', options.reason?.trim()] as [string, unknown]] : []),
      ...(decision === 'family' ? [['--relationship', options.relationship] as [string, unknown]] : []),
    ]);
  }
  return decision;
}

/**
 * `--dob`, read: it goes only with `adult`, for a former pupil whose age the roll does not give. Beside another
 * decision it was dropped unsaid; the roll's date of birth, where it gives one, is said beside the refusal.
 */
function givenDob(
  options: ReviewOptions,
  decision: DecisionKind,
  pupil: PupilRef,
  today: string,
  finding: number,
): string | undefined {
  if (options.dob === undefined) return undefined;
  if (decision !== 'adult') {
    const roll = pupil.dob ? `; the roll gives ${pupil.name}’s date of birth as ${longDate(pupil.dob)}` : '';
    throw new UserError(`--dob goes only with --decision adult, not ${decision}${roll}; nothing was written`, {
      hint: 'Give --dob only to record a former pupil whose age the roll does not give as now 18 or over.',
    });
  }
  return adultDobOption(options.dob, today, finding);
}
