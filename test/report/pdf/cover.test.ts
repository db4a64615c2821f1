import type { ContentTable, CustomTableLayout } from 'pdfmake/interfaces.js';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { summary } from '../../../src/report/pdf/cover.js';
import { COLOUR } from '../../../src/report/pdf/theme.js';
import { CAROL, DAVID, report } from './factories.js';

/** The colour of the box around the report's opening sentence, as the governors' first page shows it. */
const boxFill = (r: AuditReport): unknown => {
  const box = summary(r)[0] as ContentTable;
  const fill = (box.layout as CustomTableLayout).fillColor;
  return typeof fill === 'function' ? fill(0, box, 0) : fill;
};

describe('the PDF summary box', () => {
  it('is green only where nothing was found in every member of staff’s lists', () => {
    const clear = report({ staff: [CAROL, DAVID] });
    expect(boxFill(clear)).toBe(COLOUR.clearFill);
    // David handed in nothing: a clear result from Carol's lists alone is not a clear school.
    const partial = {
      ...clear,
      coverage: clear.coverage.map((c) => (c.staff === DAVID ? { ...c, platforms: {}, connections: 0 } : c)),
    };
    expect(boxFill(partial)).not.toBe(COLOUR.clearFill);
    expect(boxFill(partial)).not.toBe(COLOUR.flagFill);
  });
});
