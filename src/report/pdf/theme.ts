import type { CustomTableLayout, Style } from 'pdfmake/interfaces.js';
import { FONT } from './fonts.js';

/** Quiet colours that still read when printed in black and white; the words carry the meaning. */
export const COLOUR = {
  ink: '#1b2430',
  muted: '#5b6675',
  rule: '#c6ccd5',
  band: '#e9edf3',
  zebra: '#f6f7f9',
  accent: '#1d3557',
  flag: '#9b1c1c',
  review: '#8a5300',
  flagFill: '#fcecec',
  clearFill: '#e9f4ee',
  partialFill: '#fbf1e0',
} as const;

/** A4 in points, with margins that leave room for the marking above and the footer below. */
export const PAGE = { width: 595.28, height: 841.89, margins: [42, 62, 42, 58] as [number, number, number, number] };

export const STYLES: Record<string, Style> = {
  title: { fontSize: 21, bold: true, color: COLOUR.accent, margin: [0, 0, 0, 2] },
  subtitle: { fontSize: 13, color: COLOUR.ink, margin: [0, 0, 0, 14] },
  h1: { fontSize: 13.5, bold: true, color: COLOUR.accent, margin: [0, 18, 0, 6] },
  h2: { fontSize: 10, bold: true, color: COLOUR.ink, margin: [0, 10, 0, 4] },
  lead: { fontSize: 9.5, lineHeight: 1.25, margin: [0, 0, 0, 8] },
  note: { fontSize: 8, color: COLOUR.muted, lineHeight: 1.2, margin: [0, 0, 0, 6] },
  label: { color: COLOUR.muted },
  table: { font: FONT.table, fontSize: 8, lineHeight: 1.1 },
  th: { bold: true, color: COLOUR.ink, fillColor: COLOUR.band },
  bold: { bold: true },
  muted: { color: COLOUR.muted },
  small: { fontSize: 7, color: COLOUR.muted },
  flag: { bold: true, color: COLOUR.flag },
  review: { bold: true, color: COLOUR.review },
  // No letter-spacing: it would split the word for search and for screen readers.
  marking: { fontSize: 9, bold: true, color: COLOUR.ink },
  code: { font: FONT.code, fontSize: 8.5 },
};

/** Hairlines between rows, none between columns: a table that reads like a register. */
export function registerLayout(headerRows: number, zebra = true): CustomTableLayout {
  return {
    hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0.8 : i === headerRows ? 0.8 : 0.35),
    vLineWidth: () => 0,
    hLineColor: (i) => (i <= headerRows ? COLOUR.accent : COLOUR.rule),
    fillColor: (row) => (zebra && row >= headerRows && (row - headerRows) % 2 === 1 ? COLOUR.zebra : null),
    paddingLeft: () => 4,
    paddingRight: () => 4,
    paddingTop: () => 3.5,
    paddingBottom: () => 3.5,
  };
}

/** Label and value pairs without rules. */
export const factsLayout = (): CustomTableLayout => ({
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 10,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
});
