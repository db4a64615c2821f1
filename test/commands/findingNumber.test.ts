import { describe, expect, it } from 'vitest';
import { findingNumber, findingNumbered } from '../../src/commands/findingNumber.js';
import type { AuditReport, Finding } from '../../src/model/report.js';

const numbered = (numbers: number[], onlySchool: boolean): AuditReport =>
  ({
    findings: numbers.map((number) => ({ number }) as Finding),
    ...(onlySchool ? { onlySchool: { school: 'Northfield', schools: 2, warningsLeftOut: 0 } } : {}),
  }) as AuditReport;

describe('findingNumber on one school’s report, which keeps the trust’s numbers', () => {
  it('takes the numbers it holds, and refuses others, naming those it holds', () => {
    const report = numbered([12, 40, 41], true);
    expect(findingNumbered(report, findingNumber('40', report)).number).toBe(40);
    // 2 is within 1…3, but no finding of this school's report is numbered 2: never the second finding instead.
    expect(() => findingNumber('2', report)).toThrow('the report has findings 12, 40 and 41');
  });

  it('names a long list of numbers in runs, counting the rest, and one as one', () => {
    // A big school's copy of a trust's report holds hundreds of findings: the message names runs, not every number.
    const long = numbered(
      Array.from({ length: 600 }, (_, i) => 3 * i + 1),
      true,
    );
    expect(() => findingNumber('2', long)).toThrow(/the report has findings 1, 4, 7, .* and 588 more \(600 in all\)$/);
    expect(() => findingNumber('2', numbered([3], true))).toThrow(/the report has finding 3 only$/);
  });

  it('still takes 1…N in a whole audit’s report', () => {
    const report = numbered([1, 2, 3], false);
    expect(findingNumber('3', report)).toBe(3);
    expect(() => findingNumber('4', report)).toThrow('findings 1 to 3');
    expect(() => findingNumber('2', numbered([1], false))).toThrow(/the report has finding 1 only$/);
  });
});
