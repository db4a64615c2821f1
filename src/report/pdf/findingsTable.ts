import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AuditReport, ConnectionRef, Finding, StaffRef } from '../../model/report.js';
import { type FindingWords, findingWords } from '../findingWords.js';
import { STAFF_ORDER, staffGroups } from '../staffGroups.js';
import {
  countOf,
  describeHandle,
  describeLevelCounts,
  longDate,
  NO_FINDINGS_TEXT,
  platformName,
  REDACTED,
} from '../wording.js';
import { lines, spanRow, text } from './cells.js';
import { CONTINUES } from './continuedHeadings.js';
import { registerLayout } from './theme.js';

/**
 * A finding is one row: its number and level, then its facts in three columns (the pupil; the platform and the name
 * as shown; the relationship, date and source) and, across all three, why it was found. A narrow "why" column ran a
 * finding to some 16 lines, three findings a page; across the page it takes five or six.
 */
const LEVEL_WIDTH = 34;
const FACT_WIDTHS = [145, 120, '*'] as const;
/** Between the facts, as much as the table's cells have between them (4 pt each side), so they stand under their headings. */
const FACT_GAP = 8;
const FACT_HEADINGS = ['Pupil', 'Platform, name as shown', 'Relationship, connected on; source'];
/** The governors' copy withholds every name as shown. */
const REDACTED_HEADINGS = ['Pupil', 'Platform', 'Relationship, connected on'];

/** The first finding's number, by which the layout knows whether the findings' heading stands on its page. */
export const FIRST_FINDING_ID = 'first-finding';

/**
 * One table per member of staff. The staff row and the column headings are header rows, so both
 * repeat at the top of every page the table runs onto, and no finding is ever split between pages.
 */
export function findingsByStaff(report: AuditReport): Content[] {
  if (report.findings.length === 0) return [{ text: NO_FINDINGS_TEXT, style: 'lead' }];
  const numbers = new Map(report.findings.map((f, i) => [f, f.number ?? i + 1]));
  const redacted = report.redacted === true;
  const groups = staffGroups(report.findings);
  const first = groups[0]?.[0];
  return groups.map((findings) => ({
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [LEVEL_WIDTH, ...FACT_WIDTHS],
      body: [
        spanRow(4, staffHeading(findings[0]!.staff, findings, redacted)),
        [
          { text: 'Level', style: 'th' },
          ...spanRow(3, facts(...(redacted ? REDACTED_HEADINGS : FACT_HEADINGS).map((label) => text(label))), {
            style: 'th',
          }),
        ],
        ...findings.map((f) => findingRow(f, numbers.get(f)!, f === first || undefined)),
      ],
    },
    layout: registerLayout(2),
    style: 'table',
    margin: [0, 0, 0, 12],
  }));
}

/** Three facts side by side, under the headings' columns. */
function facts(...cells: Content[]): Content {
  return { columns: cells.map((cell, i) => ({ stack: [cell], width: FACT_WIDTHS[i]! })), columnGap: FACT_GAP };
}

function staffHeading(staff: StaffRef, findings: Finding[], redacted: boolean): Content {
  const counts = describeLevelCounts(findings);
  // Every run marked, so that the heading's last line, however it wraps, says where it repeats on a new page.
  const mark = { [CONTINUES]: true };
  return {
    text: [
      { text: staff.name, bold: true, fontSize: 9.5, ...mark },
      { text: staff.role ? `  ·  ${staff.role}` : '', ...mark },
      { text: redacted ? '' : `  ·  ${staff.id}`, style: 'muted', ...mark },
      { text: `  —  ${counts}`, style: 'muted', ...mark },
    ],
    fillColor: '#ffffff',
    margin: [0, 2, 0, 1],
  };
}

function findingRow(finding: Finding, number: number, first?: true): TableCell[] {
  const { connection } = finding;
  const words = findingWords(finding);
  const source = connection.source !== REDACTED.source && text(connection.source, 'small');
  return [
    lines(
      { text: `${number}.`, style: 'bold', ...(first ? { id: FIRST_FINDING_ID } : {}) },
      text(words.level, finding.level),
      finding.change === 'new' && text('NEW', 'bold'),
    ),
    ...spanRow(
      3,
      lines(
        facts(
          lines(text(words.pupil.name, 'bold'), text(words.pupil.status, 'muted')),
          platformAndShownAs(connection),
          lines(
            {
              text: [
                words.relationship,
                { text: words.since ? `, ${words.since}` : ', date not given', style: 'muted' },
              ],
            },
            source,
          ),
        ),
        why(words),
      ),
    ),
  ];
}

/** `Instagram  Ben Mensah` over `@ben.mensah`: the platform beside the name, to keep the row to the pupil's two lines. */
function platformAndShownAs(connection: ConnectionRef): Content {
  const platform = { text: platformName(connection.platform), style: 'muted' };
  if (!connection.name && !connection.username) return lines(text(platformName(connection.platform)));
  return lines(
    { text: [platform, connection.name ? `  ${connection.name}` : ''] },
    connection.username && text(describeHandle(connection.username), 'muted'),
  );
}

export function shownAs(connection: ConnectionRef): Content {
  if (!connection.name && !connection.username) return text(REDACTED.source, 'muted');
  return lines(
    connection.name && text(connection.name),
    connection.username && text(describeHandle(connection.username), 'muted'),
  );
}

/** Why, in a line or two across the row: the reasons run on, then the evidence weighed and what else is known. */
function why(words: FindingWords): Content {
  return {
    stack: [
      { text: [{ text: 'Why: ', bold: true }, words.why] },
      words.weighed && text(`Weighed: ${words.weighed}`, 'muted'),
      words.held && text(words.held, 'review'),
      words.others.length > 0 &&
        text(`Could also be: ${words.others.map((other) => `${other.name} (${other.status})`).join('; ')}`, 'muted'),
      words.leftOut && text(words.leftOut, 'muted'),
      words.sameAccount && text(words.sameAccount),
      words.sameAccountElsewhere && text(words.sameAccountElsewhere),
      words.confirmed && text(words.confirmed, 'muted'),
    ].filter((part): part is Content => Boolean(part)),
    margin: [0, 2, 0, 0],
  };
}

export function findingsIntro(report: AuditReport): Content {
  const staff = new Set(report.findings.map((f) => f.staff.id)).size;
  const since =
    report.summary.change && report.findings.some((f) => f.change === 'new')
      ? ` NEW marks a finding that was not in the audit of ${longDate(report.summary.change.since)}.`
      : '';
  return {
    // The command whole on one line: broken after its `--`, it reads as two words and is not found by a search.
    text: [
      `${countOf(report.findings.length, 'finding')} for ${countOf(staff, 'member', 'members')} of staff, grouped by member of staff, ${STAFF_ORDER}, and numbered as `,
      { text: 'review --finding N', noWrap: true },
      ` takes them.${since}`,
    ],
    style: 'note',
  };
}
