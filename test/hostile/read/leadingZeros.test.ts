import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';

/** Family links and review decisions saved by Mac Excel, its admission numbers stripped of their zeros: make-fixtures.mjs. */
const FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mac-roman-zeros');

interface Report {
  findings: { staff: { id: string }; pupil: { id: string } }[];
  exempted: { staff: { id: string }; pupil: { id: string } }[];
  dismissed: { pupil: { id: string }; decision: { reason?: string } }[];
  warnings: { code: string; source?: string; args?: { given: string; rollIds: string[]; applied: boolean } }[];
}

describe('pupil ids Excel saved without their leading zeros (123 for the roll’s 00123)', () => {
  it('still applies a family link and a review decision where one roll id fits, saying what was assumed', async () => {
    const { code, stdout } = await runInProcess(['audit', FOLDER, '--date', '2026-11-24', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.exempted.map((e) => `${e.staff.id}:${e.pupil.id}`)).toEqual(['S2:00123']);
    expect(report.dismissed.map((d) => [d.pupil.id, d.decision.reason])).toEqual([
      ['00456', 'her aunt: Zoë Clarke née Brontë'],
    ]);
    const zeros = report.warnings.filter((w) => w.code === 'PUPIL_ID_LEADING_ZEROS');
    expect(zeros.map((w) => [w.source, w.args])).toEqual([
      ['exemptions.csv:2', expect.objectContaining({ given: '123', rollIds: ['00123'], applied: true })],
      ['exemptions.csv:3', expect.objectContaining({ given: '789', rollIds: ['00789', '0789'], applied: false })],
      ['decisions.csv:2', expect.objectContaining({ given: '456', rollIds: ['00456'], applied: true })],
    ]);
  });

  it('applies none where two roll ids fit (twins 0789 and 00789): the connection stays a finding', async () => {
    const { stdout } = await runInProcess(['audit', FOLDER, '--date', '2026-11-24', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.map((f) => `${f.staff.id}:${f.pupil.id}`)).toEqual(['S1:0789']);
    expect(report.warnings.map((w) => w.code)).toContain('EXEMPTION_UNKNOWN_PUPIL');
  });

  it('says so in words in the text report', async () => {
    const { stdout } = await runInProcess(['audit', FOLDER, '--date', '2026-11-24']);
    // Folded to the width: read as one run of words.
    expect(stdout.replace(/\s+/g, ' ')).toContain(
      'names pupil 123, who is not on the roll; 00123 is, the same but for leading zeros (a spreadsheet drops them from numbers), so it is taken to be 00123',
    );
  });
});
