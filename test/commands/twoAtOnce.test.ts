import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { recordExemptionsAfterAudit } from '../../src/commands/exemptionsAfterAudit.js';
import { exemptionsRemove } from '../../src/commands/exemptionsRemove.js';
import { review } from '../../src/commands/review.js';
import { answer, answerLast, declareOnly, testKit, until } from '../prompts/harness.js';
import { auditFolder, auditSavedAsJson, schoolForEachTest, TODAY } from './harness.js';

/**
 * Two people at once: one answers questions at a terminal while a colleague saves a change to the
 * same file. The one answering keeps their answers, added to the file as it is now.
 */
const world = schoolForEachTest();
const file = (name: string) => readFileSync(path.join(world.school.folder, name), 'utf8');
const ZOE = { staffId: 'S1', pupilId: 'A100000000002', relationship: 'cousin' };
const JACK = { staffId: 'S3', pupilId: 'L100000000001', relationship: 'parent', recordedBy: 'B. Deputy' };

describe('two people recording at once', () => {
  it('exemptions add: the link is added to exemptions.csv as a colleague left it, not refused', async () => {
    const { kit, said } = testKit();
    const run = exemptionsAdd('school', { ...ZOE, recordedBy: 'A. Head' }, world.io, kit);
    await until('Review this link on');
    await answer('');
    await answer('');
    expect(screen.getScreen()).toContain('Record it?');
    expect(await exemptionsAdd('school', JACK, world.io)).toBe(0);
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(file('exemptions.csv')).toContain(`S3,L100000000001,parent,${TODAY},B. Deputy,`);
    expect(file('exemptions.csv')).toContain(`S1,A100000000002,cousin,${TODAY},A. Head,`);
    expect(world.io.out()).toContain('changed while you were answering (another change was saved)');
    expect(said.join('') + world.io.out()).not.toContain('nothing was written');
  });

  it('exemptions add: where the colleague recorded the same link, says so and adds nothing', async () => {
    const { kit } = testKit();
    const run = exemptionsAdd('school', { ...ZOE, recordedBy: 'A. Head' }, world.io, kit);
    await until('Review this link on');
    await answer('');
    await answer('');
    expect(await exemptionsAdd('school', { ...ZOE, recordedBy: 'B. Deputy' }, world.io)).toBe(0);
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(file('exemptions.csv').match(/S1,A100000000002,/g)).toHaveLength(1);
    expect(world.io.out()).toContain('this link is recorded there now; nothing was written');
    // Whose stands, and its review date: the person answering may have meant another.
    expect(world.io.out()).toMatch(
      /nothing was written\. Already recorded: .* by B\. Deputy .*to be reviewed on 24 November 2027\./,
    );
  });

  it.each([
    [false, 'parent', 'B. Deputy'],
    [true, 'cousin', 'A. Head'],
  ])(
    'exemptions add: where the colleague recorded the same link otherwise, asks whose stands (yes: %s)',
    async (yes, kept, by) => {
      const { kit } = testKit();
      const run = exemptionsAdd('school', { ...ZOE, recordedBy: 'A. Head' }, world.io, kit);
      await until('Review this link on');
      await answer('');
      await answer('');
      const colleague = { ...ZOE, relationship: 'parent', recordedBy: 'B. Deputy' };
      expect(await exemptionsAdd('school', colleague, world.io)).toBe(0);
      screen.keypress('enter');
      await until('Replace it with yours?');
      expect(world.io.out()).toMatch(/recorded there now\. Already recorded: .*: parent, .* by B\. Deputy/);
      answerLast(yes ? 'y' : '');
      expect(await run).toBe(0);
      const links = file('exemptions.csv').match(/S1,A100000000002,.*/g) ?? [];
      expect(links).toHaveLength(1);
      expect(links[0]).toContain(`S1,A100000000002,${kept},${TODAY},${by},`);
    },
  );

  describe('exemptions add renewing a link a colleague changed meanwhile', () => {
    const LINK = { staffId: 'S2', pupilId: 'A100000000003', reviewOn: '2027-09-01', recordedBy: 'A. Head' };
    const renewWhile = async (colleague: () => Promise<unknown> | undefined): Promise<void> => {
      const { kit } = testKit();
      const run = exemptionsAdd('school', LINK, world.io, kit);
      await until('confirmed it still applies?');
      await colleague();
      answerLast('y');
      expect(await run).toBe(0);
    };
    const links = () => file('exemptions.csv').match(/S2,A100000000003,.*/g) ?? [];

    it('renews the link as the colleague left it, saying theirs was changed, rather than writing the old one back', async () => {
      await renewWhile(() => {
        const csv = file('exemptions.csv').replace(
          /S2,A100000000003,.*/,
          'S2,A100000000003,parent,2026-11-20,B. Deputy,2027-01-05,stepfather',
        );
        writeFileSync(path.join(world.school.folder, 'exemptions.csv'), csv);
        return undefined;
      });
      expect(links()).toEqual([
        'S2,A100000000003,parent,2026-11-20,B. Deputy,2027-09-01,stepfather; still applies: confirmed 24 November 2026 by A. Head',
      ]);
      expect(world.io.out()).toMatch(/changed while you were answering.*: parent, .*B\. Deputy/s);
    });

    it('writes nothing where the colleague renewed it to the same date meanwhile, and says theirs stands', async () => {
      await renewWhile(() => exemptionsAdd('school', { ...LINK, recordedBy: 'B. Deputy' }, world.io));
      expect(links()).toHaveLength(1);
      expect(links()[0]).toMatch(/still applies: confirmed 24 November 2026 by B\. Deputy"?$/);
      expect(links()[0]).not.toContain('A. Head');
      expect(world.io.out()).toContain('this link is recorded there now; nothing was written');
    });
  });

  it('review: the decisions are added to decisions.csv as another review left it', async () => {
    const { folder } = world.school;
    appendFileSync(path.join(folder, 'leavers.csv'), 'L100000000003,Ruby,Stone,,20/07/2020\n');
    appendFileSync(path.join(folder, 'connections', 'lists.csv'), 'S2,tiktok,Ruby Stone,rubystone,following,\n');
    const report = await auditSavedAsJson(folder);
    const ruby = String(report.findings.find((f) => f.pupil.name === 'Ruby Stone')!.number);

    const { kit } = testKit();
    const run = review('school/audit.json', undefined, { recordedBy: 'A. Head' }, world.io, kit);
    await until('What is it?');
    await answer(''); // Ellie Smith: it is the pupil
    for (let i = 0; i < 5; i++) screen.keypress('down');
    await answer(''); // Ruby Stone: stop here and save
    expect(screen.getScreen()).toContain('Save this decision');
    const other = { finding: ruby, decision: 'adult', recordedBy: 'B. Deputy' };
    expect(await review('school/audit.json', undefined, other, world.io)).toBe(0);
    screen.keypress('enter');
    expect(await run).toBe(0);
    const rows = file('decisions.csv');
    expect(rows).toContain(`,L100000000003,adult,now 18 or over,${TODAY},B. Deputy,`);
    expect(rows).toContain(`,confirm,,${TODAY},A. Head,`);
  });

  it('audit --record-exemptions: the links are added to exemptions.csv as a colleague left it', async () => {
    const { folder } = world.school;
    const report = await auditFolder(folder);
    const { kit } = testKit();
    const run = recordExemptionsAfterAudit(report, 'school', {}, world.io, kit);
    await declareOnly('Zoë Núñez', 'A. Head', 3);
    expect(screen.getScreen()).toContain('Record it?');
    expect(await exemptionsAdd('school', JACK, world.io)).toBe(0);
    screen.keypress('enter');
    await run;
    expect(file('exemptions.csv')).toContain(`S3,L100000000001,parent,${TODAY},B. Deputy,`);
    expect(file('exemptions.csv')).toContain(`S1,A100000000002,parent,${TODAY},A. Head,`);
  });

  it('review: where a colleague decided the same finding otherwise meanwhile, the person is asked whose stands', async () => {
    const { folder } = world.school;
    const report = await auditSavedAsJson(folder);
    const ellie = String(report.findings.find((f) => f.level === 'review')!.number);
    // A reason goes with a dismissal only (beside a confirmation it is refused).
    const colleague = (decision: string) => ({
      finding: ellie,
      recordedBy: 'B. Deputy',
      decision,
      ...(decision === 'dismiss' ? { reason: 'her aunt' } : {}),
    });
    const confirmMeanwhile = async (decision: string, keepMine: boolean): Promise<number> => {
      const { kit } = testKit();
      const run = review('school/audit.json', undefined, { recordedBy: 'A. Head' }, world.io, kit);
      await until('What is it?');
      await answer(''); // it is the first Eleanor Smith
      expect(screen.getScreen()).toContain('Save this decision');
      expect(await review('school/audit.json', undefined, colleague(decision), world.io)).toBe(0);
      screen.keypress('enter');
      if (decision !== 'confirm') {
        await until('Replace it with yours');
        expect(screen.getScreen()).toContain(
          `Finding no. ${ellie} was decided meanwhile by B. Deputy on 24 November 2026 (dismissed: not the pupil), reason: her aunt. Replace it with yours (confirmed: it is the pupil)? (y/N)`,
        );
        answerLast(keepMine ? 'y' : '');
      }
      return run;
    };

    expect(await confirmMeanwhile('dismiss', false)).toBe(0);
    expect(world.io.out()).toContain(`Finding no. ${ellie} stays as B. Deputy decided it; yours is not saved.`);
    expect(world.io.out()).toContain('Nothing was written.');
    expect(file('decisions.csv')).toContain(',dismiss,her aunt,2026-11-24,B. Deputy,');
    expect(file('decisions.csv')).not.toContain('A. Head');

    writeFileSync(path.join(folder, 'decisions.csv'), '');
    expect(await confirmMeanwhile('dismiss', true)).toBe(0);
    expect(file('decisions.csv')).toContain(`,confirm,,${TODAY},A. Head,`);

    // Decided the same way: nothing to ask; the later save stands, saying whose it replaced.
    writeFileSync(path.join(folder, 'decisions.csv'), '');
    expect(await confirmMeanwhile('confirm', false)).toBe(0);
    expect(world.io.out()).toContain(
      `Finding no. ${ellie} was decided meanwhile by B. Deputy on 24 November 2026 (confirmed: it is the pupil); yours replaces it.`,
    );
    expect(file('decisions.csv')).toContain(`,confirm,,${TODAY},A. Head,`);
  });

  it('review: where a colleague took the same account to be another pupil meanwhile, the person is asked whose stands', async () => {
    const { folder } = world.school;
    const report = await auditSavedAsJson(folder);
    const shared = report.findings.find((f) => f.level === 'review' && (f.otherCandidates ?? []).length > 0)!;
    const [mine, theirs] = [shared.pupil, shared.otherCandidates![0]!.pupil];
    const number = String(shared.number);
    const colleague = { finding: number, decision: 'confirm', pupilId: theirs.id, recordedBy: 'B. Deputy' };
    const rows = () =>
      file('decisions.csv')
        .split('\n')
        .filter((row) => row.includes(',confirm,'))
        .map((row) => [row.split(',').find((cell) => cell === mine.id || cell === theirs.id), row.includes('A. Head')]);
    const confirmMeanwhile = async (keepMine: boolean): Promise<number> => {
      const { kit } = testKit();
      const run = review('school/audit.json', undefined, { recordedBy: 'A. Head' }, world.io, kit);
      await until('What is it?');
      await answer(''); // it is the first candidate
      expect(screen.getScreen()).toContain('Save this decision');
      expect(await review('school/audit.json', undefined, colleague, world.io)).toBe(0);
      screen.keypress('enter');
      await until('Replace it with yours');
      expect(screen.getScreen()).toContain(
        `Finding no. ${number} was decided meanwhile by B. Deputy on 24 November 2026 (confirmed: it is the pupil) for ${theirs.name}. Replace it with yours, ${mine.name} (confirmed: it is the pupil)? (y/N)`,
      );
      answerLast(keepMine ? 'y' : '');
      return run;
    };

    expect(await confirmMeanwhile(false)).toBe(0);
    expect(world.io.out()).toContain(`Finding no. ${number} stays as B. Deputy decided it; yours is not saved.`);
    expect(rows()).toEqual([[theirs.id, false]]);

    writeFileSync(path.join(folder, 'decisions.csv'), '');
    expect(await confirmMeanwhile(true)).toBe(0);
    // One account is one person: the colleague's row for the other pupil goes, logged as removed.
    expect(rows()).toEqual([[mine.id, true]]);
    expect(file('decisions-log.csv')).toMatch(/A\. Head,removed,[^\n]*B\. Deputy/);
  });

  it('exemptions remove: the link is removed from exemptions.csv as a colleague left it', async () => {
    const { kit } = testKit();
    const run = exemptionsRemove('school', { staffId: 'S2', pupilId: 'A100000000003' }, world.io, kit);
    await until('Recorded by');
    await answer('A. Head');
    expect(screen.getScreen()).toContain('Remove it?');
    expect(await exemptionsAdd('school', JACK, world.io)).toBe(0);
    screen.type('y');
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(file('exemptions.csv')).toContain(`S3,L100000000001,parent,${TODAY},B. Deputy,`);
    expect(file('exemptions.csv')).not.toContain('S2,A100000000003');
  });
});
