import type { Reporter } from './Reporter.js';

/** The contract's JSON report: the AuditReport itself, keys in a stable order. */
export const jsonReporter: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
