import { describe, expect, it } from 'vitest';
import { finishReport } from '../../src/audit/finishReport.js';
import type { AuditReport } from '../../src/model/report.js';
import { redactReport } from '../../src/report/redact.js';
import { textReporter } from '../../src/report/textReporter.js';
import { finding, pupil, report, staffMember } from './pdf/factories.js';

/**
 * A REVIEW asks a person to look at the account, but the text report gave its name and handle, not the link the
 * list gave (a LinkedIn member's or a Facebook profile's is often the only way to find the account): the DSL had
 * to open the staff member's download at the source line to find it.
 */
const link = 'https://www.linkedin.com/in/maya-patel-4b2a1c';
const teacher = staffMember('S2', 'Ben Cole');
const audit = (profileUrl: string): AuditReport =>
  finishReport(
    report({
      findings: [
        finding(teacher, pupil('Maya Patel'), {
          level: 'review',
          connection: { platform: 'linkedin', name: 'Maya Patel', profileUrl, source: 'Connections.csv:4' },
        }),
      ],
      staff: [teacher],
    }),
  );
const text = (shown: AuditReport, width = 100): string => String(textReporter(shown, { color: false, width }));

describe('a finding’s profile link in the text report', () => {
  it('is shown under the account, to look at it', () => {
    expect(text(audit(link))).toMatch(
      /LinkedIn: "Maya Patel" [^\n]*\n\s+Profile link: https:\/\/www\.linkedin\.com\/in\/maya-patel-4b2a1c\n/,
    );
  });

  it('fits a narrow terminal, and is not in the governors’ copy nor where it is no web page', () => {
    for (const row of text(audit(link), 30).split('\n')) expect(row.length).toBeLessThanOrEqual(30);
    expect(text(redactReport(audit(link)))).not.toContain('Profile link');
    expect(text(audit('javascript:alert(1)'))).not.toContain('Profile link');
  });
});
