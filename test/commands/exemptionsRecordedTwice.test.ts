import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { exemptionsList } from '../../src/commands/exemptionsList.js';
import { exemptionsRemove } from '../../src/commands/exemptionsRemove.js';
import { testKit, typeAndWait, until } from '../prompts/harness.js';
import { auditFolder, schoolForEachTest } from './harness.js';

/**
 * One family link on several rows of exemptions.csv (two people recorded it at once, or files were joined by hand;
 * invented people): the audit applies the last row, so the list, the remove picker and the audit's review warning
 * take it as one link, that row.
 */
const current = schoolForEachTest();
const exemptionsCsv = () => path.join(current.school.folder, 'exemptions.csv');
/** Lines 2 and 3 the fixture's row (to be reviewed on `firstReviewOn`), line 4 the link renewed on 1 November 2026. */
function recordTwiceMore(firstReviewOn = '2027-01-05'): void {
  const [header, row] = readFileSync(exemptionsCsv(), 'utf8').split('\n');
  const first = row!.replace('2027-01-05', firstReviewOn);
  const renewed = row!.replace('2026-01-05', '2026-11-01').replace('2027-01-05', '2027-11-01');
  writeFileSync(exemptionsCsv(), `${[header, first, first, renewed].join('\n')}\n`);
}

describe('a family link recorded on several rows', () => {
  it('is listed once, as the row that applies, saying which rows record it', async () => {
    recordTwiceMore();
    await exemptionsList('school', { format: 'text' }, current.io);
    const said = current.io.out();
    expect(said).toContain('Family links in school/exemptions.csv: 1\n');
    expect(said.match(/Tom Brown/g)).toHaveLength(1);
    expect(said).toContain('recorded 1 November 2026');
    expect(said).toMatch(/Recorded on 3 rows of school\/exemptions\.csv \(lines 2, 3 and\s+4\)/);
  });

  it('is one choice in the remove picker, and removing it removes every row', async () => {
    recordTwiceMore();
    const { kit, said } = testKit();
    const run = exemptionsRemove('school', { recordedBy: 'K. Head', yes: true }, current.io, kit);
    await until('Family link to remove');
    await typeAndWait('harry');
    expect((await screen.getScreen()).match(/Tom Brown/g)).toHaveLength(1);
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(said.join('')).toContain('Recorded on 3 rows');
    expect(readFileSync(exemptionsCsv(), 'utf8')).toBe(
      'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\n',
    );
  });

  it('is not reported due for review by an older row where a later one renewed it', async () => {
    recordTwiceMore('2026-09-01');
    const report = await auditFolder(current.school.folder);
    expect(report.warnings.map((w) => w.code)).not.toContain('EXEMPTION_REVIEW_DUE');
  });
});
