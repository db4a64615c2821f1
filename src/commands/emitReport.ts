import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { UserError } from '../errors.js';
import { inputOverwrittenBy, isFolder } from '../io/outputTarget.js';
import { writeFileAtomically } from '../io/writeOutput.js';
import type { AuditReport } from '../model/report.js';
import { inert, inertDeep } from '../report/inert.js';
import { REPORT_FORMATS, type ReportFormat, type TypedPaths } from '../report/Reporter.js';
import { redactReport } from '../report/redact.js';
import { partReporters, reporters } from '../report/reporters.js';
import { type CliIO, resolvePath, wantsColor } from './CliIO.js';
import { checkNotDocument } from './documentNamed.js';
import { say } from './say.js';
import { shownValue } from './shownValue.js';

export interface EmitOptions {
  format: ReportFormat;
  out?: string;
  // The commands pass their options on as commander gives them: an option not given is undefined.
  /** The governors' version: initials, year groups, no names (report/redact.ts). */
  redact?: boolean | undefined;
  /** For the PDF's cover block. */
  ranBy?: string | undefined;
  term?: string | undefined;
  /** The audit's folder and saved JSON report as typed, for the next steps' commands. */
  typed?: TypedPaths;
}

/** The options of every command that writes a report, beside --format and --out. */
export const redactOption = (): Option =>
  new Option(
    '--redact',
    'the governors’ version: staff as initials and role, pupils as year group and status, no names or usernames',
  );
export const ranByOption = (): Option =>
  new Option('--ran-by <name>', 'who carried out the audit, for the PDF’s cover').argParser(shownValue);
/** A trust's name, which the folder's name (`trust/`: Trust) seldom is. */
export const trustOption = (): Option =>
  new Option(
    '--trust <name>',
    'a trust’s name, to head the whole audit’s report and each school’s (“from the audit of NAME”) in place of the folder’s',
  ).argParser(shownValue);
export const termOption = (): Option =>
  new Option('--term <term>', 'the term the audit is for, e.g. "Autumn term 2026", for the PDF’s cover').argParser(
    shownValue,
  );

/** --format; without it the report is text, or what --out's name asks for (formatFor). */
export const formatOption = (): Option =>
  new Option('--format <format>', 'report format (default: text, or pdf, json or csv as --out’s name ends)')
    .choices(REPORT_FORMATS)
    .argParser(reportFormatOf);

/** `--format PDF` is what a person types after reading "PDF" in the README: any case is the format. */
function reportFormatOf(value: string): ReportFormat {
  const format = REPORT_FORMATS.find((known) => known === value.toLowerCase());
  if (format === undefined) throw new InvalidArgumentError(`Allowed choices are ${REPORT_FORMATS.join(', ')}.`);
  return format;
}

/**
 * The format asked for: `--out audit.pdf` alone is a PDF, never text in a file named .pdf; `--out audit.docx` alone
 * is refused (`checkNotDocument`).
 */
export function formatFor(format: ReportFormat | undefined, out: string | undefined): ReportFormat {
  if (format === undefined) checkNotDocument(out);
  return format ?? formatNamed(out) ?? 'text';
}

/** The report format a file's name ends with (`.pdf`, `.json`, `.csv`), if any. */
function formatNamed(out: string | undefined): ReportFormat | undefined {
  const ending = out === undefined ? '' : path.extname(out).slice(1).toLowerCase();
  return REPORT_FORMATS.find((known) => known === ending && known !== 'text');
}

/**
 * A PDF never goes to a terminal; said before any work is done, so commands call this first. An
 * explicit --format wins over --out's name, but a CSV named .pdf would reach the governors as a
 * PDF that does not open: said on standard error, where a script's log keeps it.
 */
export function checkDestination(options: { format: ReportFormat; out?: string | undefined }, io: CliIO): void {
  if (options.format === 'pdf' && options.out === undefined && io.stdout.isTTY) {
    throw new UserError('a PDF cannot be shown on the terminal', {
      hint: 'Add --out FILE (e.g. --out audit.pdf), or send the output to a file or another program.',
    });
  }
  // A folder where the report would go was found only once the audit was done: on a trust, minutes later.
  if (options.out !== undefined && isFolder(resolvePath(io, options.out))) {
    const example = path.join(options.out, `audit.${options.format === 'text' ? 'txt' : options.format}`);
    throw new UserError(`--out ${options.out}: is a folder, not a file; nothing was written`, {
      hint: `Give a file's name, e.g. --out ${example}.`,
    });
  }
  const named = formatNamed(options.out);
  if (named !== undefined && named !== options.format) {
    const ending = path.extname(options.out!);
    say(
      io.stderr,
      `! --out ${options.out}: written as ${FORMAT_NAMES[options.format]} (--format ${options.format}), though its name ends ${ending}, which is read as ${FORMAT_NAMES[named]}; name it ${options.out!.slice(0, -ending.length)}.${options.format === 'text' ? 'txt' : options.format}, or leave out --format`,
    );
  }
}

const FORMAT_NAMES: Record<ReportFormat, string> = { text: 'text', json: 'JSON', csv: 'CSV', pdf: 'a PDF' };

/**
 * A report written over one of the files it was made from (`--out roll.csv`, or a link to it)
 * would lose the school's data: refused before any work is done. `folders` are read whole
 * (connections/); change logs count as inputs.
 */
export function checkOutIsNoInput(
  out: string | undefined,
  inputs: { files: readonly string[]; folders?: readonly string[] },
): void {
  if (out === undefined) return;
  const input = inputOverwrittenBy(out, inputs);
  if (input !== undefined) {
    throw new UserError(`--out ${out} would overwrite ${input}, which the report is made from`, {
      hint: 'Write the report to a new file, e.g. --out audit-report.txt, outside the connections folder.',
    });
  }
}

/**
 * Columns for a text report: the terminal's; in a pipe or a file COLUMNS where set, else the
 * terminal's still on standard error (`| less` is read there), else 100.
 */
export function reportWidth(io: CliIO): number {
  const columns = Number(io.env.COLUMNS);
  if (io.stdout.columns) return io.stdout.columns;
  if (Number.isInteger(columns) && columns > 0) return columns;
  return (io.stderr.isTTY && io.stderr.columns) || 100;
}

/**
 * Renders a report and sends it to --out (atomically) or standard output. The command has called
 * checkDestination before any work, so its warning is said once, quoting --out as typed.
 */
export async function emitReport(report: AuditReport, options: EmitOptions, io: CliIO): Promise<void> {
  const reporter = reporters[options.format];
  const toFile = options.out !== undefined;
  const shown = options.redact ? redactReport(report) : report;
  const parts = partReporters[options.format];
  if (options.out !== undefined && parts) {
    // Written as it is made: a trust's report is tens of megabytes (docs/performance.md, mem6).
    await writeFileAtomically(options.out, parts(shown));
    reportWritten(shown, options, io);
    return;
  }
  // A CSV keeps the names' exact text, escape sequences too: on a terminal they would act, so there they are shown.
  const onTerminal = !toFile && options.format === 'csv' && io.stdout.isTTY === true;
  const output = await reporter(onTerminal ? inertDeep(shown) : shown, {
    color: !toFile && options.format === 'text' && wantsColor(io),
    width: reportWidth(io),
    ...(options.ranBy !== undefined ? { ranBy: options.ranBy } : {}),
    ...(options.term !== undefined ? { term: options.term } : {}),
    ...(options.typed !== undefined ? { typed: options.typed } : {}),
  });
  if (options.out !== undefined) {
    await writeFileAtomically(options.out, output);
    reportWritten(shown, options, io);
  } else {
    io.stdout.write(output);
  }
}

/**
 * Said on standard error once the file is written, with how many warnings it holds; a CSV report has
 * no place for them (one row a finding), so there they are listed, where a script's log keeps them.
 */
function reportWritten(report: AuditReport, options: EmitOptions, io: CliIO): void {
  const { flag, review } = report.summary.findings;
  const warnings = report.warnings.length;
  const counted = warnings === 0 ? '' : `; ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
  const listed = options.format === 'csv' && warnings > 0 ? ', not in the CSV: listed below' : '';
  // Folded at a terminal, as every message is (say): at 40 columns the terminal broke "flagged" in two.
  say(
    io.stderr,
    `Report written to ${options.out} (${flag} flagged, ${review} for review${options.redact ? '; redacted' : ''}${counted}${listed}).`,
  );
  if (listed)
    for (const warning of report.warnings)
      say(io.stderr, `! ${inert(warning.message)}${warning.source ? ` (${inert(warning.source)})` : ''}`);
}
