import { describe, expect, it } from 'vitest';
import type { StaffRef } from '../../../src/model/report.js';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { CONTINUED } from '../../../src/report/wording.js';
import { CAROL, finding, pupil, report, staffMember } from './factories.js';
import { pdfPages } from './pdfText.js';

const context = { color: false, width: 100, term: 'Autumn term 2026' };
const DEV = staffMember('ST09', 'Dev Okonkwo');

/** The lines of each page that head a member of staff's findings (their id, or initials and role when redacted). */
async function headings(staff: StaffRef, redacted = false): Promise<string[][]> {
  const carols = Array.from({ length: 18 }, (_, i) => finding(staff, pupil(`Imogen Fairweather ${i + 1}`)));
  const audit = { ...report({ findings: [...carols, finding(DEV, pupil('Noah Pemberton'))] }), redacted };
  const pages = await pdfPages((await pdfReporter(audit, context)) as Uint8Array);
  return pages.map((page) => page.split('\n').filter((line) => / — \d+ flagged/.test(line)));
}

describe("a member of staff's findings running onto a new page", () => {
  it('repeat their heading marked continued; the first, and the next colleague’s, not', async () => {
    const pages = await headings(CAROL);
    const on = pages.filter((lines) => lines.length > 0);
    expect(on.length).toBeGreaterThanOrEqual(3);
    expect(on[0]).toEqual(['Mrs Carol Ødegaard · Class teacher · S01 — 18 flagged']);
    for (const lines of on.slice(1, -1))
      expect(lines).toEqual([`Mrs Carol Ødegaard · Class teacher · S01 — 18 flagged ${CONTINUED}`]);
    expect(on.at(-1)).toContain('Dev Okonkwo · Teacher · ST09 — 1 flagged');
  });

  it('in the governors’ copy too', async () => {
    const on = (await headings(CAROL, true)).filter((lines) => lines.length > 0);
    expect(on[0]![0]).not.toContain(CONTINUED);
    expect(on[1]![0]).toMatch(/ — 18 flagged \(continued\)$/);
  });
});
