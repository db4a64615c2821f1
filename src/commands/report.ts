import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../errors.js';
import type { AuditReport } from '../model/report.js';
import type { ReportFormat, TypedPaths } from '../report/Reporter.js';
import { chooseSchool, emitBySchool } from './bySchool.js';
import { type CliIO, resolvePath } from './CliIO.js';
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
import { readSavedAudit, savedAuditNamed } from './readSavedAudit.js';
import { isAuditFolder } from './reportFolder.js';
import { shownValue } from './shownValue.js';

export interface ReportCommandOptions {
  /** Unset: text, or as --out's name ends (formatFor). */
  format?: ReportFormat | undefined;
  out?: string;
  redact?: boolean;
  school?: string;
  bySchool?: boolean;
  ranBy?: string;
  term?: string;
  trust?: string;
}

export function registerReport(program: Command, io: CliIO): void {
  program
    .command('report')
    .summary('render a saved JSON audit, e.g. as PDF')
    .description(
      'Render a saved audit (from `audit --format json`) again: as a PDF for the governors, redacted, or in another format.',
    )
    // Optional to commander so that its absence is told with a hint; --help still says <audit-json>.
    .argument('[audit-json]', 'the JSON report an audit wrote with --format json --out FILE')
    .addOption(formatOption())
    .option('--out <file>', 'write the report to this file instead of standard output (a PDF needs it on a terminal)')
    .addOption(redactOption())
    .option(
      '--school <name>',
      'a trust’s report: that school’s findings and counts only (a report naming no school: the name to head it with)',
      shownValue,
    )
    .option(
      '--by-school',
      'a trust’s report: one report per school, written into the folder --out names (a PDF each unless --format says)',
    )
    .addOption(trustOption())
    .addOption(ranByOption())
    .addOption(termOption())
    .addHelpText(
      'after',
      `
Exit status: 0 the report was written, 2 the command or the JSON file is wrong,
70 an internal error (a bug: its stack is printed).

Examples:
  social-audit report audit.json --format pdf --out audit.pdf --term "Autumn term 2026" --ran-by "J. Smith"
  social-audit report audit.json --format pdf --redact --out audit-governors.pdf
  social-audit report trust.json --school "St Mary's" --format pdf --out st-marys.pdf
  social-audit report trust.json --by-school --redact --out governors/`,
    )
    .usage('[options] <audit-json>')
    .action(async (file: string | undefined, options: ReportCommandOptions) => {
      process.exitCode = await report(savedAuditNamed(file, 'report'), options, io);
    });
}

/** Renders a saved JSON report as the command does and returns the exit status. */
async function report(file: string, options: ReportCommandOptions, io: CliIO): Promise<number> {
  const resolve = (p: string): string => resolvePath(io, p);
  if (options.bySchool) return reportBySchool(file, options, io);
  const format = formatFor(options.format, options.out);
  checkDestination({ format, out: options.out }, io);
  checkOutIsNoInput(options.out && resolve(options.out), { files: [resolve(file)] });
  const saved = named(await readSavedAudit(io, file, 'report'), options.trust);
  const { redact, ranBy, term } = options;
  const shown = options.school !== undefined ? chooseSchool(saved, options.school, file) : saved;
  await emitReport(
    shown,
    {
      format,
      ...(options.out !== undefined ? { out: resolve(options.out) } : {}),
      redact,
      ranBy,
      term,
      typed: await typedReport(io, file),
    },
    io,
  );
  return 0;
}

/** The saved report as typed, and its folder where it is an audit folder (`review` finds it there): the next steps' commands. */
async function typedReport(io: CliIO, file: string): Promise<TypedPaths> {
  const folder = path.dirname(file);
  return (await isAuditFolder(io, folder)) ? { saved: file, folder } : { saved: file, savedApart: true };
}

/** `--by-school --out FOLDER`: every school's report, one file each, for a script sending each governing body its own. */
async function reportBySchool(file: string, options: ReportCommandOptions, io: CliIO): Promise<number> {
  if (options.school !== undefined)
    throw new UserError('--by-school writes every school’s report; --school NAME writes one: give one of the two', {
      hint: 'e.g. social-audit report trust.json --by-school --out governors/, or social-audit report trust.json --school "St Mary\'s" --out st-marys.pdf',
    });
  if (options.out === undefined)
    throw new UserError('--by-school needs --out FOLDER, the folder to write each school’s report into', {
      hint: 'e.g. social-audit report trust.json --by-school --redact --out governors/',
    });
  const format = options.format ?? 'pdf';
  const saved = named(await readSavedAudit(io, file, 'report'), options.trust);
  const { redact, ranBy, term } = options;
  await emitBySchool(
    saved,
    { path: resolvePath(io, options.out), shownAs: options.out },
    { format, redact, ranBy, term, typed: await typedReport(io, file) },
    [resolvePath(io, file)],
    io,
  );
  return 0;
}

/** `--trust NAME`: the saved report headed with the trust's name rather than the folder's it was audited from. */
function named(saved: AuditReport, trust: string | undefined): AuditReport {
  return trust === undefined ? saved : { ...saved, school: trust };
}
