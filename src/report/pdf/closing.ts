import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { AuditReport } from '../../model/report.js';
import { reportNextSteps } from '../routing.js';
import { withCode } from './cells.js';
import { COLOUR } from './theme.js';

export function nextSteps(report: AuditReport): Content {
  return { ol: reportNextSteps(report).map(withCode), style: 'lead', margin: [0, 0, 0, 4] };
}

const SIGNATORIES = ['Headteacher', 'Chair of governors'];

/** Lines to sign by hand; kept on one page with its heading. */
export function signOff(heading: Content): Content {
  // pdfmake writes layout into content nodes, so every cell is its own object.
  const line = (): TableCell => ({ text: ' ', border: [false, false, false, true], margin: [0, 14, 0, 0] });
  const gap = (): TableCell => ({ text: '' });
  // Gap columns keep the three lines to write on apart.
  const body: TableCell[][] = [
    ['', 'Name', '', 'Signature', '', 'Date'].map((label) => ({ text: label, style: 'label', fontSize: 8 })),
    ...SIGNATORIES.map((role): TableCell[] => [
      { text: role, bold: true, margin: [0, 14, 0, 0] },
      line(),
      gap(),
      line(),
      gap(),
      line(),
    ]),
  ];
  return {
    unbreakable: true,
    stack: [
      heading,
      { text: 'We have read this report and agree the actions to be taken.', style: 'lead' },
      {
        table: { widths: [110, '*', 14, '*', 14, 80], body },
        layout: {
          defaultBorder: false,
          hLineWidth: () => 0.6,
          vLineWidth: () => 0,
          hLineColor: () => COLOUR.ink,
          paddingLeft: () => 0,
          paddingRight: () => 0,
        },
        fontSize: 9.5,
      },
    ],
  };
}
