import type { AuditReport } from '../../model/report.js';
import { VERSION } from '../../version.js';
import type { Reporter } from '../Reporter.js';
import { documentDefinition } from './documentDefinition.js';
import { fontCoverage } from './fonts.js';
import { guardReport } from './guardReport.js';
import { renderPdf } from './renderPdf.js';
import { TextGuard } from './TextGuard.js';

/**
 * The report for the Headteacher and governors to print, sign and file. The same report always
 * gives the same bytes. Text from the input goes through a TextGuard first: whatever it has to
 * change (a character the fonts lack, a text too long for a row) is visible and counted among the
 * PDF's warnings.
 */
export const pdfReporter: Reporter = async (report, context) => {
  const fonts = fontCoverage();
  const guard = new TextGuard(fonts.drawable);
  const drawable = guardReport(report, guard);
  const ranBy = context.ranBy === undefined ? undefined : guard.draw(context.ranBy, 'Carried out by');
  const term = context.term === undefined ? undefined : guard.draw(context.term, 'Term');
  const shown = withWarnings(drawable, guard);
  return renderPdf(
    documentDefinition(
      shown,
      { ...(ranBy ? { ranBy } : {}), ...(term ? { term } : {}), renderedWith: VERSION },
      fonts.fallback,
    ),
  );
};

function withWarnings(report: AuditReport, guard: TextGuard): AuditReport {
  const extra = guard.warnings();
  if (extra.length === 0) return report;
  // The summary keeps the audit's own count, as every other format shows it.
  return { ...report, warnings: [...report.warnings, ...extra] };
}
