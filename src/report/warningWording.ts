import { quote } from '../errors.js';
import { UNREADABLE_HINT } from '../io/zipArchive.js';
import type { WarningCode } from '../model/reasons.js';
import type { AuditWarning } from '../model/report.js';
import type {
  DecisionsDisagreeArgs,
  FamilyLinkArgs,
  StaleDecisionArgs,
  UnreadFilesArgs,
  Warning,
  WarningArgs,
} from '../model/warnings.js';
import { isExcelSerial } from '../normalise/dates.js';
import { downloadName, howToRequest, SUPPORTED_DOWNLOADS } from '../read/connections/downloadHelp.js';
import { platformName } from './reasonWording.js';
import { countOf, describeDecidedBy, figure, linkCommand, longDate } from './wording.js';

/**
 * Every warning's words, from its code and arguments: the audit words a warning once, here, and
 * the text, JSON and PDF reports show those words (a JSON report keeps them as `message`).
 */
const WARNING_WORDING: { [C in WarningCode]: (args: WarningArgs[C]) => string } = {
  EXEMPTION_UNKNOWN_STAFF: (a) =>
    `${familyLink(a)} names a staff id that is not on the staff list, so it exempts nothing; check the id`,
  EXEMPTION_UNKNOWN_PUPIL: (a) =>
    `${familyLink(a)} names a pupil id that is on neither the roll nor the leavers list, so it exempts nothing; check the id`,
  // The command with this link's ids, as `exemptions list` gives it, last: the audit does not know the folder's name.
  EXEMPTION_REVIEW_DUE: (a) => reviewDue(a, undefined),
  EXEMPTION_PUPIL_OUT_OF_SCOPE: (a) => outOfScope(a, undefined),
  CONNECTIONS_UNKNOWN_STAFF: (a) =>
    `connection lists name staff id ${a.staffId}, who is not in ${a.staffList ?? 'the staff list'}`,
  CONNECTIONS_UNCHECKABLE: ({ count, of, accounts }) => {
    const one = count === 1;
    if (accounts === 'x-followers' || accounts === 'x-following') {
      const who = accounts === 'x-followers' ? 'who follow this member of staff' : 'whom this member of staff follows';
      return `${figure(count)} of the ${figure(of)} X accounts ${who} carry only an account number, with no name or username, so they could not be checked against the roll. Ask the member of staff to go through these accounts on X themselves.`;
    }
    const what =
      accounts === 'hidden-members'
        ? one
          ? 'is a member who hides their name and leaves no profile link'
          : 'are members who hide their name and leave no profile link'
        : one
          ? 'carries no name, username or profile link'
          : 'carry no name, username or profile link';
    return `${figure(count)} of its ${figure(of)} connections ${what}, so ${one ? 'it' : 'they'} could not be checked against the roll, though counted among the connections read. Ask the member of staff to go through ${one ? 'it' : 'them'} on the platform themselves.`;
  },
  FILE_UNREADABLE: ({ why, detail }) => {
    switch (why) {
      case 'json':
        return `not complete, readable JSON (${detail}); its connections were not checked. Ask for the download again.`;
      case 'damaged':
        return `${detail}; its connections may not all have been checked. ${UNREADABLE_HINT}`;
      case 'cut-off':
        return `${detail}: the download or copy was cut off, so that row was not checked, nor anything the file held after it. Ask for the file again.`;
      case 'damaged-download':
        return `${detail}; its connections were not checked. ${UNREADABLE_HINT}`;
      case 'password':
        return 'password-protected, so its connections were not checked. Ask for a copy without a password.';
      case 'nested-zip':
        return 'a ZIP inside a ZIP inside a ZIP, which is not read; unzip the outer ones first.';
    }
  },
  FILE_NOT_RECOGNISED: (a) => {
    switch (a.why) {
      case 'media':
        return `a picture, video or document, not a connection list. ${SUPPORTED_DOWNLOADS}`;
      case 'not-a-list':
        return `not a connection list the tool reads. ${SUPPORTED_DOWNLOADS}`;
      case 'empty-zip':
        return 'an empty ZIP: it holds no connection list';
      case 'empty':
        return 'empty: nothing was checked from it (the download or copy may not have finished). Ask for the list again.';
      case 'unexpected-shape':
        return `does not hold ${a.expected} in the shape the tool knows; the platform may have changed its download. Its connections were not checked.`;
      case 'no-list-in-download': {
        const what =
          a.examples.length > 0 ? ` (for example ${a.examples.join(', ')})` : ' (only pictures, videos or documents)';
        return `none of its ${a.files} files is a connection list the tool reads${what}. ${SUPPORTED_DOWNLOADS}`;
      }
    }
  },
  FILE_HTML_DOWNLOAD: ({ platform }) =>
    `${downloadName(platform)}’s HTML download, which the tool does not read, so its connections were not checked. Ask for the JSON download instead (${howToRequest(platform)}).`,
  DOWNLOAD_FILE_NOT_READ: (a) =>
    'holds' in a
      ? `seems to hold ${a.holds}, so the accounts in it were not checked. Look through it by hand, or send it to the tool’s maintainers so that it can be read.`
      : unreadFiles(a),
  CONNECTION_DATES_UNREADABLE: ({ count, of, example }) => {
    const one = count === 1;
    return `${figure(count)} of its ${figure(of)} connections ${one ? 'has' : 'have'} a date the tool cannot read (for example “${example}”); ${one ? 'it was' : 'they were'} checked as if undated, so not ruled out by when ${one ? 'it was' : 'they were'} made.`;
  },
  DUPLICATE_PUPIL: (a) => `${a.pupilName} (pupil ${a.pupilId}) is also on ${a.firstAt}; that record is used`,
  CONNECTION_LISTED_AGAIN: (a) =>
    `${a.staffName}’s ${platformName(a.platform)} connection “${a.account}”, found as ${a.pupilName}, is listed again at ${a.againAt.join(', ')} (a list handed in twice, or a row copied): it is one connection, reported once, from ${a.firstAt}`,
  DOB_UNREADABLE: (a) => {
    if (a.why === 'not-a-date' && isExcelSerial(a.value))
      return `DOB ${quote(a.value)} is an Excel date serial number, not a date (the column was saved as numbers, and a CSV does not say whether they count from 1900 or 1904), so the pupil was checked with their age unknown; export the roll again, or format the column as a date in Excel and save it again`;
    if (a.why === 'not-a-date')
      return `DOB ${quote(a.value)} is not a date, so the pupil was checked with their age unknown; correct it in the MIS (DD/MM/YYYY) and export the file again`;
    const after = `${a.why === 'after-audit-date' ? 'the audit date' : 'their leaving date'} (${longDate(a.date)})`;
    return `pupil ${a.pupilId}: date of birth ${longDate(a.dob)} is after ${after}, so it was set aside and their age taken as unknown; check their record`;
  },
  DOB_COLUMN_MISSING: ({ pupils }) =>
    `no date-of-birth column, so ${pupils === 1 ? 'its pupil has' : `its ${pupils} pupils have`} no age: a former pupil’s age cannot be told (every one is reported for review, adults included), a connection made before the pupil was born cannot be set aside, and one made before the pupil was 4 (or under a platform’s minimum age) is not marked; export the roll again with "Date of Birth"`,
  FILE_READ_WITH_ASSUMPTION: (a) =>
    a.why === 'encoding'
      ? encodingAssumed(a.encoding, a.crOnly)
      : a.why === 'repeated-header'
        ? `its header row is repeated on line${a.lines.length === 1 ? '' : 's'} ${a.lines.join(', ')} (files joined into one?): read past, not as ${a.lines.length === 1 ? 'a pupil' : 'pupils'}; check that no pupil is missing or listed twice`
        : a.why === 'sheet'
          ? `read from the sheet "${a.sheet}", the first with a recognisable header`
          : `${a.pupils} pupil${a.pupils === 1 ? '' : 's'} in this Common Transfer File ha${a.pupils === 1 ? 's' : 've'} no leaving date in their school history, so the date the file was made (${a.sent}, its header’s DateTime) is taken as the leaving date`,
  LEAVING_DATE_MISSING: (a) =>
    `${a.pupilName} (pupil ${a.pupilId}) has no leaving date, unlike the rest of ${a.file}, so is counted as a current pupil; check their record`,
  NO_CONNECTIONS: () => 'no connection lists were found, so no connections were checked',
  ROW_SKIPPED: () => 'a row of an input file was skipped',
  DECISION_STALE: staleDecision,
  DECISIONS_DISAGREE: decisionsDisagree,
  GLYPH_REPLACED: ({ where, codePoints, mark }) => {
    const list = codePoints.map((cp) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    const what =
      codePoints.length === 1
        ? 'a character the PDF’s font cannot draw'
        : `${codePoints.length} characters the PDF’s font cannot draw`;
    return `${where}: ${what} (${list}) shown as ${mark}; the JSON and CSV reports keep the exact text.`;
  },
  TEXT_SHORTENED: ({ where, length, kept }) =>
    `${where}: ${length.toLocaleString('en-GB')} characters, too long for the PDF’s tables, shortened to the first ${kept}; the JSON and CSV reports keep the exact text.`,
  STAFF_SCHOOL_UNKNOWN: ({ staffId, staffName, school, rollSchools }) => {
    const staff = `${staffName} (${staffId})`;
    const shown = rollSchools.slice(0, 6).join(', ') + (rollSchools.length > 6 ? ', …' : '');
    const why =
      school === undefined
        ? `${staff} has no school on the staff list`
        : `${staff}’s school "${school}" is on no roll (the rolls name ${shown})`;
    return `${why}, so their connections were checked against every pupil in the trust.`;
  },
  PUPIL_SCHOOL_MISSING: ({ pupils }) =>
    `${countOf(pupils, 'pupil has', 'pupils have')} no school on the roll, so they were checked against every member of staff.`,
  PUPIL_ID_LEADING_ZEROS: ({ kind, staffId, given, rollIds, applied }) => {
    const what = kind === 'exemption' ? 'family link' : 'review decision';
    const keep =
      'format the pupil_id column as Text in the spreadsheet, or let the tool write the file, to keep the zeros';
    return applied
      ? `the ${what} of ${staffId} names pupil ${given}, who is not on the roll; ${rollIds[0]} is, the same but for leading zeros (a spreadsheet drops them from numbers), so it is taken to be ${rollIds[0]}: check that is the pupil meant, and ${keep}.`
      : `the ${what} of ${staffId} names pupil ${given}, who is not on the roll; ${rollIds.join(' and ')} are, each the same but for leading zeros, so it is applied to neither: correct the id (${keep}).`;
  },
  TRUST_WIDE_WITHOUT_SCHOOLS: ({ staffList, noStaffList, rolls }) => {
    const files = [staffList, ...(rolls ?? [])].filter((file) => file !== undefined);
    const without = [
      noStaffList && 'no staff list',
      files.length > 0 && `no school column in ${files.join(' or ')} (or none filled in)`,
    ].filter(Boolean);
    const check = files.length > 0 ? 'check the school column’s header' : 'give a staff list with a school column';
    return `--trust-wide: ${without.join(' and ')}, so every member of staff was checked against every pupil, as in any one school’s audit; ${check} if the trust’s schools were meant.`;
  },
};

/** A warning in words. */
export function describeWarning(warning: Warning): string {
  return (WARNING_WORDING[warning.code] as (args: WarningArgs[typeof warning.code]) => string)(warning.args);
}

/** A warning as reports carry it: its code and arguments, and their words. */
export function toAuditWarning(warning: Warning, source?: string): AuditWarning {
  return {
    code: warning.code,
    args: warning.args,
    message: describeWarning(warning),
    ...(source !== undefined ? { source } : {}),
  };
}

/**
 * A warning's words where the report knows the audit's folder as the person typed it (the text report of `audit
 * FOLDER`): a family link's command to copy names it, in place of a FOLDER to fill in. Otherwise its `message`.
 */
export function warningInFolder(warning: AuditWarning, folder: string | undefined): string {
  if (folder === undefined || warning.args === undefined) return warning.message;
  if (warning.code === 'EXEMPTION_REVIEW_DUE')
    return reviewDue(warning.args as WarningArgs['EXEMPTION_REVIEW_DUE'], folder);
  if (warning.code === 'EXEMPTION_PUPIL_OUT_OF_SCOPE') return outOfScope(warning.args as FamilyLinkArgs, folder);
  return warning.message;
}

function reviewDue(a: WarningArgs['EXEMPTION_REVIEW_DUE'], folder: string | undefined): string {
  const giving = folder === undefined ? 'giving this audit’s folder for FOLDER, ' : 'giving ';
  return `${familyLink(a)} was due for review on ${longDate(a.reviewOn)}; once the member of staff confirms it still applies, keep it with this command, ${giving}the next review’s date and your name: \`${linkCommand('keep', folder ?? 'FOLDER', a)}\``;
}

function outOfScope(a: FamilyLinkArgs, folder: string | undefined): string {
  const giving = folder === undefined ? 'giving this audit’s folder for FOLDER and ' : 'giving ';
  return `${familyLink(a)} is no longer needed: the pupil is a former pupil aged 18 or over; it can be removed with this command, ${giving}your name: \`${linkCommand('remove', folder ?? 'FOLDER', a)}\``;
}

function familyLink({ staffId, pupilId, staffName, pupilName }: FamilyLinkArgs): string {
  return `the family link between ${staffName ?? `staff id ${staffId}`} and ${pupilName ?? `pupil id ${pupilId}`}`;
}

function unreadFiles({ files, groups, media, bulk }: UnreadFilesArgs): string {
  const named = groups
    .filter((g) => g.names.length > 0)
    .map((g) => `${g.names.join(', ')}${g.more > 0 ? ` and ${g.more} more` : ''} (${g.holds})`);
  const counted = groups.filter((g) => g.names.length === 0).map((g) => `${g.more} of ${g.holds}`);
  const also = [
    media > 0 && countOf(media, 'picture, video or document', 'pictures, videos or documents'),
    bulk > 0 && `${countOf(bulk, 'file', 'files')} of messages, posts or likes`,
  ].filter(Boolean);
  return `${files === 1 ? 'one of its files was' : `${files} of its files were`} not read, as ${files === 1 ? 'it seems' : 'they seem'} to hold no connections: ${[...named, ...counted].join('; ')}${also.length > 0 ? `. Also passed over: ${also.join(' and ')}` : ''}.`;
}

function staleDecision({
  decision,
  decidedBy,
  decidedOn,
  staffName,
  account,
  pupilName,
  changed,
  accountName,
}: StaleDecisionArgs): string {
  const what = decision === 'dismiss' ? `was not ${pupilName}` : `was ${pupilName}`;
  const when = describeDecidedBy({ decidedBy, decidedOn });
  const since =
    changed === 'account'
      ? `the account’s name has changed (it was "${accountName}")`
      : changed === 'level'
        ? 'the audit now flags it, and a FLAG is only dismissed by an overrule (`review --decision dismiss --overrule`)'
        : 'the pupil’s name or date of birth on the roll has changed';
  return `the decision${when ? ` ${when}` : ''} that ${staffName}’s connection ${account} ${what} no longer applies: ${since}; review it again`;
}

/** What each row of decisions.csv says of the account, in words. */
const ROW_SAYS: Record<string, (pupil: string) => string> = {
  confirm: (pupil) => `it is ${pupil}`,
  dismiss: (pupil) => `it is not ${pupil}`,
  family: (pupil) => `it is ${pupil}, a family link`,
  adult: (pupil) => `it is ${pupil}, now 18 or over`,
};

function decisionsDisagree({ kind, staff, platform, account, rows }: DecisionsDisagreeArgs): string {
  const lines = rows.map((r) => r.line);
  const which = `lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)}`;
  const who = ({ id, name }: { id: string; name?: string }) => (name ? `${name}’s (${id})` : `staff id ${id}’s`);
  const named = `${platformName(platform)} account ${account}`;
  const whose =
    staff.length === 1
      ? `${who(staff[0]!)} ${named}`
      : `the ${named} on ${staff.slice(0, -1).map(who).join(', ')} and ${who(staff.at(-1)!)} lists`;
  const said = rows
    .map((r) => {
      const by = [r.decidedBy, r.decidedOn && longDate(r.decidedOn)].filter(Boolean).join(', ');
      const says = ROW_SAYS[r.decision] ?? ((pupil: string) => `${r.decision}: ${pupil}`);
      const list = staff.length > 1 ? ` (${r.staffId}’s list)` : '';
      return `line ${r.line}${list}, ${says(r.pupilName ?? `pupil ${r.pupilId}`)}${by ? ` (${by})` : ''}`;
    })
    .join('; ');
  const clash =
    kind === 'pupils'
      ? `take ${whose} to be different pupils, and one account is one person`
      : `decide ${whose} differently`;
  return `${which} ${clash}: ${said}. None of them is applied, so the audit reports the account as it finds it; decide it again with \`social-audit review\` (the decision replaces these rows), or delete the rows that are wrong`;
}

/** The encoding a file was taken to be, and how to check it: accents read wrongly would hide a pupil's name. */
function encodingAssumed(encoding: 'windows-1252' | 'macintosh', crOnly: boolean): string {
  // Said by `audit` and by the commands that only read the roll (exemptions, review): not "in the report".
  const how = 'check that its accented names read correctly, or save it again as "CSV UTF-8" to be sure';
  return encoding === 'macintosh'
    ? `is not UTF-8 and was read as Mac Roman (Mac Excel’s "CSV (Macintosh)"${crOnly ? ', as its line ends suggest' : ''}); ${how}`
    : `is not UTF-8 and was read as Windows-1252, though its lines end as a Mac’s do; ${how}`;
}
