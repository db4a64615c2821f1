import { csvReporter } from './csvReporter.js';
import { jsonReporter } from './jsonReporter.js';
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
