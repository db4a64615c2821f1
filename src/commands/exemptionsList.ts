import { linksOnce } from '../audit/linksOnce.js';
import type { Exemption, Pupil, StaffMember } from '../model/records.js';
import { checkExemptions, type ExemptionIssue } from '../policy/checkExemptions.js';
import { pupilDisplayName, pupilScope, toPupilRef } from '../policy/pupilScope.js';
import { pupilLabel, staffLabel } from '../prompts/pickers.js';
import { inert, jsonInert } from '../report/inert.js';
import { describeLinkRows } from '../report/linkRowsWording.js';
import { describePupilStatus, linkCommand, longDate, shellWord } from '../report/wording.js';
import type { CliIO } from './CliIO.js';
import { reportWidth } from './emitReport.js';
import {
  type FolderOptions,
  loadPeople,
  openExemptionsFile,
  type People,
  rollIds,
  sayWarnings,
} from './exemptionsFolder.js';
import { say } from './say.js';

export interface ExemptionsListOptions extends FolderOptions {
  format: 'text' | 'json';
}

/** Worst first: a link naming nobody exempts nothing, which matters more than a review date. */
const STATUS_ORDER = [
  'unknown_staff',
  'unknown_pupil',
  'pupil_out_of_scope',
  'review_due',
  'active',
  'unchecked',
] as const;
export type LinkStatus = (typeof STATUS_ORDER)[number];

const STATUS_OF: Record<ExemptionIssue['code'], LinkStatus> = {
  EXEMPTION_UNKNOWN_STAFF: 'unknown_staff',
  EXEMPTION_UNKNOWN_PUPIL: 'unknown_pupil',
  EXEMPTION_PUPIL_OUT_OF_SCOPE: 'pupil_out_of_scope',
  EXEMPTION_REVIEW_DUE: 'review_due',
};

const STATUS_TEXT: Record<LinkStatus, string> = {
  unknown_staff: 'unknown staff: no one on the staff list has this id, so it exempts nothing',
  unknown_pupil: 'unknown pupil: on neither the roll nor the leavers list, so it exempts nothing',
  pupil_out_of_scope: 'pupil now out of scope (former pupil aged 18 or over): it can be removed',
  review_due:
    'due for review: if the member of staff confirms it still applies, give its next review date and your name in the command below',
  active: 'active',
  unchecked: 'active (not checked against a roll: none was given)',
};

export interface ListedLink {
  exemption: Exemption;
  /** Every row recording the link, where more than one does (the last, `exemption`, applies). */
  rows: Exemption[];
  staff?: StaffMember;
  pupil?: Pupil;
  status: LinkStatus;
  statuses: LinkStatus[];
}

/** Each recorded link, once however many rows record it, with where it stands today. */
function linkStatuses(recorded: readonly Exemption[], people: People, today: string): ListedLink[] {
  const once = linksOnce(recorded);
  const exemptions = once.map((link) => link.exemption);
  const pupilById = new Map((people.pupils ?? []).map((p) => [p.id, p]));
  const staffById = new Map((people.staff ?? []).map((m) => [m.id, m]));
  const issues = checkExemptions(exemptions, {
    auditDate: today,
    pupilById: (id) => pupilById.get(id),
    scopeOf: (pupil) => pupilScope(pupil, today),
    isKnownStaff: people.staff ? (id) => staffById.has(id) : undefined,
  });
  return once.map(({ exemption, rows }) => {
    const statuses = issues
      .filter((issue) => issue.exemption === exemption)
      .map((issue) => STATUS_OF[issue.code])
      .filter((status) => people.pupils !== undefined || status !== 'unknown_pupil');
    if (statuses.length === 0) statuses.push(people.pupils ? 'active' : 'unchecked');
    statuses.sort((a, b) => STATUS_ORDER.indexOf(a) - STATUS_ORDER.indexOf(b));
    const link: ListedLink = { exemption, rows, status: statuses[0]!, statuses };
    const staff = staffById.get(exemption.staffId);
    if (staff) link.staff = staff;
    const pupil = pupilById.get(exemption.pupilId);
    if (pupil) link.pupil = pupil;
    return link;
  });
}

export async function exemptionsList(
  folder: string | undefined,
  options: ExemptionsListOptions,
  io: CliIO,
): Promise<number> {
  const today = io.today();
  const people = await loadPeople(io, folder, options, false);
  const { name, exemptions, file, warnings: read } = await openExemptionsFile(io, folder, options, rollIds(people));
  const links = linkStatuses(exemptions, people, today);
  const warnings = [...people.warnings, ...read];
  if (options.format === 'json') {
    const listed = links.map(({ exemption, rows, staff, pupil, status, statuses }) => {
      const { source, ...fields } = exemption;
      const others = rows.filter((row) => row !== exemption && row.source);
      return {
        ...fields,
        ...(staff ? { staffName: staff.name } : {}),
        ...(pupil
          ? {
              pupilName: pupilDisplayName(pupil),
              pupilStatus: describePupilStatus(toPupilRef(pupil, pupilScope(pupil, today))),
            }
          : {}),
        status,
        statuses,
        source: source ? `${source.file}:${source.line}` : undefined,
        ...(others.length > 0 ? { otherRows: others.map((row) => `${row.source!.file}:${row.source!.line}`) } : {}),
      };
    });
    // Notes and names as typed, terminal controls escaped as the JSON report's are.
    io.stdout.write(
      `${jsonInert(JSON.stringify({ file: name, date: today, exemptions: listed, warnings }, null, 2))}\n`,
    );
    return 0;
  }
  sayWarnings(io, warnings);
  if (!file.original) {
    say(
      io.stdout,
      `No family links are recorded yet (${name} does not exist). Record one with \`social-audit exemptions add${folder === undefined ? '' : ` ${shellWord(folder)}`}\`.`,
      reportWidth(io),
    );
    return 0;
  }
  const lines = [`Family links in ${name}: ${links.length}`];
  for (const { exemption, rows, staff, pupil, statuses } of links) {
    const who = staff
      ? staffLabel(staff)
      : `${exemption.staffId}${statuses.includes('unknown_staff') ? ' (not on the staff list)' : ''}`;
    const whom = pupil
      ? pupilLabel(pupil, today)
      : `${exemption.pupilId}${statuses.includes('unknown_pupil') ? ' (on neither the roll nor the leavers list)' : ''}`;
    const facts = [
      exemption.relationship,
      exemption.recordedOn || exemption.recordedBy
        ? `recorded${exemption.recordedOn ? ` ${longDate(exemption.recordedOn)}` : ''}${exemption.recordedBy ? ` by ${exemption.recordedBy}` : ''}`
        : undefined,
      exemption.reviewOn ? `review on ${longDate(exemption.reviewOn)}` : undefined,
    ].filter(Boolean);
    lines.push(
      '',
      `  ${who} — ${whom}`,
      `      ${facts.join(' · ')}`,
      `      Status: ${statuses.map((s) => STATUS_TEXT[s]).join('; ')}`,
    );
    if (exemption.note) lines.push(`      Note: ${exemption.note}`);
    if (rows.length > 1)
      lines.push(
        `      ${describeLinkRows(
          name,
          rows.map((row) => row.source?.line ?? 0),
        )}`,
      );
    // The command to type, this link's ids and the folder filled in: a Headteacher copies it rather than composes it.
    // Every option a script needs in it, so that it does the same at a terminal and in a scheduled job.
    if (statuses.includes('review_due')) lines.push(`      To keep it: \`${linkCommand('keep', folder, exemption)}\``);
    else if (statuses.includes('pupil_out_of_scope'))
      lines.push(`      To remove it: \`${linkCommand('remove', folder, exemption)}\``);
  }
  // Each line inert on its own: a note's line break is shown as a control, not obeyed. Folded as the
  // text report is: the terminal's width, COLUMNS in a pipe (README, "Reference").
  say(io.stdout, lines.map(inert).join('\n'), reportWidth(io));
  return 0;
}
