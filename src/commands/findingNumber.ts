import { quote, UserError } from '../errors.js';
import type { AuditReport, Finding } from '../model/report.js';

/**
 * `--finding N` as a number the report has, or a message naming the range. One school's report out of a
 * trust's keeps the trust's numbers (finding 12 is finding 12 in every copy), so any number it holds is good.
 */
export function findingNumber(raw: string, report: AuditReport): number {
  const number = Number(raw);
  if (Number.isInteger(number) && report.findings.some((f) => f.number === number)) return number;
  if (report.onlySchool || !Number.isInteger(number) || number < 1 || number > report.findings.length) {
    const held = report.onlySchool ? `findings ${report.findings.map((f) => f.number).join(', ')}` : undefined;
    throw new UserError(
      `--finding ${quote(raw)}: the report has ${held ?? `findings 1 to ${report.findings.length}`}`,
      {
        hint: 'Give the number the report prints beside the finding ("number" in the JSON report).',
      },
    );
  }
  return number;
}

/** The finding the report printed with this number (numbers run 1… in report order). */
export function findingNumbered(report: AuditReport, number: number): Finding {
  return report.findings.find((f) => f.number === number) ?? report.findings[number - 1]!;
}
