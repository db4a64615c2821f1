import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AuditReport } from '../../model/report.js';
import { describeOnlySchool, describeOutcome, summaryFacts } from '../summaryWording.js';
import {
  LEVEL_MEANING,
  LEVEL_TEXT,
  longDate,
  NO_FINDINGS_TEXT,
  POLICY_RULE,
  REDACTED,
  WEIGHT_MEANING,
} from '../wording.js';
import { text } from './cells.js';
import { COLOUR, factsLayout } from './theme.js';

export interface CoverDetails {
  ranBy?: string;
  term?: string;
  /** The version of the tool making the PDF, which may be newer than the one that ran the audit. */
  renderedWith: string;
}

// pdfmake writes layout into content nodes, so each use needs its own object.
const notRecorded = (): Content => text('not recorded', 'muted');

export function cover(report: AuditReport, details: CoverDetails): Content[] {
  const made =
    report.tool.version === details.renderedWith
      ? `social-audit ${report.tool.version}`
      : `social-audit ${report.tool.version} (this PDF made with ${details.renderedWith})`;
  const facts: [string, Content][] = [
    ['Audit date', text(longDate(report.auditDate))],
    ['Term', details.term ? text(details.term) : notRecorded()],
    ['Carried out by', details.ranBy ? text(details.ranBy) : notRecorded()],
    ['Produced with', text(made)],
    ...(report.onlySchool ? [['School', text(describeOnlySchool(report.onlySchool))] as [string, Content]] : []),
    [
      'This copy',
      report.redacted
        ? text('Redacted version for governors')
        : text('Full report, with names: restricted to the Headteacher and the Designated Safeguarding Lead'),
    ],
  ];
  return [
    { text: 'Staff social networking audit', style: 'title' },
    report.school ? { text: report.school, style: 'subtitle' } : { text: '', margin: [0, 0, 0, 10] },
    factsTable(facts, 90),
    {
      text: [
        'This report records the check of staff social-network connections against the pupil roll that the school’s social networking policy requires. ',
        { text: POLICY_RULE, bold: true },
      ],
      style: 'lead',
      margin: [0, 12, 0, 4],
    },
    ...(report.redacted ? [{ text: REDACTED.notice, style: 'note' }] : []),
  ];
}

export function summary(report: AuditReport): Content[] {
  const { flag, review } = report.summary.findings;
  const outcome = describeOutcome(report);
  const clear = flag + review === 0;
  // Nothing found, but in only some members of staff's lists: amber, not the all-clear's green.
  const partial = clear && outcome !== NO_FINDINGS_TEXT;
  const bar = partial ? COLOUR.review : clear ? '#3c7a57' : COLOUR.flag;
  const fill = partial ? COLOUR.partialFill : clear ? COLOUR.clearFill : COLOUR.flagFill;
  return [
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: outcome,
              bold: true,
              fontSize: 10.5,
              color: clear ? COLOUR.ink : COLOUR.flag,
            },
          ],
        ],
      },
      layout: {
        hLineWidth: () => 0,
        vLineWidth: (i) => (i === 0 ? 3 : 0),
        vLineColor: () => bar,
        fillColor: () => fill,
        paddingLeft: () => 10,
        paddingTop: () => 7,
        paddingBottom: () => 7,
      },
      margin: [0, 0, 0, 10],
    },
    factsTable(
      summaryFacts(report).map(([label, value]) => [label, text(value)]),
      170,
    ),
    {
      text: [
        { text: `${LEVEL_TEXT.flag}`, style: 'flag' },
        `: ${LEVEL_MEANING.flag}.   `,
        { text: `${LEVEL_TEXT.review}`, style: 'review' },
        `: ${LEVEL_MEANING.review}. ${WEIGHT_MEANING}`,
      ],
      style: 'note',
      margin: [0, 8, 0, 0],
    },
  ];
}

function factsTable(facts: [string, Content][], labelWidth: number): Content {
  const body: TableCell[][] = facts.map(([label, value]) => [{ text: label, style: 'label' }, value as TableCell]);
  return { table: { widths: [labelWidth, '*'], body }, layout: factsLayout(), fontSize: 9.5 };
}
