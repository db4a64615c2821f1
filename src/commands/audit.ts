import path from 'node:path';
import type { Command } from 'commander';
import { runAudit } from '../audit/runAudit.js';
import { schoolKey } from '../audit/SchoolMatchers.js';
import { quote, UserError } from '../errors.js';
import { nodeFileSystem } from '../io/FileSystem.js';
import { FOLDER_FILES, loadAuditFolder } from '../io/loadAuditFolder.js';
import type { AuditReport } from '../model/report.js';
import { readTypedDate, typedDateHint } from '../prompts/typedDate.js';
import { readAuditJson } from '../read/readAuditJson.js';
import type { ReportFormat } from '../report/Reporter.js';
import { longDate } from '../report/wording.js';
import { changeLogPath } from '../write/changeLog.js';
import { chooseSchool } from './bySchool.js';
import { type CliIO, resolvePath } from './CliIO.js';
import { collect } from './collect.js';
import {
  checkDestination,
  checkOutIsNoInput,
  emitReport,
  formatFor,
  formatOption,
  ranByOption,
  redactOption,
  termOption,
  trustOption,
} from './emitReport.js';
import { checkCanRecordExemptions, recordExemptionsAfterAudit } from './exemptionsAfterAudit.js';
import { inFolderTerms } from './inFolderTerms.js';
import { inOptionTerms } from './inOptionTerms.js';
import { progressLine } from './progressLine.js';
import { isAuditFolder } from './reportFolder.js';
import { shownValue } from './shownValue.js';

export interface AuditCommandOptions {
  roll?: string[];
  connections?: string[];
  staff?: string;
  exemptions?: string;
  decisions?: string;
  date?: string;
  /** Unset: text, or as --out's name ends (formatFor). */
  format?: ReportFormat | undefined;
  out?: string;
  school?: string;
  trustWide?: boolean;
  progress?: boolean;
  recordExemptions?: boolean;
  redact?: boolean;
  ranBy?: string;
  term?: string;
  compare?: string;
  trust?: string;
}

export function registerAudit(program: Command, io: CliIO): void {
  program
    .command('audit')
    .summary('check staff’s lists against the roll')
    .description('Check staff connection lists against the pupil roll and report who is connected to whom.')
    .argument(
      '[folder]',
      'audit folder: roll.csv, leavers.csv, staff.csv, exemptions.csv, decisions.csv (written by review), connections.csv, connections/ (or connections.zip); workbooks and other exports are recognised by what they hold',
    )
    .option(
      '--roll <file>',
      'pupil roll or leavers export (repeatable; replaces the folder’s roll.csv and leavers.csv)',
      collect,
    )
    .option('--connections <path>', 'connection list file or folder (repeatable; replaces the folder’s)', collect)
    .option('--staff <file>', 'staff list (replaces the folder’s staff.csv)')
    .option('--exemptions <file>', 'declared family links (replaces the folder’s exemptions.csv)')
    .option('--decisions <file>', 'review decisions (replaces the folder’s decisions.csv)')
    .option('--date <date>', 'the day the audit is taken on, DD/MM/YYYY, DD/MM/YY or YYYY-MM-DD (default: today)')
    .addOption(formatOption())
    .option('--out <file>', 'write the report to this file instead of standard output')
    .option(
      '--compare <previous.json>',
      'an earlier audit’s JSON report: mark each finding new or continuing, and list those resolved since, with why',
    )
    .option(
      '--school <name>',
      'in a trust, report that school’s findings and counts only; otherwise the name to head the report with (default: the folder’s name)',
      shownValue,
    )
    .option('--trust-wide', 'in a trust, check every member of staff against every pupil, not only their own school’s')
    .addOption(trustOption())
    .option('--progress', 'show progress on standard error even when it is not a terminal')
    .option(
      '--record-exemptions',
      'after the report, go through the findings and record the family links staff have declared (at a terminal)',
    )
    .addOption(redactOption())
    .addOption(ranByOption())
    .addOption(termOption())
    .addHelpText(
      'after',
      `
Exit status: 0 no findings, 1 at least one finding, 2 the command or its input
is wrong, 70 an internal error (a bug: its stack is printed), 130 cancelled at
a prompt.

Examples:
  social-audit audit school/
  social-audit audit school/ --date 2026-11-24 --format json --out audit.json
  social-audit audit school/ --compare last-term.json
  social-audit audit --roll roll.csv --roll leavers.csv --connections lists/ --staff staff.csv`,
    )
    .action(async (folder: string | undefined, options: AuditCommandOptions) => {
      process.exitCode = await audit(folder, options, io);
    });
}

/** Runs an audit as the command does and returns the exit status. */
export async function audit(folder: string | undefined, options: AuditCommandOptions, io: CliIO): Promise<number> {
  if (options.recordExemptions) checkCanRecordExemptions(io, folder, options);
  const format = formatFor(options.format, options.out);
  checkDestination({ format, out: options.out }, io);
  const auditDate = options.date === undefined ? io.today() : dateOption(options.date, io.today());
  if (folder === undefined && !options.roll?.length) {
    // Run from inside the audit folder (cd school): the command that audits it is `audit .`.
    const here = (await isAuditFolder(io, '.')) ? 'This folder holds a roll: `social-audit audit .` audits it. ' : '';
    throw new UserError('no audit folder or roll given', {
      hint: `${here}Run \`social-audit audit FOLDER\`, or give --roll and --connections. See \`social-audit audit --help\`.`,
    });
  }
  // Paths stay as the user typed them, so that messages quote them the same way.
  const resolve = (p: string): string => resolvePath(io, p);
  const inFolder = (name: string): string[] => (folder === undefined ? [] : [path.join(resolve(folder), name)]);
  checkOutIsNoInput(options.out && resolve(options.out), {
    files: [
      ...(options.roll ?? FOLDER_FILES.rolls.flatMap(inFolder)),
      ...(options.staff ? [options.staff] : inFolder(FOLDER_FILES.staff)),
      ...(options.exemptions ? [options.exemptions] : inFolder(FOLDER_FILES.exemptions)).flatMap((file) => [
        file,
        changeLogPath(file),
      ]),
      ...(options.decisions ? [options.decisions] : inFolder(FOLDER_FILES.decisions)).flatMap((file) => [
        file,
        changeLogPath(file),
      ]),
      ...(options.connections ?? FOLDER_FILES.connections.flatMap(inFolder)),
      ...(options.compare ? [options.compare] : []),
    ].map(resolve),
    folders: [...(options.connections ?? inFolder('connections'))].map(resolve),
  });
  // Read first: a wrong file is exit 2 before the audit's work is done.
  const previous =
    options.compare === undefined
      ? undefined
      : await readAuditJson(nodeFileSystem.source(resolve(options.compare), `--compare ${options.compare}`));
  // Files swapped: "resolved since" a date after the audit's own would read as news from the future.
  if (previous && previous.auditDate > auditDate)
    throw new UserError(
      `--compare ${options.compare}: is an audit of ${longDate(previous.auditDate)}, after this one’s date (${longDate(auditDate)})`,
      { hint: 'Give the earlier term’s JSON report to --compare (or the right --date for this audit).' },
    );
  // The governors' copy names nobody: every finding would be "new" and every earlier one "resolved".
  if (previous?.redacted)
    throw new UserError(`--compare ${options.compare}: is a redacted report, which does not say who is who`, {
      hint: 'Compare with the full JSON report the audit saved (`audit --format json --out audit.json`, without --redact).',
    });
  // One school's report holds its own findings only: compared with the trust's audit, every other school's would be new.
  const theirs = previous?.onlySchool?.school;
  if (theirs !== undefined && (options.school === undefined || schoolKey(options.school) !== schoolKey(theirs)))
    throw new UserError(`--compare ${options.compare}: is ${theirs}’s report alone, not the whole audit’s`, {
      hint: `Compare with the trust’s full JSON report, or add --school ${quote(theirs)} to compare that school’s.`,
    });
  const paths = {
    ...(folder !== undefined ? { folder: resolve(folder) } : {}),
    ...(options.roll ? { rolls: options.roll.map(resolve) } : {}),
    ...(options.connections ? { connections: options.connections.map(resolve) } : {}),
    ...(options.staff ? { staff: resolve(options.staff) } : {}),
    ...(options.exemptions ? { exemptions: resolve(options.exemptions) } : {}),
    ...(options.decisions ? { decisions: resolve(options.decisions) } : {}),
  };
  // A file of the folder is named in errors from where the folder was typed, as the report does not.
  const asTyped = (error: unknown): unknown => inFolderTerms(error, folder, Object.values(paths).flat());
  const inputs = await loadAuditFolder(nodeFileSystem, paths).catch((error: unknown) => {
    throw inOptionTerms(asTyped(error));
  });
  // Rolls and staff lists found by their content are known only now.
  checkOutIsNoInput(options.out && resolve(options.out), { files: inputs.files });
  const showProgress = options.progress === true || io.stderr.isTTY === true;
  // In a trust, --school picks one school's report out of the trust's, which keeps the folder's name.
  const school =
    options.trust ??
    (folder !== undefined ? schoolFromFolder(path.basename(path.resolve(resolvePath(io, folder)))) : undefined);
  const whole = await runAudit(inputs, {
    auditDate,
    ...(school ? { school } : {}),
    ...(previous ? { previous } : {}),
    ...(options.trustWide ? { trustWide: true } : {}),
    // The CLI's process is its own: a full collection after reading lowers a trust's peak (io/collectGarbage.ts).
    collectGarbage: true,
    ...(showProgress
      ? {
          onProgress: ({ connections, files }) => {
            progressLine.open = true;
            io.stderr.write(
              `\r${connections.toLocaleString('en-GB')} connections read from ${files} file${files === 1 ? '' : 's'}…`,
            );
          },
        }
      : {}),
  }).catch((error: unknown) => {
    throw asTyped(error);
  });
  if (showProgress) io.stderr.write(io.stderr.isTTY ? '\r\u001b[K' : '\n');
  progressLine.open = false;
  if (previous) checkSameSchool(previous, whole, options.compare!);
  checkSomethingChecked(
    whole,
    options.connections ??
      (folder !== undefined
        ? [`${folder} (${FOLDER_FILES.connections.map((name) => (name.includes('.') ? name : `${name}/`)).join(', ')})`]
        : []),
  );
  const { redact, ranBy, term } = options;
  const shown = options.school === undefined ? whole : chooseSchool(whole, options.school, 'the audit');
  const typed = folder !== undefined ? { typed: { folder } } : {};
  await emitReport(
    shown,
    { format, ...(options.out ? { out: resolve(options.out) } : {}), redact, ranBy, term, ...typed },
    io,
  );
  if (options.recordExemptions) await recordExemptionsAfterAudit(shown, folder, options, io);
  return shown.findings.length > 0 ? 1 : 0;
}

/**
 * Another school's report (a trust's files mixed up) shares no member of staff with this audit: compared, every
 * finding would be called new and every one of its own resolved. Staff come and go, but never all in a term.
 */
function checkSameSchool(previous: AuditReport, report: AuditReport, name: string): void {
  const staffOf = (r: AuditReport) =>
    new Set([...r.coverage.map((c) => c.staff.id), ...r.findings.map((f) => f.staff.id)]);
  const before = staffOf(previous);
  const now = staffOf(report);
  if (before.size === 0 || now.size === 0 || [...before].some((id) => now.has(id))) return;
  throw new UserError(
    `--compare ${name}: is not an earlier audit of these staff: none of its ${before.size} members of staff is in this audit; nothing was written`,
    { hint: 'Give this school’s own earlier JSON report (in a trust, each school keeps its own).' },
  );
}

/**
 * An audit that read no connection list, or lists that gave no connection to check (cut short, unreadable, a
 * header alone, X's account numbers), checked nothing: exit 2 rather than a report a script takes for a clean audit.
 */
function checkSomethingChecked(report: AuditReport, places: readonly string[]): void {
  const noList = report.warnings.some((warning) => warning.code === 'NO_CONNECTIONS');
  if (!noList && report.summary.connections > 0) return;
  const unreadable = report.warnings.filter((warning) => NOTHING_READ_FROM.has(warning.code));
  const unread = unreadable.length;
  // Why the first could not be read, where it is the only one or the first of a few: what to mend first.
  const first = unreadable[0];
  const why = first ? `\n  ${first.source ? `${first.source}: ` : ''}${first.message}` : '';
  const where = places.join(' or ') || 'the options given';
  const files = `${unread} file${unread === 1 ? '' : 's'}`;
  throw new UserError(
    noList
      ? `no connection list was found in ${where}${unread > 0 ? ` (${files} there could not be read as one)` : ''}: nothing was checked${why}`
      : `no connection could be read from the lists in ${where}${unread > 0 ? ` (${files} there read in part or not at all)` : ' (they hold a header and no rows)'}: nothing was checked${why}`,
    {
      hint: noList
        ? 'Put each member of staff’s lists or platform downloads in connections/ (one subfolder each) or connections.csv, or give them with --connections PATH. Lists that came as one ZIP of the connections folder are read as it: put the ZIP in the audit folder named connections.zip.'
        : 'Ask for the lists again (a whole download, with names or usernames), and run the audit again.',
    },
  );
}

/** Warnings that say a file gave no connection, or gave some that cannot be checked. */
const NOTHING_READ_FROM = new Set([
  'FILE_NOT_RECOGNISED',
  'FILE_UNREADABLE',
  'FILE_HTML_DOWNLOAD',
  'CONNECTIONS_UNCHECKABLE',
]);

/** `westacre-infant`, `hill view` → `Westacre Infant`, `Hill View`; a folder with a capital is left alone (`St John's RC`). */
function schoolFromFolder(name: string): string {
  if (/\p{Lu}/u.test(name)) return name;
  // Each word's first letter: `\b` knows only ASCII letters, and would make `école` `éCole` and `mary's` `Mary'S`.
  return name.replace(/[-_]+/g, ' ').replace(/(?<![\p{L}\p{M}\p{N}'’])\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/** `--date` as the prompts take dates: day first, a two-digit year this century or near it; what is not certain is refused. */
function dateOption(raw: string, today: string): string {
  const read = readTypedDate(raw, today, 'kept');
  if ('problem' in read)
    throw new UserError(`--date ${read.problem}`, { hint: typedDateHint('--date', 'the audit date', '2026-11-24') });
  return read.iso;
}
