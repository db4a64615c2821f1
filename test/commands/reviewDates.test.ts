import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { recordExemptionsAfterAudit } from '../../src/commands/exemptionsAfterAudit.js';
import { review } from '../../src/commands/review.js';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { loadAuditFolder } from '../../src/io/loadAuditFolder.js';
import type { AuditReport } from '../../src/model/report.js';
import { answer, answerLast, declareOnly, testKit, until } from '../prompts/harness.js';
import { schoolForEachTest, TODAY } from './harness.js';

/**
 * The day a link or decision is recorded is the real day (the clock, here TODAY = 2026-11-24); the
 * review date offered for a link recorded from an audit's findings follows the audit's own date.
 */
const world = schoolForEachTest();

const REPORT = 'school/audit.json';
const exemptionsCsv = () => readFileSync(path.join(world.school.folder, 'exemptions.csv'), 'utf8');
const auditOn = async (auditDate: string): Promise<AuditReport> => {
  const report = await runAudit(await loadAuditFolder(nodeFileSystem, { folder: world.school.folder }), { auditDate });
  writeFileSync(path.join(world.school.folder, 'audit.json'), JSON.stringify(report));
  return report;
};
const zoe = (report: AuditReport) => String(report.findings.find((f) => f.pupil.name === 'Zoë Núñez')!.number);
const family = (finding: string) => ({ finding, decision: 'family', relationship: 'cousin', recordedBy: 'K. Head' });

describe('dates in review and audit --record-exemptions', () => {
  it('review --decision family: recorded today, review date a year after the audit (audit taken on 10 September)', async () => {
    const report = await auditOn('2026-09-10');
    expect(await review(REPORT, undefined, family(zoe(report)), world.io)).toBe(0);
    expect(exemptionsCsv()).toContain(`S1,A100000000002,cousin,${TODAY},K. Head,2027-09-10,`);
    expect(world.io.out()).toContain('family link with Zoë Núñez (cousin, review on 10 September 2027)');
    expect(readFileSync(path.join(world.school.folder, 'decisions.csv'), 'utf8')).toContain(
      `,family,,${TODAY},K. Head,`,
    );
  });

  it('a year from today where a year after the audit is already past', async () => {
    const report = await auditOn('2025-06-01');
    expect(await review(REPORT, undefined, family(zoe(report)), world.io)).toBe(0);
    expect(exemptionsCsv()).toContain(`S1,A100000000002,cousin,${TODAY},K. Head,2027-11-24,`);
  });

  it('at a terminal, review offers a year after the audit, and says so', async () => {
    const report = await auditOn('2026-09-10');
    const { kit } = testKit();
    const run = review(
      REPORT,
      undefined,
      { finding: zoe(report), decision: 'family', recordedBy: 'K. Head' },
      world.io,
      kit,
    );
    await until('Relationship');
    await answer(''); // parent
    expect(screen.getScreen()).toContain(
      'Review this link on (DD/MM/YYYY; Enter for 10 September 2027, a year after the audit)',
    );
    await answer('');
    answerLast(''); // no note
    expect(await run).toBe(0);
    expect(exemptionsCsv()).toContain(`S1,A100000000002,parent,${TODAY},K. Head,2027-09-10,`);
  });

  it('audit --date D --record-exemptions offers a year after D', async () => {
    const report = await auditOn('2026-09-10');
    const { kit } = testKit();
    const run = recordExemptionsAfterAudit(report, 'school', {}, world.io, kit);
    await declareOnly('Zoë Núñez', 'K. Head', 3, () =>
      expect(screen.getScreen()).toContain('; Enter for 10 September 2027, a year after the audit)'),
    );
    screen.keypress('enter');
    await run;
    expect(exemptionsCsv()).toContain(`S1,A100000000002,parent,${TODAY},K. Head,2027-09-10,`);
  });
});
