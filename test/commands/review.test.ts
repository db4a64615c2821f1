import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { CancelledError, type UserError } from '../../src/errors.js';
import type { AuditReport } from '../../src/model/report.js';
import { redactReport } from '../../src/report/redact.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditFolder, copySchool, TODAY, testIO } from './harness.js';

let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
beforeEach(async () => {
  school = copySchool();
  io = testIO(school.dir);
  writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(await audit()));
});
afterEach(() => school.cleanup());

const audit = async (): Promise<AuditReport> => auditFolder(school.folder);
const decisionsCsv = () => path.join(school.folder, 'decisions.csv');
const REPORT = 'school/audit.json';

describe('review (scripts)', () => {
  it('says what each decision means where --decision is none of them', async () => {
    const error = (await review(
      REPORT,
      undefined,
      { finding: '1', decision: 'maybe', recordedBy: 'K. Head' },
      io,
    ).catch((e: unknown) => e)) as UserError;
    expect(error.message).toBe('--decision "maybe" is not one of confirm, dismiss, family, adult');
    expect(error.hint).toContain('dismiss: it is not (with --reason)');
    expect(error.hint).toContain('adult: a former pupil now 18 or over');
    expect(existsSync(decisionsCsv())).toBe(false);
  });

  it('names the missing options when nothing can be asked', async () => {
    const error = (await review(REPORT, undefined, { decision: 'dismiss' }, io).catch((e: unknown) => e)) as UserError;
    expect(error.message).toBe(
      'review: missing --finding, --recorded-by, --reason (this is not a terminal, so nothing can be asked)',
    );
    expect(error.exitCode).toBe(2);
    expect(existsSync(decisionsCsv())).toBe(false);
  });

  it('dismisses a finding; the next audit leaves it out and lists it as dismissed, with who and when', async () => {
    const before = await audit();
    const number = before.findings.findIndex((f) => f.level === 'review') + 1;
    expect(
      await review(
        REPORT,
        undefined,
        { finding: String(number), decision: 'dismiss', reason: 'her aunt, same name', recordedBy: 'K. Head' },
        io,
      ),
    ).toBe(0);
    expect(readFileSync(decisionsCsv(), 'utf8')).toContain(
      'S1|instagram|@ellie.s|A100000000004,S1,A100000000004,dismiss,"her aunt, same name",2026-11-24,K. Head,Ellie Smith,Eleanor (Ellie) Smith,2015-03-01',
    );
    const after = await audit();
    expect(after.findings.map((f) => f.connection.source)).toEqual(
      before.findings.filter((f) => f.level !== 'review').map((f) => f.connection.source),
    );
    expect(after.dismissed.map((d) => [d.pupil.id, d.decision])).toEqual([
      ['A100000000004', { decision: 'dismiss', decidedBy: 'K. Head', decidedOn: TODAY, reason: 'her aunt, same name' }],
      ['A100000000005', { decision: 'dismiss', decidedBy: 'K. Head', decidedOn: TODAY, reason: 'her aunt, same name' }],
    ]);
    expect(after.summary.dismissed).toBe(2);

    expect(
      await review(
        REPORT,
        undefined,
        { finding: String(number), decision: 'dismiss', reason: 'again', recordedBy: 'K. Head' },
        io,
      ),
    ).toBe(0);
    expect(io.out()).toContain(
      'is already decided in school/decisions.csv by K. Head on 24 November 2026 (dismissed: not the pupil); nothing was written.',
    );
  });

  it('decides a finding again in its place in decisions.csv, not moved to the end', async () => {
    const by = { recordedBy: 'K. Head' };
    await review(REPORT, undefined, { finding: '3', decision: 'confirm', ...by }, io);
    await review(REPORT, undefined, { finding: '1', decision: 'confirm', ...by }, io);
    // Confirmed, it is a FLAG from then on: dismissing it is an overrule.
    await review(
      REPORT,
      undefined,
      { finding: '3', decision: 'dismiss', reason: 'her aunt', overrule: true, ...by },
      io,
    );
    const rows = readFileSync(decisionsCsv(), 'utf8').split(/\r?\n/).slice(1, -1);
    expect(rows.map((row) => row.split(',').slice(1, 4).join(','))).toEqual([
      'S1,A100000000004,dismiss',
      'S1,L100000000001,confirm',
      'S1,A100000000005,dismiss',
    ]);
  });

  it('confirms a finding as one of its pupils: the next audit flags it, saying it was confirmed', async () => {
    const number = (await audit()).findings.findIndex((f) => f.level === 'review') + 1;
    await review(
      REPORT,
      'school',
      { finding: String(number), decision: 'confirm', pupilId: 'A100000000005', recordedBy: 'K. Head' },
      io,
    );
    const flagged = (await audit()).findings.find((f) => f.connection.username === 'ellie.s')!;
    expect(flagged).toMatchObject({
      level: 'flag',
      pupil: { id: 'A100000000005' },
      decision: { decision: 'confirm', decidedBy: 'K. Head' },
    });
    expect(flagged.reasons.at(-1)).toBe('CONFIRMED_EARLIER');
  });

  it('keeps a reason given with a confirmation (the contract takes --reason beside any decision)', async () => {
    const number = (await audit()).findings.findIndex((f) => f.level === 'review') + 1;
    const options = { finding: String(number), decision: 'confirm', pupilId: 'A100000000005', recordedBy: 'K. Head' };
    expect(await review(REPORT, 'school', { ...options, reason: ' her form tutor knows the account ' }, io)).toBe(0);
    const flagged = (await audit()).findings.find((f) => f.connection.username === 'ellie.s')!;
    expect(flagged.decision).toMatchObject({ decision: 'confirm', reason: 'her form tutor knows the account' });
  });

  it('records a family link from a finding in exemptions.csv as well', async () => {
    const number = (await audit()).findings.findIndex((f) => f.pupil.name === 'Zoë Núñez') + 1;
    await review(
      REPORT,
      'school',
      { finding: String(number), decision: 'family', relationship: 'cousin', recordedBy: 'K. Head' },
      io,
    );
    expect(readFileSync(path.join(school.folder, 'exemptions.csv'), 'utf8')).toContain(
      'S1,A100000000002,cousin,2026-11-24,K. Head,2027-11-24,',
    );
    const after = await audit();
    expect(after.exempted.map((e) => e.pupil.id)).toContain('A100000000002');
    expect(after.findings.map((f) => f.pupil.id)).not.toContain('A100000000002');
  });

  it('refuses a redacted report, naming it, and writes nothing: its ids are not the school’s', async () => {
    const report = await audit();
    writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(redactReport(report)));
    const options = { finding: '3', decision: 'confirm', recordedBy: 'K. Head' };
    await expect(review(REPORT, undefined, options, io)).rejects.toThrow(
      'school/audit.json: is a redacted report, which does not say who is who; nothing was written',
    );
    expect(existsSync(decisionsCsv())).toBe(false);
  });

  it('refuses a report of another school’s folder (other pupils, or other staff), saying which, and writes nothing', async () => {
    const report = { ...(await audit()), school: 'Eastfield Primary' };
    const elsewhere = (change: (f: AuditReport['findings'][number]) => object) => ({
      ...report,
      findings: report.findings.map((f) => ({ ...f, ...change(f), otherCandidates: [] })),
    });
    const options = { finding: '3', decision: 'confirm', recordedBy: 'K. Head' };
    const attempts: [object, string][] = [
      [elsewhere((f) => ({ pupil: { ...f.pupil, id: `E${f.pupil.id}` } })), 'roll'],
      [elsewhere((f) => ({ staff: { ...f.staff, id: `E${f.staff.id}` } })), 'staff list'],
    ];
    for (const [other, list] of attempts) {
      writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(other));
      const error = (await review(REPORT, 'school', options, io).catch((e: unknown) => e)) as UserError;
      expect(error.message).toBe(
        `school/audit.json (Eastfield Primary, 24 November 2026) is not a report of school: none of the ${list === 'staff list' ? 'staff' : 'current pupils'} its findings name is on the ${list} in school; nothing was written`,
      );
      expect(error.exitCode).toBe(2);
      expect(error.hint).toBe('Give the folder its audit was run on: social-audit review school/audit.json FOLDER');
      expect(existsSync(decisionsCsv())).toBe(false);
    }
    // A pupil who has since left the roll altogether leaves the report this school's; so do former pupils on a
    // leavers list the audit was given from elsewhere.
    const [first, ...rest] = report.findings;
    const oneGone = { ...report, findings: [{ ...first!, pupil: { ...first!.pupil, id: 'GONE' } }, ...rest] };
    writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(oneGone));
    expect(await review(REPORT, 'school', options, io)).toBe(0);
    const formerOnly = elsewhere((f) => ({ pupil: { ...f.pupil, id: `E${f.pupil.id}`, status: 'former' } }));
    writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(formerOnly));
    expect(await review(REPORT, 'school', { ...options, decision: 'dismiss', reason: 'not her' }, io)).toBe(0);
  });

  it('refuses a finding number the report does not have, and a report that is not one', async () => {
    await expect(
      review(REPORT, undefined, { finding: '99', decision: 'confirm', recordedBy: 'x' }, io),
    ).rejects.toThrow('--finding "99": the report has findings 1 to 3');
    writeFileSync(path.join(school.folder, 'other.json'), '{"findings": []}');
    await expect(
      review('school/other.json', undefined, { finding: '1', decision: 'confirm', recordedBy: 'x' }, io),
    ).rejects.toThrow('school/other.json: is not a social-audit report');
  });

  it('asks which audit folder when the report is not in one', async () => {
    writeFileSync(path.join(school.dir, 'audit.json'), readFileSync(path.join(school.folder, 'audit.json')));
    await expect(
      review('audit.json', undefined, { finding: '1', decision: 'confirm', recordedBy: 'x' }, io),
    ).rejects.toThrow('which audit folder are these decisions for? This folder has no roll.csv');
  });
});

describe('review (at a terminal)', () => {
  it('shows each review finding in plain words and saves the decisions only after the summary', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, {}, io, kit);
    await until('Recorded by');
    await answer('K. Head');
    const shown = said.join('');
    expect(shown).toContain('Finding 1 of 1 (no. 3 in school/audit.json) — REVIEW');
    expect(shown).toContain('Instagram: "Ellie Smith" (@ellie.s) · follows the staff member');
    expect(shown).toContain('may be Eleanor (Ellie) Smith — current pupil, Year 7 7S, age 11');
    expect(shown).toContain('or Eleanor (Ellie) Smith — current pupil, Year 9 9S, age 14');
    expect(screen.getScreen()).toContain(
      'It is Eleanor (Ellie) Smith (current pupil, Year 9 9S, age 14): treat as a flag',
    );
    screen.keypress('down');
    await answer('');
    expect(said.join('')).toContain(
      'no. 3, Jane Doe — "Ellie Smith" (@ellie.s): is Eleanor (Ellie) Smith, current pupil, Year 9 9S, age 14 (a flag from now on)',
    );
    expect(screen.getScreen()).toContain('Save this decision to school/decisions.csv?');
    expect(existsSync(decisionsCsv())).toBe(false);
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(readFileSync(decisionsCsv(), 'utf8')).toContain(',A100000000005,confirm,');
  });

  it('shows what the match model weighed and how likely it is the pupil, as the report does', async () => {
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    expect(said.join('')).toMatch(/\n {2}Weighed: [^\n]*\(\+\d+\.\d\)[^\n]* — [\d.]+\s% likely\n/);
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('says in words how a finding was decided earlier, not by its code', async () => {
    const number = (await audit()).findings.findIndex((f) => f.level === 'review') + 1;
    const script = { finding: String(number), decision: 'dismiss', reason: 'her aunt', recordedBy: 'K. Head' };
    expect(await review(REPORT, undefined, script, io)).toBe(0);
    const { kit, said } = testKit();
    expect(await review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit)).toBe(0);
    expect(said.join('')).toContain(
      `Finding no. ${number} was already decided by K. Head on 24 November 2026 (dismissed: not the pupil); it is left as it is.`,
    );
  });

  it('says where a family link with the pupil has been recorded since the audit: the next audit excludes it', async () => {
    appendFileSync(path.join(school.folder, 'exemptions.csv'), 'S1,A100000000004,aunt/uncle,2026-11-24,K. Head,,\n');
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    expect(said.join('').replace(/\s+/g, ' ')).toContain(
      'school/exemptions.csv records a family link between Jane Doe and Eleanor (Ellie) Smith: from the next audit this connection is excluded as that pupil’s (another pupil it matches as well is still reported for review).',
    );
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
  });

  it('changes nothing when Esc is pressed in the middle', async () => {
    const { kit } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    screen.keypress('down');
    screen.keypress('down');
    await answer(''); // dismiss
    expect(screen.getScreen()).toContain('Why is it not the pupil?');
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(existsSync(decisionsCsv())).toBe(false);
  });

  it('records a former pupil of unknown age as now 18 or over, with the date of birth: later audits leave them out', async () => {
    appendFileSync(path.join(school.folder, 'leavers.csv'), 'L100000000003,Ruby,Stone,,20/07/2020\n');
    appendFileSync(path.join(school.folder, 'connections', 'lists.csv'), 'S2,tiktok,Ruby Stone,rubystone,following,\n');
    const before = await audit();
    expect(before.findings.find((f) => f.pupil.name === 'Ruby Stone')).toMatchObject({
      level: 'review',
      pupil: { status: 'former', age: null },
    });
    writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(before));
    const { kit, said } = testKit();
    const run = review(REPORT, undefined, { recordedBy: 'K. Head' }, io, kit);
    await until('What is it?');
    for (let i = 0; i < 4; i++) screen.keypress('down');
    await answer(''); // skip Ellie Smith
    expect(screen.getScreen()).toContain('This person, now 18 or over: no longer covered by the policy');
    screen.keypress('down');
    await answer('');
    expect(screen.getScreen()).toContain('Ruby Stone’s date of birth, if you know it');
    await answer('02/03/01');
    // The date as read, in words: a two-digit year's century is seen before anything is saved.
    expect(await screen.getFullOutput()).toContain('✔ Ruby Stone’s date of birth, if you know it 2 March 2001\n');
    expect(said.join('')).toContain(
      'Ruby Stone is now 18 or over (born 2 March 2001), no longer covered by the policy',
    );
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(readFileSync(decisionsCsv(), 'utf8')).toContain(
      'S2|tiktok|@rubystone|L100000000003,S2,L100000000003,adult,now 18 or over,2026-11-24,K. Head,Ruby Stone,Ruby Stone,2001-03-02',
    );
    const after = await audit();
    expect(after.findings.map((f) => f.pupil.name)).not.toContain('Ruby Stone');
    expect(after.summary.pupils.formerInScope).toBe(before.summary.pupils.formerInScope - 1);
  });
});

describe('review --decision adult (scripts)', () => {
  it('is refused for a pupil whose age is known, and for a date of birth under 18', async () => {
    const number = (await audit()).findings.findIndex((f) => f.level === 'review') + 1;
    await expect(
      review(REPORT, undefined, { finding: String(number), decision: 'adult', recordedBy: 'K. Head' }, io),
    ).rejects.toThrow(/is not a former pupil whose age is unknown/);
    appendFileSync(path.join(school.folder, 'leavers.csv'), 'L100000000003,Ruby,Stone,,20/07/2020\n');
    appendFileSync(path.join(school.folder, 'connections', 'lists.csv'), 'S2,tiktok,Ruby Stone,rubystone,following,\n');
    const report = await audit();
    writeFileSync(path.join(school.folder, 'audit.json'), JSON.stringify(report));
    const ruby = String(report.findings.find((f) => f.pupil.name === 'Ruby Stone')!.number);
    await expect(
      review(REPORT, undefined, { finding: ruby, decision: 'adult', dob: '01/01/2012', recordedBy: 'K. Head' }, io),
    ).rejects.toThrow(/under 18 today/);
    expect(existsSync(decisionsCsv())).toBe(false);
    expect(await review(REPORT, undefined, { finding: ruby, decision: 'adult', recordedBy: 'K. Head' }, io)).toBe(0);
    expect(io.out()).toContain('Ruby Stone is now 18 or over, no longer covered by the policy');
  });
});
