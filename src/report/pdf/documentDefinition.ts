import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { AuditReport } from '../../model/report.js';
import { longDate, SECURITY_MARKING } from '../wording.js';
import { coverageTable, dismissedTable, exemptedTable, resolvedTable, warningsTable } from './appendices.js';
import { nextSteps, signOff } from './closing.js';
import { type CoverDetails, cover, summary } from './cover.js';
import { withFallbackRuns } from './fallbackRuns.js';
import { FIRST_FINDING_ID, findingsByStaff, findingsIntro } from './findingsTable.js';
import { FONT } from './fonts.js';
import { keepDatesWhole, keepDateWhole } from './keepDatesWhole.js';
import { withRightToLeftWords } from './rightToLeftWords.js';
import { COLOUR, PAGE, STYLES } from './theme.js';

const TITLE = 'Staff social networking audit';
const FINDINGS_ID = 'findings';

/** The whole document: A4, the marking on every page, numbered sections, "Page X of Y". */
/** `fallback`: the characters only the fallback face draws (fonts.ts). */
export function documentDefinition(
  report: AuditReport,
  details: CoverDetails,
  fallback: ReadonlySet<number> = new Set(),
): TDocumentDefinitions {
  let section = 0;
  const heading = (title: string): ContentText => ({
    text: `${++section}. ${title}`,
    style: 'h1',
    headlineLevel: 1,
  });
  // A heading kept on one page with what follows it (an unbreakable block) must not ask for a page
  // break of its own: pdfmake drops a block broken inside, so the section vanished from the PDF.
  const keptHeading = (title: string): Content => ({ text: `${++section}. ${title}`, style: 'h1' });
  const content: Content[] = [
    ...cover(report, details),
    heading('Summary'),
    ...summary(report),
    { ...heading('Findings'), id: FINDINGS_ID },
    ...(report.findings.length > 0 ? [findingsIntro(report)] : []),
    ...findingsByStaff(report),
    ...(report.resolved && report.summary.change
      ? [heading(`Resolved since ${longDate(report.summary.change.since)}`), resolvedTable(report)]
      : []),
    ...(report.findings.length > 0
      ? [{ unbreakable: true, stack: [keptHeading('Next steps, as the policy sets them'), nextSteps(report)] }]
      : []),
    heading('Excluded by declared family links'),
    exemptedTable(report),
    ...(report.dismissed.length > 0 ? [heading('Dismissed at an earlier review'), dismissedTable(report)] : []),
    heading('Connection lists received'),
    coverageTable(report),
    heading('Warnings'),
    warningsTable(report),
  ];
  content.push(signOff(keptHeading('Sign-off')));

  const running = [report.school, longDate(report.auditDate), report.redacted ? 'redacted' : undefined]
    .filter(Boolean)
    .join('  ·  ');
  // The audit date stands for the creation date, so the same audit always gives the same bytes.
  const [y, m, d] = report.auditDate.split('-').map(Number) as [number, number, number];
  const created = new Date(Date.UTC(y, m - 1, d));
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE.margins,
    language: 'en-GB',
    displayTitle: true,
    info: {
      title: [TITLE, report.school, longDate(report.auditDate)].filter(Boolean).join(' — '),
      subject: `${SECURITY_MARKING}: check of staff social-network connections against the pupil roll`,
      ...(details.ranBy ? { author: details.ranBy } : {}),
      creator: `social-audit ${details.renderedWith}`,
      creationDate: created,
      modDate: created,
    },
    defaultStyle: { font: FONT.body, fontSize: 9, color: COLOUR.ink, lineHeight: 1.15 },
    styles: STYLES,
    header: () => ({
      stack: [
        { text: SECURITY_MARKING, style: 'marking', alignment: 'center' },
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 4,
              x2: PAGE.width - PAGE.margins[0] - PAGE.margins[2],
              y2: 4,
              lineWidth: 0.5,
              lineColor: COLOUR.rule,
            },
          ],
        },
      ],
      margin: [PAGE.margins[0], 26, PAGE.margins[2], 0],
    }),
    footer: (currentPage: number, pageCount: number): Content =>
      withFallbackRuns(
        withRightToLeftWords({
          columns: [
            { text: keepDateWhole(running), style: 'small', width: '*' },
            { text: SECURITY_MARKING, style: 'marking', fontSize: 8, width: 110, alignment: 'center' },
            {
              text: `Page ${currentPage} of ${pageCount}`,
              style: 'small',
              fontSize: 8,
              color: COLOUR.ink,
              width: 90,
              alignment: 'right',
            },
          ],
          columnGap: 12,
          margin: [PAGE.margins[0], 22, PAGE.margins[2], 0],
        }),
        fallback,
      ),
    // A section heading never sits alone at the foot of a page; the findings' heading, nor with only its
    // lead-in above it: it goes where the first finding (a row never split) starts, whatever its height.
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel === 1 &&
      (node.id === FINDINGS_ID && report.findings.length > 0
        ? !nodes.getFollowingNodesOnPage().some((following) => following.id === FIRST_FINDING_ID)
        : node.startPosition.top > PAGE.height - PAGE.margins[3] - 110),
    content: withFallbackRuns(withRightToLeftWords(keepDatesWhole(content)), fallback),
  };
}
