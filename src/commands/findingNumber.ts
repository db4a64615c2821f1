import { quote, UserError } from '../errors.js';
import type { AuditReport, Finding } from '../model/report.js';

/** `--finding N` as a number the report has, or a message naming the range. */
export function findingNumber(raw: string, report: AuditReport): number {
  const number = Number(raw);
  if (!Number.isInteger(number) || number < 1 || number > report.findings.length) {
    throw new UserError(`--finding ${quote(raw)}: the report has findings 1 to ${report.findings.length}`, {
      hint: 'Give the number the report prints beside the finding ("number" in the JSON report).',
    });
  }
  return number;
}

/** The finding the report printed with this number (numbers run 1… in report order). */
export function findingNumbered(report: AuditReport, number: number): Finding {
  return report.findings.find((f) => f.number === number) ?? report.findings[number - 1]!;
}
