import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { CAROL, finding, pupil, report } from './factories.js';
import { pdfPages } from './pdfText.js';

const context = { color: false, width: 100, term: 'Autumn term 2026' };

/** A first finding tall in its pupil, account and source columns, its "Why" short: `extra` words of each. */
function tallFirst(extra: number): AuditReport {
  const who = pupil('Imogen Alderton-Fairweather');
  const first = finding(CAROL, who, {
    connection: {
      platform: 'instagram',
      name: `Imogen ${'Alderton Fairweather '.repeat(extra)}`.trim(),
      username: 'imogen.af',
      relationship: 'follower',
      connectedOn: '2026-03-01',
      source: `connections/${'Carol Odegaard downloads/'.repeat(extra)}followers_1.json:12`,
    },
  });
  return report({ findings: [first, finding(CAROL, pupil('Noah Pemberton'))] });
}

describe('the findings heading in the PDF', () => {
  // The heading sits two thirds of the way down page 1; a first finding from 8 to 40 lines tall.
  it.each([4, 8, 12, 16, 20])('is on the page its first finding starts on (%i repeats)', async (extra) => {
    const pages = await pdfPages((await pdfReporter(tallFirst(extra), context)) as Uint8Array);
    const headingOn = pages.findIndex((page) => page.includes('2. Findings'));
    const firstOn = pages.findIndex((page) => page.includes('Imogen Alderton-Fairweather'));
    expect(headingOn).toBeGreaterThanOrEqual(0);
    expect(firstOn).toBe(headingOn);
    // Moved only when the first finding does not fit below it.
    if (extra <= 8) expect(headingOn).toBe(0);
  });
});
