import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { exemptionsList } from '../../src/commands/exemptionsList.js';
import { exemptionsRemove } from '../../src/commands/exemptionsRemove.js';
import { CancelledError, UserError } from '../../src/errors.js';
import { answer, pick, testKit, typeAndWait, until } from '../prompts/harness.js';
import { auditFolder, copySchool, testIO } from './harness.js';

let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
let exemptionsCsv: string;
let original: Buffer;
beforeEach(() => {
  school = copySchool();
  io = testIO(school.dir);
  exemptionsCsv = path.join(school.folder, 'exemptions.csv');
  original = readFileSync(exemptionsCsv);
});
afterEach(() => school.cleanup());

const log = () => readFileSync(path.join(school.folder, 'exemptions-log.csv'), 'utf8');
const FLAGS = { staffId: 'S1', pupilId: 'A100000000002', relationship: 'Aunt', recordedBy: 'K. Head' };

describe('exemptions add (scripts)', () => {
  it('names every missing option and writes nothing when nothing can be asked', async () => {
    const error = await exemptionsAdd('school', { staffId: 'S1' }, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(2);
    expect((error as UserError).message).toBe(
      'exemptions add: missing --pupil-id, --relationship, --recorded-by (this is not a terminal, so nothing can be asked)',
    );
    expect(readFileSync(exemptionsCsv)).toEqual(original);
  });

  it('records the link with the options given, keeping the rows already there, and logs it', async () => {
    expect(await exemptionsAdd('school', { ...FLAGS, reviewOn: '01/09/2027', note: 'Declared 3 Sept' }, io)).toBe(0);
    expect(readFileSync(exemptionsCsv, 'utf8')).toBe(
      `${original.toString()}S1,A100000000002,aunt/uncle,2026-11-24,K. Head,2027-09-01,Declared 3 Sept\n`,
    );
    expect(log()).toContain(
      '2026-11-24T09:30:00+00:00,K. Head,added,S1,A100000000002,aunt/uncle,2026-11-24,K. Head,2027-09-01,Declared 3 Sept',
    );
    expect(io.out()).toContain('Relationship     aunt/uncle');
  });

  it('remembers who recorded the last change and defaults the review date to a year ahead', async () => {
    await exemptionsAdd('school', FLAGS, io);
    await exemptionsAdd('school', { staffId: 'S3', pupilId: '1001', relationship: 'other: godmother' }, io);
    expect(readFileSync(exemptionsCsv, 'utf8')).toContain(
      'S3,A100000000001,godmother,2026-11-24,K. Head,2027-11-24,\n',
    );
  });

  it('remembers the name a review last used in the folder (decisions-log.csv), the latest of the two logs', async () => {
    const logged = (at: string, by: string) =>
      `\ufeffchanged_at,changed_by,action,connection_key\r\n${at},${by},decided,S1|x|@a|P1\r\n`;
    writeFileSync(path.join(school.folder, 'exemptions-log.csv'), logged('2026-10-01T09:00:00+00:00', 'K. Before'));
    writeFileSync(path.join(school.folder, 'decisions-log.csv'), logged('2026-11-23T15:00:00+00:00', 'H. Review'));
    const { recordedBy: _none, ...unsigned } = FLAGS;
    expect(await exemptionsAdd('school', { ...unsigned, staffId: 'S3' }, io)).toBe(0);
    expect(readFileSync(exemptionsCsv, 'utf8')).toContain('S3,A100000000002,aunt/uncle,2026-11-24,H. Review,');
  });

  it('says a link is already recorded and writes nothing', async () => {
    expect(await exemptionsAdd('school', { ...FLAGS, staffId: 'S2', pupilId: 'A100000000003' }, io)).toBe(0);
    expect(io.out()).toContain('Already recorded: Tom Brown (S2, Teaching Assistant) and Henry (Harry) Jones');
    expect(readFileSync(exemptionsCsv)).toEqual(original);
    expect(existsSync(path.join(school.folder, 'exemptions-log.csv'))).toBe(false);
  });

  it('keeps a link past its review date when given the next one (--review-on), saying who confirmed it', async () => {
    const due = original.toString().replace(',2027-01-05,', ',2026-09-01,');
    writeFileSync(exemptionsCsv, due);
    const tom = { staffId: 'S2', pupilId: 'A100000000003', recordedBy: 'A. Deputy' };
    expect(await exemptionsAdd('school', { ...tom, relationship: 'aunt/uncle' }, io)).toBe(0);
    expect(io.out()).toContain('Its review date has passed: once the member of staff confirms it still applies');
    expect(readFileSync(exemptionsCsv, 'utf8')).toBe(due);
    expect(await exemptionsAdd('school', { ...tom, reviewOn: '2027-09-01' }, io)).toBe(0);
    expect(readFileSync(exemptionsCsv, 'utf8')).toBe(
      `${due.split('\n')[0]}\nS2,A100000000003,aunt/uncle,2026-01-05,K. Head,2027-09-01,"Declared at interview, ""uncle Tom""; still applies: confirmed 24 November 2026 by A. Deputy"\n`,
    );
    // The report's own apostrophe (’), not a straight one, in what exemptions add says.
    expect(io.out()).toMatch(/Kept: \S.*’s family link with .+ is to be reviewed again on 1 September 2027/);
    writeFileSync(exemptionsCsv, due);
    expect(await exemptionsList('school', { format: 'text' }, io)).toBe(0);
    // Folded at 100 columns, as in any pipe: compared with the line breaks set aside.
    expect(io.out().replace(/\s+/g, ' ')).toContain(
      'Status: due for review: if the member of staff confirms it still applies, give its next review date and your name in the command below',
    );
    // The command to keep it, its ids and the folder filled in, to copy as it stands (its rows joined as a shell joins them).
    expect(
      io
        .out()
        .replace(/ \\\n\s*/g, ' ')
        .replace(/\s+/g, ' '),
    ).toContain(
      'To keep it: `social-audit exemptions add school --staff-id S2 --pupil-id A100000000003 --review-on DD/MM/YYYY --recorded-by "YOUR NAME"`',
    );
    expect(log()).toMatch(/A\. Deputy,removed,S2,A100000000003,[^\n]*\n[^\n]*A\. Deputy,added,S2,A100000000003,/);
    const audit = await auditFolder(school.folder);
    expect(audit.warnings.find((w) => w.code === 'EXEMPTION_REVIEW_DUE')?.message).toContain(
      '`social-audit exemptions add FOLDER --staff-id S2 --pupil-id A100000000003 --review-on DD/MM/YYYY --recorded-by "YOUR NAME"`',
    );
  });

  it('keeps a renewed link in its place in a file kept in order, not moved to the end', async () => {
    const header = original.toString().split('\n')[0];
    const rows = [
      'S1,A100000000001,parent,2025-09-01,K. Head,2026-09-01,',
      'S2,A100000000003,aunt/uncle,2026-01-05,K. Head,2026-09-01,uncle Tom',
      'S3,A100000000004,grandparent,2025-09-01,K. Head,2027-09-01,',
    ];
    writeFileSync(exemptionsCsv, `${header}\r\n${rows.join('\r\n')}\r\n`);
    const tom = { staffId: 'S2', pupilId: 'A100000000003', recordedBy: 'A. Deputy', reviewOn: '2027-09-01' };
    expect(await exemptionsAdd('school', tom, io)).toBe(0);
    expect(readFileSync(exemptionsCsv, 'utf8').split('\r\n')).toEqual([
      header,
      rows[0],
      'S2,A100000000003,aunt/uncle,2026-01-05,K. Head,2027-09-01,uncle Tom; still applies: confirmed 24 November 2026 by A. Deputy',
      rows[2],
      '',
    ]);
  });

  it('refuses unknown ids, unknown relationships, past review dates and pupils the policy no longer covers', async () => {
    await expect(exemptionsAdd('school', { ...FLAGS, staffId: 'S99' }, io)).rejects.toThrow(
      '--staff-id "S99": no one on the staff list has that id',
    );
    await expect(exemptionsAdd('school', { ...FLAGS, pupilId: 'NOPE' }, io)).rejects.toThrow(
      '--pupil-id "NOPE": no pupil on the roll or leavers list',
    );
    await expect(exemptionsAdd('school', { ...FLAGS, relationship: 'friend' }, io)).rejects.toThrow(
      '--relationship "friend" is not one of parent, step-parent',
    );
    await expect(exemptionsAdd('school', { ...FLAGS, reviewOn: '2026-01-01' }, io)).rejects.toThrow(
      '--review-on "2026-01-01": 1 January 2026 is not after today',
    );
    await expect(exemptionsAdd('school', { ...FLAGS, pupilId: 'L100000000002' }, io)).rejects.toThrow(
      'is a former pupil aged 18 or over',
    );
    expect(readFileSync(exemptionsCsv)).toEqual(original);
  });
});

describe('exemptions add (at a terminal)', () => {
  it('shows the summary before anything is written, and writes only after yes', async () => {
    const { kit, said } = testKit();
    const run = exemptionsAdd('school', {}, io, kit);
    await until('Member of staff');
    await pick('jane');
    await pick('zoe nun');
    await answer(''); // parent
    await answer('K. Head');
    await answer('');
    await answer('');
    expect(screen.getScreen()).toContain('Record it?');
    expect(said.join('')).toContain('About to record this family link in school/exemptions.csv:');
    expect(said.join('')).toContain('Pupil            Zoë Núñez (current pupil, Year 5 5N, age 10)');
    expect(readFileSync(exemptionsCsv)).toEqual(original);
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(readFileSync(exemptionsCsv, 'utf8')).toContain('S1,A100000000002,parent,2026-11-24,K. Head,2027-11-24,');
  });

  it('leaves every file exactly as it was when Esc is pressed at the confirmation', async () => {
    const { kit } = testKit();
    const run = exemptionsAdd('school', { ...FLAGS, note: '' }, io, kit);
    await until('Review this link on');
    await answer('');
    expect(screen.getScreen()).toContain('Record it?');
    screen.keypress('escape');
    await expect(run).rejects.toBeInstanceOf(CancelledError);
    expect(readFileSync(exemptionsCsv)).toEqual(original);
    expect(existsSync(path.join(school.folder, 'exemptions-log.csv'))).toBe(false);
  });
});

describe('exemptions list', () => {
  it('gives each link its status today', async () => {
    writeFileSync(
      exemptionsCsv,
      `${original.toString()}S9,A100000000001,parent,,,,\nS1,NOPE,parent,,,,\nS1,L100000000002,sibling,,,,\nS3,A100000000001,cousin,2025-01-01,K. Head,2026-01-01,\n`,
    );
    await exemptionsList('school', { format: 'json' }, io);
    const listed = JSON.parse(io.out()) as {
      exemptions: { staffId: string; pupilId: string; status: string; pupilName?: string }[];
    };
    expect(listed.exemptions.map((e) => [e.staffId, e.pupilId, e.status])).toEqual([
      ['S2', 'A100000000003', 'active'],
      ['S9', 'A100000000001', 'unknown_staff'],
      ['S1', 'NOPE', 'unknown_pupil'],
      ['S1', 'L100000000002', 'pupil_out_of_scope'],
      ['S3', 'A100000000001', 'review_due'],
    ]);
    expect(listed.exemptions[0]!.pupilName).toBe('Henry (Harry) Jones');
  });

  it('prints, beside a link to keep or to remove, the command that does it', async () => {
    writeFileSync(
      exemptionsCsv,
      `${original.toString()}S1,L100000000002,sibling,,,,\nS3,A100000000001,cousin,2025-01-01,K. Head,2026-01-01,\n`,
    );
    await exemptionsList('school', { format: 'text' }, io);
    // A command folded across rows is read as the shell reads it, each row but the last ending ` \`.
    const said = io
      .out()
      .replace(/ \\\n\s*/g, ' ')
      .replace(/\s+/g, ' ');
    expect(said).toContain(
      'To remove it: `social-audit exemptions remove school --staff-id S1 --pupil-id L100000000002 --recorded-by "YOUR NAME" --yes`',
    );
    expect(said).toContain(
      'To keep it: `social-audit exemptions add school --staff-id S3 --pupil-id A100000000001 --review-on DD/MM/YYYY --recorded-by "YOUR NAME"`',
    );
    expect(said.match(/To (?:keep|remove) it/g)).toHaveLength(2);
    // The audit's warnings give the same commands, FOLDER for the folder it does not know by name.
    const { warnings } = await auditFolder(school.folder);
    expect(warnings.find((w) => w.code === 'EXEMPTION_PUPIL_OUT_OF_SCOPE')?.message).toContain(
      '`social-audit exemptions remove FOLDER --staff-id S1 --pupil-id L100000000002 --recorded-by "YOUR NAME" --yes`',
    );
  });

  it('writes a note’s terminal controls in its JSON as escapes, the note kept exactly', async () => {
    const note = 'declared \u009b2J by phone \u202eenoN';
    writeFileSync(exemptionsCsv, `${original.toString()}S1,A100000000001,parent,,,,${note}\n`);
    await exemptionsList('school', { format: 'json' }, io);
    expect(io.out()).toContain('declared \\u009b2J by phone \\u202eenoN');
    expect(io.out().includes('\u009b') || io.out().includes('\u202e')).toBe(false);
    expect((JSON.parse(io.out()) as { exemptions: { note?: string }[] }).exemptions.at(-1)!.note).toBe(note);
  });

  it('reads as plain text, note included', async () => {
    await exemptionsList('school', { format: 'text' }, io);
    expect(io.out()).toBe(
      [
        'Family links in school/exemptions.csv: 1',
        '',
        '  Tom Brown (S2, Teaching Assistant) — Henry (Harry) Jones (current pupil, Year 6 6J, age 11)',
        '      aunt/uncle · recorded 5 January 2026 by K. Head · review on 5 January 2027',
        '      Status: active',
        '      Note: Declared at interview, "uncle Tom"',
        '',
      ].join('\n'),
    );
  });

  it('is folded to COLUMNS in a pipe, as the text report is, each further row indented', async () => {
    await exemptionsList('school', { format: 'text' }, { ...io, env: { COLUMNS: '60' } });
    expect(io.out()).toBe(
      [
        'Family links in school/exemptions.csv: 1',
        '',
        '  Tom Brown (S2, Teaching Assistant) — Henry (Harry) Jones',
        '    (current pupil, Year 6 6J, age 11)',
        '      aunt/uncle · recorded 5 January 2026 by K. Head ·',
        '        review on 5 January 2027',
        '      Status: active',
        '      Note: Declared at interview, "uncle Tom"',
        '',
      ].join('\n'),
    );
  });
});

describe('exemptions remove', () => {
  it('needs --yes when nothing can be asked, then removes the link and logs it', async () => {
    await expect(
      exemptionsRemove('school', { staffId: 'S2', pupilId: 'A100000000003', recordedBy: 'K. Head' }, io),
    ).rejects.toThrow('exemptions remove: missing --yes');
    expect(readFileSync(exemptionsCsv)).toEqual(original);
    expect(
      await exemptionsRemove(
        'school',
        { staffId: 'S2', pupilId: 'A100000000003', recordedBy: 'K. Head', yes: true },
        io,
      ),
    ).toBe(0);
    expect(readFileSync(exemptionsCsv, 'utf8')).toBe(
      'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\n',
    );
    expect(log()).toContain(
      ',K. Head,removed,S2,A100000000003,aunt/uncle,2026-01-05,K. Head,2027-01-05,"Declared at interview, ""uncle Tom"""',
    );
    expect(io.out()).toContain(
      'Removed the family link between Tom Brown and Henry (Harry) Jones from school/exemptions.csv.',
    );
  });

  it('is picked by typing a name at a terminal, and defaults to not removing', async () => {
    const { kit, said } = testKit();
    const run = exemptionsRemove('school', {}, io, kit);
    await until('Family link to remove');
    await typeAndWait('harry');
    screen.keypress('enter');
    // The answer is the names alone: with ids, roles and years it ran past 80 columns, folded inside a word.
    await screen.next();
    expect(await screen.getFullOutput()).toContain('✔ Family link to remove Tom Brown — Henry (Harry) Jones\n');
    await answer('K. Head');
    expect(said.join('')).toContain('Tom Brown (S2, Teaching Assistant) — Henry (Harry) Jones');
    screen.keypress('enter');
    expect(await run).toBe(0);
    expect(said.join('')).toContain('Nothing was removed.');
    expect(readFileSync(exemptionsCsv)).toEqual(original);
  });
});
