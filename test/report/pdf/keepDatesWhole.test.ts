import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { documentDefinition } from '../../../src/report/pdf/documentDefinition.js';
import { keepDateWhole } from '../../../src/report/pdf/keepDatesWhole.js';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { CAROL, exempted, finding, pupil, report } from './factories.js';
import { pdfPages } from './pdfText.js';

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A date's words with anything but a non-breaking space between them: where a line may break. */
const BREAKABLE_DATE = new RegExp(`\\b\\d{1,2}[^\\S\\u00a0]+${MONTH}|${MONTH}[^\\S\\u00a0]+\\d{4}\\b`);

/** Dates that the sample PDF split in its narrow columns: "left 22 July / 2022", "since 11 February / 2026". */
function datedReport(): AuditReport {
  const left = pupil('Olivia Brown', { status: 'former', age: null, leavingDate: '2022-07-22' });
  const current = pupil('Lan Nguyen', { age: 10, yearGroup: 'Year 5', regGroup: '5G' });
  const base = finding(CAROL, current);
  return report({
    findings: [
      finding(CAROL, left, { level: 'review' }),
      { ...base, connection: { ...base.connection, connectedOn: '2026-02-11' } },
    ],
  });
}

/** Every string the PDF would lay out. */
function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const item of node) strings(item, out);
  else if (node !== null && typeof node === 'object') for (const value of Object.values(node)) strings(value, out);
  return out;
}

describe('dates in the PDF', () => {
  it('joins a date’s words with non-breaking spaces, and nothing else', () => {
    expect(keepDateWhole('former pupil, left 22 July 2022, age 16')).toBe(
      'former pupil, left 22\u00a0July\u00a02022, age 16',
    );
    expect(keepDateWhole('since 5 September 2022 in May 12 people')).toBe(
      'since\u00a05\u00a0September\u00a02022 in May 12 people',
    );
    expect(keepDateWhole('by H. Ashworth on 30 September 2026; on time')).toBe(
      'by H. Ashworth on\u00a030\u00a0September\u00a02026; on time',
    );
  });

  it('keeps “on” with its date under Recorded and Decided, never alone on a line above it', async () => {
    const carol = finding(CAROL, pupil('Lan Nguyen', { age: 10, yearGroup: 'Year 5', regGroup: '5G' }));
    const link = exempted(CAROL, carol.pupil, 'H. Ashworth (Headteacher)');
    const dated = { ...link, exemption: { ...link.exemption, recordedOn: '2026-09-30' } };
    const base = report({ exempted: [dated] });
    const dismissed = {
      staff: CAROL,
      pupil: carol.pupil,
      connection: carol.connection,
      decision: { decision: 'dismiss' as const, decidedBy: 'H. Ashworth (Headteacher)', decidedOn: '2026-09-30' },
    };
    const withDismissal = { ...base, dismissed: [dismissed], summary: { ...base.summary, dismissed: 1 } };
    const bytes = (await pdfReporter(withDismissal, { color: false, width: 100 })) as Uint8Array;
    const text = (await pdfPages(bytes)).join('\n');
    expect(text.match(/on 30 September 2026/g)).toHaveLength(2);
    expect(text).not.toMatch(/\bon\s*\n\s*30 September/);
  });

  it('lays out no date that a line could break inside', () => {
    const laidOut = strings(documentDefinition(datedReport(), { renderedWith: 'test' }).content);
    const dated = laidOut.filter((s) => /\d{4}/.test(s) && new RegExp(MONTH).test(s));
    expect(dated.join('\n')).toContain('left 22\u00a0July\u00a02022');
    expect(dated.join('\n')).toContain('since\u00a011\u00a0February\u00a02026');
    expect(dated.filter((s) => BREAKABLE_DATE.test(s))).toEqual([]);
  });

  it('draws each date on one line of the rendered PDF', async () => {
    const bytes = (await pdfReporter(datedReport(), { color: false, width: 100 })) as Uint8Array;
    const text = (await pdfPages(bytes)).join('\n');
    expect(text).toMatch(/22\s+July\s+2022/);
    expect(text).not.toMatch(new RegExp(`${MONTH}[^\\S\\n]*\\n\\s*\\d{4}\\b|\\b\\d{1,2}[^\\S\\n]*\\n\\s*${MONTH}`));
  });
});
