import { createRequire } from 'node:module';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { FONT } from '../../../src/report/pdf/fonts.js';
import { measureOnce } from '../../../src/report/pdf/measureOnce.js';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { renderPdf } from '../../../src/report/pdf/renderPdf.js';
import { CAROL, DAVID, exempted, finding, pupil, report } from './factories.js';

const context = { color: false, width: 100 };
const render = async (r: AuditReport): Promise<Buffer> => Buffer.from((await pdfReporter(r, context)) as Uint8Array);

/** How many times pdfmake lays a document out: the situation under test must arise. */
const LayoutBuilder = (
  createRequire(import.meta.url)('pdfmake/js/LayoutBuilder.js') as {
    default: { prototype: { tryLayoutDocument(...args: unknown[]): unknown } };
  }
).default;
let layouts = 0;
const layOut = LayoutBuilder.prototype.tryLayoutDocument;
LayoutBuilder.prototype.tryLayoutDocument = function (...args: unknown[]): unknown {
  layouts++;
  return layOut.apply(this, args);
};

/**
 * Section headings that fall at a page's foot (pdfmake then lays the whole document out again, once per
 * heading moved), and names too long for their cells, which laying out cuts (changing the runs measured).
 */
function relaidReport(findings: number, links: number): AuditReport {
  return report({
    findings: Array.from({ length: findings }, (_, i) =>
      finding(i % 4 ? CAROL : DAVID, pupil(i % 7 ? `Pupil Number${i + 1} Ñúñez` : `${'Longname'.repeat(20)}${i}`), {
        level: i % 3 ? 'flag' : 'review',
      }),
    ).sort((a, b) => a.staff.id.localeCompare(b.staff.id)),
    exempted: Array.from({ length: links }, (_, i) => exempted(DAVID, pupil(`Niece Number${i + 1}`))),
  });
}

describe('measureOnce: a text measured once for every layout of its document', () => {
  afterEach(() => measureOnce(true));

  it('gives the bytes pdfmake gives measuring afresh for each layout', { timeout: 60_000 }, async () => {
    for (const [findings, links, times] of [
      [5, 0, 2],
      [7, 14, 3],
      [16, 16, 2],
    ] as const) {
      const input = relaidReport(findings, links);
      measureOnce(false);
      const afresh = await render(structuredClone(input));
      measureOnce(true);
      layouts = 0;
      const once = await render(structuredClone(input));
      expect(layouts, `${findings} findings`).toBe(times);
      expect(once.equals(afresh), `${findings} findings`).toBe(true);
    }
  });

  it('keeps no measure from one document to the next, though it be laid out from the same nodes', async () => {
    const definition: TDocumentDefinitions = {
      content: [{ text: 'Hollowmere Primary School', style: 'h' }],
      styles: { h: { fontSize: 10 } },
      defaultStyle: { font: FONT.body },
      // Else stamped with the time of rendering.
      info: { creationDate: new Date(Date.UTC(2026, 10, 24)) },
    };
    await renderPdf(definition);
    definition.styles = { h: { fontSize: 20 } };
    const again = Buffer.from(await renderPdf(definition));
    measureOnce(false);
    expect(again.equals(Buffer.from(await renderPdf(definition)))).toBe(true);
  });

  it('measures a node anew when its text changed since', async () => {
    const input = relaidReport(5, 0);
    const first = await render(input);
    const other = await render({ ...input, school: 'Quarrybank Infant School' });
    measureOnce(false);
    expect(other.equals(await render({ ...input, school: 'Quarrybank Infant School' }))).toBe(true);
    expect(first.equals(other)).toBe(false);
  });
});
