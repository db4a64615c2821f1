import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import type { AuditReport } from '../../src/model/report.js';
import { connectionKey } from '../../src/policy/applyDecisions.js';
import { testKit, until } from '../prompts/harness.js';
import { auditFolder, copySchool, testIO } from './harness.js';

const HEADER = 'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by,account_name,pupil_name';
let school: ReturnType<typeof copySchool> | undefined;
afterEach(() => school?.cleanup());

const audit = async (): Promise<AuditReport> => auditFolder(school!.folder);

/** The fixture school, audited before any decision, then decisions.csv holding `rows` (built from the findings). */
async function withDecisions(rows: (report: AuditReport) => string[]) {
  school = copySchool();
  const report = await audit();
  const decisions = path.join(school.folder, 'decisions.csv');
  writeFileSync(decisions, [HEADER, ...rows(report)].join('\r\n'));
  return { report, decisions, io: testIO(school.dir) };
}

/** A row of decisions.csv deciding `pupilId` about the finding's account. */
function row(report: AuditReport, number: number, pupilId: string, decision: string, by: string, on: string): string {
  const f = report.findings[number - 1]!;
  const key = connectionKey(f.staff.id, f.connection, pupilId);
  return [key, f.staff.id, pupilId, decision, decision === 'dismiss' ? 'her aunt' : '', on, by].join(',');
}

/** The fixture school with Ellie Smith's Instagram on Tom Brown's list too, audited: her findings on each list. */
async function onTwoLists() {
  school = copySchool();
  appendFileSync(path.join(school.folder, 'connections', 'lists.csv'), 'S2,instagram,Ellie Smith,ellie.s,follower,\n');
  const report = await audit();
  const [janes, toms] = report.findings.filter((f) => f.connection.username === 'ellie.s');
  return { report, janes, toms, folder: school.folder, dir: school.dir };
}

/** Finding 3 is Ellie Smith's Instagram, which two pupils named Eleanor (Ellie) Smith may be. */
const ELLIE = 3;
const [YEAR7, YEAR9] = ['A100000000004', 'A100000000005'];

describe('decisions.csv rows that contradict each other, before a review', () => {
  it('the audit applies none of them and says which lines: a dismissal later in the file no longer hides a FLAG', async () => {
    const { report } = await withDecisions((r) => [
      row(r, 1, r.findings[0]!.pupil.id, 'confirm', 'K. Head', '2026-12-05'),
      row(r, 1, r.findings[0]!.pupil.id, 'dismiss', 'J. Smith', '2026-12-01'),
      row(r, ELLIE, YEAR7, 'confirm', 'K. Head', '2026-12-05'),
      row(r, ELLIE, YEAR9, 'confirm', 'J. Smith', '2026-12-02'),
    ]);
    const after = await audit();
    expect(after.findings.map((f) => [f.level, f.pupil.id, f.otherCandidates?.map((c) => c.pupil.id)])).toEqual(
      report.findings.map((f) => [f.level, f.pupil.id, f.otherCandidates?.map((c) => c.pupil.id)]),
    );
    const conflicts = after.warnings.filter((w) => w.code === 'DECISIONS_DISAGREE');
    expect(conflicts.map((w) => [w.source, w.args])).toMatchObject([
      ['decisions.csv', { kind: 'decisions', rows: [{ line: 2 }, { line: 3 }] }],
      [
        'decisions.csv',
        {
          kind: 'pupils',
          rows: [
            { line: 4, pupilId: YEAR7 },
            { line: 5, pupilId: YEAR9 },
          ],
        },
      ],
    ]);
  });

  it('review --finding says so and its decision replaces every row of the account, the other pupil’s too', async () => {
    const { decisions, io } = await withDecisions((r) => [
      row(r, ELLIE, YEAR7, 'confirm', 'K. Head', '2026-12-05'),
      row(r, ELLIE, YEAR9, 'confirm', 'J. Smith', '2026-12-02'),
    ]);
    writeFileSync(path.join(school!.folder, 'audit.json'), JSON.stringify(await audit()));
    const options = { finding: String(ELLIE), decision: 'confirm', pupilId: YEAR9, recordedBy: 'K. Head' };
    expect(await review('school/audit.json', undefined, options, io)).toBe(0);
    expect(io.out()).toMatch(
      /! school\/decisions\.csv: lines 2 and 3 take Jane Doe’s \(S1\) Instagram account @ellie\.s to be different pupils/,
    );
    expect(io.out()).toContain('It is finding no. 3 of this report: decide it again now');
    const rows = readFileSync(decisions, 'utf8').trim().split(/\r?\n/).slice(1);
    expect(rows.map((r) => r.split(',').slice(2, 4))).toEqual([[YEAR9, 'confirm']]);
    expect((await audit()).warnings.map((w) => w.code)).not.toContain('DECISIONS_DISAGREE');
  });

  it('review at a terminal asks again a FLAG whose rows disagree, not only the findings left for review', async () => {
    const { io } = await withDecisions((r) => [
      row(r, 2, r.findings[1]!.pupil.id, 'dismiss', 'J. Smith', '2026-12-01'),
      row(r, 2, r.findings[1]!.pupil.id, 'confirm', 'K. Head', '2026-12-05'),
    ]);
    const report = await audit();
    expect(report.findings[1]!.level).toBe('flag');
    writeFileSync(path.join(school!.folder, 'audit.json'), JSON.stringify(report));
    const { kit, said } = testKit();
    const run = review('school/audit.json', undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    expect(said.join('')).toContain('Finding 1 of 2 (no. 2 in school/audit.json) — FLAG');
    expect(said.join('')).toContain(
      '! school/decisions.csv lines 2 and 3 disagree about this account, so none of them applies; your answer replaces them.',
    );
    screen.keypress('escape');
    await expect(run).rejects.toThrow();
  });

  it('one account on two lists, confirmed as the pupil on one and dismissed on the other: both asked again', async () => {
    const { janes, toms, folder, dir } = await onTwoLists();
    const rowFor = (f: typeof janes, decision: string, by: string) => [
      connectionKey(f!.staff.id, f!.connection, YEAR7),
      f!.staff.id,
      YEAR7,
      decision,
      'not her',
      '2026-12-01',
      by,
    ];
    const decisions = path.join(folder, 'decisions.csv');
    writeFileSync(
      decisions,
      [HEADER, rowFor(janes, 'confirm', 'K. Head').join(','), rowFor(toms, 'dismiss', 'J. Smith').join(',')].join(
        '\r\n',
      ),
    );
    const after = await audit();
    expect(after.findings.filter((f) => f.connection.username === 'ellie.s').map((f) => f.staff.id)).toEqual([
      'S1',
      'S2',
    ]);
    expect(after.warnings.find((w) => w.code === 'DECISIONS_DISAGREE')?.message).toContain(
      'the Instagram account @ellie.s on Jane Doe’s (S1) and Tom Brown’s (S2) lists',
    );
    writeFileSync(path.join(folder, 'audit.json'), JSON.stringify(after));
    const io = testIO(dir);
    const options = { finding: String(janes!.number), decision: 'confirm', pupilId: YEAR7, recordedBy: 'K. Head' };
    expect(await review('school/audit.json', undefined, options, io)).toBe(0);
    expect(io.out()).toContain(`It is findings no. ${janes!.number}, ${toms!.number} of this report`);
    const rows = readFileSync(decisions, 'utf8').trim().split(/\r?\n/).slice(1);
    expect(rows.map((r) => r.split(',').slice(1, 4))).toEqual([['S1', YEAR7, 'confirm']]);
  });

  it('says at once when a decision saved is at odds with a colleague’s on the same account, not at the next audit', async () => {
    const { report, janes, toms, folder, dir } = await onTwoLists();
    writeFileSync(path.join(folder, 'audit.json'), JSON.stringify(report));
    const confirmed = [
      connectionKey('S1', janes!.connection, YEAR7),
      'S1',
      YEAR7,
      'confirm',
      '',
      '2026-12-01',
      'J. Smith',
    ];
    writeFileSync(path.join(folder, 'decisions.csv'), [HEADER, confirmed.join(',')].join('\r\n'));
    const io = testIO(dir);
    // Taken for the other Ellie here (a dismissal of the account confirmed there now needs --overrule, and takes both).
    const options = { finding: String(toms!.number), decision: 'confirm', pupilId: YEAR9, recordedBy: 'K. Head' };
    expect(await review('school/audit.json', undefined, options, io)).toBe(0);
    expect(io.out()).toMatch(
      /Saved 1 decision to school\/decisions\.csv\. The next audit applies it\.\n! school\/decisions\.csv: lines 2 and 3 take the Instagram account @ellie\.s on Jane Doe’s \(S1\) and Tom Brown’s \(S2\) lists to be different pupils/,
    );
    expect(io.out()).toContain(`Your decision saved it so. It is findings no. ${janes!.number}, ${toms!.number}`);
  });
});
