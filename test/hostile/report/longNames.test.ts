import { describe, expect, it } from 'vitest';
import { finishReport } from '../../../src/audit/finishReport.js';
import type { AuditReport } from '../../../src/model/report.js';
import { describeFinding } from '../../../src/prompts/describeFinding.js';
import { jsonReporter } from '../../../src/report/jsonReporter.js';
import { READING_LIMIT } from '../../../src/report/shortenedNames.js';
import { textReporter } from '../../../src/report/textReporter.js';
import { toAuditWarning } from '../../../src/report/warningWording.js';
import { describeShortenedEnd } from '../../../src/report/wording.js';
import { visibleLength } from '../../../src/report/wrapLine.js';
import { finding, pupil, report, staffMember } from '../../report/pdf/factories.js';

/**
 * A list (broken, or written to annoy) gave an account a 3,000-character display name: the PDF shortened it, the
 * text report printed it whole, some forty rows at 80 columns, and the finding's evidence scrolled out of sight.
 * A staff name as long (a pasted paragraph in staff.csv) did the same to every heading. Invented people only.
 */
const LONG = `Maya Patel ${'💫 love you to the moon and back '.repeat(94)}`;
const longStaff = staffMember('S2', `Ben Cole ${'and a very long note '.repeat(40)}`);
const audit = (staff = longStaff, name = LONG, username = 'm'.repeat(3000)): AuditReport =>
  finishReport(
    report({
      findings: [
        finding(staff, pupil('Maya Patel'), {
          level: 'review',
          connection: { platform: 'facebook', name, username, source: 'friends.csv:4' },
        }),
      ],
      staff: [staff],
    }),
  );
const rows = (width: number, shown = audit()): string[] =>
  String(textReporter(shown, { color: false, width })).split('\n');

describe('a name far past any platform’s length', () => {
  it.each([80, 40])('is shortened in the text report at %i columns, saying how long it was', (width) => {
    const text = rows(width);
    for (const row of text) expect(visibleLength(row)).toBeLessThanOrEqual(width);
    const whole = text.join(' ').replace(/\s+/g, ' ');
    expect(whole).toContain(describeShortenedEnd([...LONG].length));
    expect(whole).toContain(describeShortenedEnd(3000));
    // A few rows more than the same report with plain names, rather than a hundred.
    const plain = rows(width, audit(staffMember('S2', 'Ben Cole'), 'Maya Patel', 'maya.patel'));
    expect(text.length - plain.length).toBeLessThan(width === 80 ? 10 : 24);
  });

  it('is kept whole in the JSON report', () => {
    const json = JSON.parse(String(jsonReporter(audit(), { color: false, width: 80 }))) as AuditReport;
    expect(json.findings[0]!.connection.name).toBe(LONG);
    expect(json.findings[0]!.staff.name).toBe(longStaff.name);
  });

  it('is shortened where review shows the finding, without cutting an emoji', () => {
    const shown = describeFinding(audit().findings[0]!, 'Finding no. 1');
    expect(shown).toContain(describeShortenedEnd([...LONG].length));
    expect(shown.length).toBeLessThan(8 * READING_LIMIT);
    expect(shown).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('is shortened where a warning quotes it, and kept whole in the JSON’s warning', () => {
    const pupilName = `Maya ${'Patel'.repeat(300)}`;
    const warning = toAuditWarning({
      code: 'DUPLICATE_PUPIL',
      args: { pupilId: 'P9', pupilName, firstAt: 'roll.csv:2' },
    });
    const withWarning: AuditReport = { ...audit(), warnings: [{ ...warning, source: 'roll.csv:9' }] };
    const text = rows(80, withWarning);
    const whole = text.join(' ').replace(/\s+/g, ' ');
    expect(whole).toContain(describeShortenedEnd([...pupilName].length));
    expect(whole).toContain('(pupil P9) is also on roll.csv:2');
    expect(text.length - rows(80).length).toBeLessThan(8);
    const json = JSON.parse(String(jsonReporter(withWarning, { color: false, width: 80 }))) as AuditReport;
    expect(json.warnings[0]!.message).toContain(pupilName);
  });
});
