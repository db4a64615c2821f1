import type { AuditReport } from '../model/report.js';
import { csvParts, csvReporter } from './csvReporter.js';
import { jsonParts, jsonReporter } from './jsonReporter.js';
import type { Reporter, ReportFormat } from './Reporter.js';
import { textReporter } from './textReporter.js';

/** Loaded only when a PDF is asked for: its fonts and layout engine take most of a second to load. */
const pdfReporter: Reporter = async (report, context) =>
  (await import('./pdf/pdfReporter.js')).pdfReporter(report, context);

export const reporters: Record<ReportFormat, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  csv: csvReporter,
  pdf: pdfReporter,
};

/** Reporters whose text can be written to a file a part at a time, as it is made: the same text as the whole. */
export const partReporters: Partial<Record<ReportFormat, (report: AuditReport) => Iterable<string>>> = {
  json: jsonParts,
  csv: csvParts,
};
