import { csvReporter } from './csvReporter.js';
import { jsonReporter } from './jsonReporter.js';
import { pdfReporter } from './pdf/pdfReporter.js';
import type { ReportFormat, Reporter } from './Reporter.js';
import { textReporter } from './textReporter.js';

export const reporters: Partial<Record<ReportFormat, Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  csv: csvReporter,
  pdf: pdfReporter,
};
