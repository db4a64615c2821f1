import path from 'node:path';
import anyAscii from 'any-ascii';
import { findingsWithoutSchool, recordsStaffSchools, reportForSchool, schoolsHeld } from '../audit/reportForSchool.js';
import { isUserError, quote, UserError } from '../errors.js';
import { makeFolder } from '../io/makeFolder.js';
import type { AuditReport } from '../model/report.js';
import type { ReportFormat } from '../report/Reporter.js';
import type { CliIO } from './CliIO.js';
import { collectingCloser } from './collectingCloser.js';
import { checkOutIsNoInput, type EmitOptions, emitReport } from './emitReport.js';
import { say } from './say.js';

/**
 * `--school NAME`: in a trust's report (one whose staff list names schools), that school's report
 * alone; a name it does not hold is exit 2 naming those it does. A report that names no school
 * (one school's audit) is only headed with the name, as before schools were told apart.
 */
export function chooseSchool(report: AuditReport, name: string, shownAs: string): AuditReport {
  const held = schoolsHeld(report);
  if (held.length === 0) return { ...report, school: name };
  checkStaffSchools(report, shownAs, `--school ${quote(name)}`);
  const chosen = reportForSchool(report, name);
  if (chosen) return chosen;
  throw new UserError(
    `--school ${quote(name)}: ${shownAs} holds no such school; it holds ${held.map((s) => quote(s)).join(', ')}`,
    {
      hint: 'Give one of those names (case and punctuation aside), or --by-school --out FOLDER for every school’s report.',
    },
  );
}

/** Each school's report, one file each in `folder`, named after the school (`schoolFileName`). */
export async function emitBySchool(
  report: AuditReport,
  folder: { path: string; shownAs: string },
  options: Omit<EmitOptions, 'out'>,
  inputs: readonly string[],
  io: CliIO,
): Promise<void> {
  const held = schoolsHeld(report);
  if (held.length === 0)
    throw new UserError('--by-school: the report names no school, so there is one report: the whole audit’s', {
      hint: 'A trust’s staff list needs a school column (and its rolls a School column) for each school’s report.',
    });
  checkStaffSchools(report, 'the report', '--by-school');
  await makeFolder(folder.path, folder.shownAs);
  const names = schoolFileNames(held, options.format, options.redact === true);
  const each = async (): Promise<void> => {
    for (const [i, school] of held.entries()) {
      const out = path.join(folder.path, names[i]!);
      checkOutIsNoInput(out, { files: inputs });
      try {
        await emitReport(reportForSchool(report, school)!, { ...options, out }, io);
      } catch (error) {
        throw isUserError(error) ? partlyWritten(error, names, i, folder.shownAs) : error;
      }
    }
  };
  // A PDF's layout leaves the most garbage; the other formats take seconds and little memory.
  await (options.format === 'pdf' ? collectingCloser(each) : each());
  const without = findingsWithoutSchool(report);
  if (without > 0)
    say(
      io.stderr,
      `! ${without} ${without === 1 ? 'finding is' : 'findings are'} of staff the staff list gives no school: in no school’s report, only the whole audit’s (${report.findings
        .filter((f) => !f.staff.school)
        .map((f) => f.number)
        .join(', ')})`,
    );
}

/**
 * One school's report could not be written (a full disk, a folder in the way): the schools' before it
 * were. A folder kept from term to term would hold this audit's reports beside an earlier one's, which
 * "nothing was written" would hide.
 */
function partlyWritten(error: UserError, names: readonly string[], failed: number, folder: string): UserError {
  const rest = names.slice(failed);
  const written = failed === 0 ? 'none was written' : `${failed} ${failed === 1 ? 'was' : 'were'} written (said above)`;
  return new UserError(
    `${error.message}. Of the ${names.length} schools’ reports, ${written}; ${rest.length} ${rest.length === 1 ? 'was' : 'were'} not: ${rest.join(', ')}`,
    {
      hint: `A file of those names already in ${folder} is an earlier report, not this audit’s. Mend this and run the command again: it writes every school’s report again.`,
      cause: error,
    },
  );
}

/** A trust's report that records no member of staff's school: split, every school's copy would hold nothing. */
function checkStaffSchools(report: AuditReport, shownAs: string, option: string): void {
  if (recordsStaffSchools(report)) return;
  throw new UserError(
    `${option}: ${shownAs} records no member of staff’s school, so no school’s findings can be told from another’s (each school’s report would be empty)`,
    {
      hint: 'Run the audit again with this version, with a school column in staff.csv (the report then records each member of staff’s school).',
    },
  );
}

const ENDINGS: Record<ReportFormat, string> = { text: 'txt', json: 'json', csv: 'csv', pdf: 'pdf' };

/**
 * A file name for each school that any system takes: letters and digits joined by `-` (no slashes,
 * dots, quotes or control characters), not a Windows device name, at most 80 characters, and never
 * two alike. `St Mary's C of E (Upper)` → `st-marys-c-of-e-upper.pdf`. Latin letters lose their accents
 * (`Ysgol Gymraeg Llŷn` → `ysgol-gymraeg-llyn.pdf`): a script's name typed on another system matches it byte
 * for byte (macOS keys accents decomposed, Linux compares bytes), and ZIP tools and consoles without UTF-8 show
 * it whole. any-ascii spells each Latin letter with its marks, as names are read (`nameText`): ŷ y, ß ss, æ ae.
 * Other scripts' letters, which have no one ASCII spelling, are kept.
 */
export function schoolFileNames(schools: readonly string[], format: ReportFormat, redacted: boolean): string[] {
  const taken = new Set<string>();
  return schools.map((school, i) => {
    let base = school
      .normalize('NFKC')
      .toLocaleLowerCase('en-GB')
      .replace(/\p{Script=Latin}\p{M}*/gu, (letter) => anyAscii(letter))
      .replace(/['’‘`]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '');
    if (!base) base = `school-${i + 1}`;
    if (/^(con|prn|aux|nul|com\d|lpt\d)$/.test(base)) base = `school-${base}`;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return `${name}${redacted ? '-redacted' : ''}.${ENDINGS[format]}`;
  });
}
