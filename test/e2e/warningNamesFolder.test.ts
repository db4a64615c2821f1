import { describe, expect, it } from 'vitest';
import { copySchool } from '../commands/harness.js';
import { runInProcess } from '../helpers/runInProcess.js';

/**
 * A family link due for review: the text report of `audit school` gave the command to keep it with FOLDER to fill in,
 * though the folder was the one typed a moment before. It names it; the JSON report's words, kept for any reader, and a
 * report read apart from its folder still say FOLDER. Invented people only.
 */
describe('the command to keep a family link due for review, in the text report', () => {
  it('names the folder the audit was given', async () => {
    const school = copySchool();
    try {
      const date = ['--date', '2027-02-01'];
      const text = await runInProcess(['audit', 'school', ...date], { cwd: school.dir });
      expect(text.stdout.replace(/\s+/g, ' ')).toContain(
        'giving the next review’s date and your name: `social-audit exemptions add school --staff-id S2 --pupil-id A100000000003',
      );
      const json = await runInProcess(['audit', 'school', ...date, '--format', 'json'], { cwd: school.dir });
      const [warning] = JSON.parse(json.stdout).warnings.filter(
        (w: { code: string }) => w.code === 'EXEMPTION_REVIEW_DUE',
      );
      expect(warning.message).toContain('`social-audit exemptions add FOLDER --staff-id S2');
    } finally {
      school.cleanup();
    }
  });
});
