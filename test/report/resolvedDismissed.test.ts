import { describe, expect, it } from 'vitest';
import { finishReport } from '../../src/audit/finishReport.js';
import type { AuditReport } from '../../src/model/report.js';
import { pdfReporter } from '../../src/report/pdf/pdfReporter.js';
import { textReporter } from '../../src/report/textReporter.js';
import { CAROL, DAVID, exempted, finding, pupil, report } from './pdf/factories.js';
import { pdfPages } from './pdf/pdfText.js';

const plain = { color: false, width: 100 };
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/**
 * Autumn reported Ruby Green on Carol's list and Isla Grant on David's; Ruby was dismissed at review
 * and a family link with Isla recorded before spring's audit.
 */
function spring(): AuditReport {
  const ruby = finding(CAROL, pupil('Ruby Green'));
  const isla = exempted(DAVID, pupil('Isla Grant'));
  const autumn = finishReport(
    report({ findings: [ruby, finding(DAVID, isla.pupil, { connection: isla.connection })] }),
  );
  const now = report({ exempted: [isla], staff: [CAROL, DAVID], auditDate: '2027-03-20' });
  const dismissed = {
    staff: ruby.staff,
    pupil: ruby.pupil,
    connection: ruby.connection,
    decision: { decision: 'dismiss' as const, decidedBy: 'K. Head', decidedOn: '2026-12-01', reason: 'her aunt' },
  };
  return finishReport(
    { ...now, dismissed: [dismissed], summary: { ...now.summary, dismissed: 1 } },
    { previous: autumn, inScope: () => true },
  );
}

/** A section of the text report: its heading line and the indented lines under it, on one line. */
function section(text: string, heading: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, i) => i > start && line !== '' && !line.startsWith(' '));
  return flat(lines.slice(start, end).join('\n'));
}

describe('a finding dismissed, or excluded by a family link, since the earlier audit', () => {
  // Both sections, on purpose: "Resolved since" accounts for every earlier finding (one gone unexplained
  // reads as a pupil lost), and the standing record lists every decision in force. The resolved line
  // says where the decision is, so the Headteacher reads the two as one.
  it('is accounted for under Resolved, pointing to the decision listed in its own section (text)', async () => {
    const r = spring();
    expect(r.resolved!.map((x) => [x.pupil.name, x.why])).toEqual(
      expect.arrayContaining([
        ['Ruby Green', 'dismissed at review'],
        ['Isla Grant', 'family link recorded'],
      ]),
    );
    const text = String(await textReporter(r, plain));
    const resolved = section(text, 'Resolved since');
    expect(resolved).toMatch(
      /Ruby Green [^—]*: dismissed at review: not this pupil \(listed under “Dismissed at an earlier review”/,
    );
    expect(resolved).toMatch(
      /Isla Grant [^—]*: a family link has been recorded \(listed under “Excluded by declared family links”\)/,
    );
    const dismissedSection = section(text, 'Dismissed at an earlier review');
    expect(dismissedSection).toContain('is not Ruby Green');
    expect(dismissedSection).toContain('by K. Head on 1 December 2026: her aunt');
    expect(section(text, 'Excluded by declared family links')).toContain('Isla Grant (aunt');
  });

  it('reads the same in the PDF', async () => {
    const text = flat((await pdfPages((await pdfReporter(spring(), plain)) as Uint8Array)).join(' '));
    expect(text).toContain('not this pupil (listed under “Dismissed at an earlier review”, with who decided and why)');
    expect(text).toContain('a family link has been recorded (listed under “Excluded by declared family links”)');
  });
});
