import { describe, expect, it } from 'vitest';
import { fontCoverage } from '../../../src/report/pdf/fonts.js';
import { guardReport } from '../../../src/report/pdf/guardReport.js';
import { MAX_TEXT_LENGTH, TextGuard } from '../../../src/report/pdf/TextGuard.js';
import { toAuditWarning } from '../../../src/report/warningWording.js';
import { describeShortenedEnd } from '../../../src/report/wording.js';
import { report } from './factories.js';

describe('a warning quoting a name far past any platform’s length, in the PDF', () => {
  it('shortens the name as the tables do, keeping the warning’s own words and hint whole', () => {
    // A duplicated pupil whose surname is a pasted paragraph (invented): cut at the warning's 1,500, the hint was lost.
    const pupilName = `Maya ${'Patel'.repeat(600)}`;
    const warning = toAuditWarning(
      { code: 'DUPLICATE_PUPIL', args: { pupilId: 'P9', pupilName, firstAt: 'roll.csv:2' } },
      'roll.csv:9',
    );
    const guard = new TextGuard(fontCoverage().drawable);
    const guarded = guardReport({ ...report({}), warnings: [warning] }, guard);
    const message = guarded.warnings[0]!.message;
    expect(message).toContain(describeShortenedEnd([...pupilName].length));
    expect(message).toMatch(/\(pupil P9\) is also on roll\.csv:2; that record is used$/);
    expect([...message].length).toBeLessThan(MAX_TEXT_LENGTH + 100);
    expect(guard.warnings()).toEqual([]);
  });
});
