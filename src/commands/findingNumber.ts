import { quote, UserError } from '../errors.js';
import type { AuditReport, Finding } from '../model/report.js';
import { describeNumbers } from '../report/routing.js';

/**
 * `--finding N` as a number the report has, or a message naming the range. One school's report out of a
 * trust's keeps the trust's numbers (finding 12 is finding 12 in every copy), so any number it holds is good.
 */
export function findingNumber(raw: string, report: AuditReport): number {
  const number = Number(raw);
  if (Number.isInteger(number) && report.findings.some((f) => f.number === number)) return number;
  if (report.onlySchool || !Number.isInteger(number) || number < 1 || number > report.findings.length) {
    throw new UserError(
      `--finding ${quote(raw)}: the report has ${report.onlySchool ? heldNumbers(report) : wholeNumbers(report)}`,
      {
        hint: 'Give the number the report prints beside the finding ("number" in the JSON report).',
      },
    );
  }
  return number;
}

function wholeNumbers(report: AuditReport): string {
  const count = report.findings.length;
  return count === 0 ? 'no findings' : count === 1 ? 'finding 1 only' : `findings 1 to ${count}`;
}

/** A school's copy may hold hundreds: its numbers in runs, the rest counted (`findings 3, 7–9 and 580 more (600 in all)`). */
function heldNumbers(report: AuditReport): string {
  const numbers = report.findings.map((f, i) => f.number ?? i + 1);
  if (numbers.length <= 1) return numbers.length === 0 ? 'no findings' : `finding ${numbers[0]} only`;
  return describeNumbers(numbers).replace(/^Findings/, 'findings');
}

/** The finding the report printed with this number (numbers run 1… in report order). */
export function findingNumbered(report: AuditReport, number: number): Finding {
  return report.findings.find((f) => f.number === number) ?? report.findings[number - 1]!;
}
