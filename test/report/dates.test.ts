import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { loadAuditFolder } from '../../src/io/loadAuditFolder.js';
import type { AuditReport } from '../../src/model/report.js';
import { pdfReporter } from '../../src/report/pdf/pdfReporter.js';
import { textReporter } from '../../src/report/textReporter.js';
import { describeConfirmed, describeDecidedBy } from '../../src/report/wording.js';
import { pdfPages } from './pdf/pdfText.js';

const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
const plain = { color: false, width: 80 };

/** The sample school's audit, with a finding confirmed and one dismissed at an earlier review. */
async function sampleReport(): Promise<AuditReport> {
  const report = await runAudit(await loadAuditFolder(nodeFileSystem, { folder: SAMPLE }), { auditDate: '2026-11-24' });
  const [first, second, ...rest] = report.findings;
  const earlier = { decidedBy: 'K. Head', decidedOn: '2026-10-03' };
  return {
    ...report,
    findings: [{ ...first!, decision: { decision: 'confirm', ...earlier } }, ...rest],
    dismissed: [{ ...second!, decision: { decision: 'dismiss', reason: 'her aunt', ...earlier } }],
  };
}

/** Dates written YYYY-MM-DD, leaving out file names and paths (a download's folder is named by its date). */
const isoDates = (text: string): string[] =>
  text.replace(/\S*[/:]\S*/g, ' ').match(/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g) ?? [];

describe('dates in the reports people read', () => {
  it('are said as the heading says the audit date (24 November 2026), in text and PDF alike', async () => {
    const report = await sampleReport();
    const text = String(await textReporter(report, plain));
    const pdf = (await pdfPages((await pdfReporter(report, plain)) as Uint8Array)).join('\n');
    for (const shown of [text, pdf].map((s) => s.replace(/\s+/g, ' '))) {
      expect(isoDates(shown)).toEqual([]);
      expect(shown).toContain('since 19 July 2026'); // a connection's date
      expect(shown).toMatch(/left 2[02] July 20\d\d/); // a former pupil's leaving date
      expect(shown).toContain('on 2 October 2023'); // a family link recorded
      expect(shown).toContain('due for review on 1 September 2026'); // a warning
      expect(shown).toContain('on 3 October 2026'); // decided at an earlier review
    }
  });

  it('say who confirmed a finding at review and on which day, in text and PDF alike', async () => {
    const report = await sampleReport();
    const text = String(await textReporter(report, plain));
    const pdf = (await pdfPages((await pdfReporter(report, plain)) as Uint8Array)).join('\n');
    for (const shown of [text, pdf].map((s) => s.replace(/\s+/g, ' ')))
      expect(shown).toContain('Confirmed by K. Head on 3 October 2026');
  });

  it('say who decided and when as far as the record goes, leaving out what it does not say', () => {
    const cases = [
      [{ decidedBy: 'K. Head', decidedOn: '2026-10-03' }, 'by K. Head on 3 October 2026'],
      [{ decidedOn: '2026-10-03' }, 'on 3 October 2026'],
      [{ decidedBy: 'K. Head', decidedOn: '' }, 'by K. Head'],
      [{}, ''],
    ] as const;
    for (const [decision, said] of cases) {
      expect(describeDecidedBy(decision)).toBe(said);
      expect(describeConfirmed(decision)).toBe(`Confirmed${said && ` ${said}`}`);
    }
  });
});
