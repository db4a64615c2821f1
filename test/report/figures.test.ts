import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/report.js';
import { textReporter } from '../../src/report/textReporter.js';
import { describeWarning } from '../../src/report/warningWording.js';
import { describeLevelCounts } from '../../src/report/wording.js';
import { report } from './pdf/factories.js';

/** A trust's audit: counts in the thousands, more staff than the coverage section lists one by one. */
function trust(): AuditReport {
  const base = report();
  const coverage = Array.from({ length: 4000 }, (_, i) => ({
    staff: { id: `S${i}`, name: `Staff ${i}` },
    platforms: i === 0 ? {} : { facebook: 90, instagram: 160 },
    connections: i === 0 ? 0 : 250,
  }));
  return {
    ...base,
    summary: {
      ...base.summary,
      pupils: { current: 44110, former: 6000, formerInScope: 3000 },
      staff: 4000,
      connections: 1000000,
      findings: { flag: 939, review: 16588, total: 17527 },
      staffWithFindings: 3945,
    },
    coverage,
  };
}

describe('counts in the text report', () => {
  it('are written with thousands separators, as the PDF writes them', async () => {
    const text = String(await textReporter(trust(), { color: false, width: 100 }));
    expect(text).toContain(
      'Pupils             44,110 current, 6,000 former (3,000 of them under 18 or of unknown age)',
    );
    expect(text).toContain('Staff              4,000 (3,999 with connection lists read)');
    expect(text).toContain('Connections read   1,000,000');
    expect(text).toContain('3,999 of 4,000 staff: Facebook 359,910, Instagram 639,840');
    expect(text).toContain('Nothing handed in by 1: Staff 0');
  });

  it('and in the warnings', () => {
    const message = describeWarning({
      code: 'CONNECTIONS_UNCHECKABLE',
      args: { count: 1200, of: 15000, accounts: 'x-followers' },
    });
    expect(message).toMatch(/^1,200 of the 15,000 X accounts/);
  });
});

describe('a member of staff’s findings counted, over them in the text report and the PDF', () => {
  it('says each level they have, and leaves out one they have none of', () => {
    const levels = (...level: ('flag' | 'review')[]) => describeLevelCounts(level.map((l) => ({ level: l })));
    expect(levels('review', 'flag', 'review')).toBe('1 flagged, 2 for review');
    expect(levels('review', 'review')).toBe('2 for review');
    expect(levels('flag')).toBe('1 flagged');
  });
});
