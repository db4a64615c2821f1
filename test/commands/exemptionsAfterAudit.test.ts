import { readFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit } from '../../src/commands/audit.js';
import { recordExemptionsAfterAudit } from '../../src/commands/exemptionsAfterAudit.js';
import { CancelledError, UserError } from '../../src/errors.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditFolder, copySchool, TODAY, testIO } from './harness.js';

let school: ReturnType<typeof copySchool>;
let io: ReturnType<typeof testIO>;
beforeEach(() => {
  school = copySchool();
  io = testIO(school.dir);
});
afterEach(() => school.cleanup());

const report = async () => auditFolder(school.folder);

describe('audit --record-exemptions', () => {
  it('at a terminal with the report sent to a file (`> report.txt`), says to give --out instead', async () => {
    const atTerminal = { ...io, stdin: Object.assign(io.stdin, { isTTY: true }) };
    const error = await audit('school', { recordExemptions: true, date: TODAY }, atTerminal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).hint).toContain('--out FILE');
    expect(io.out()).toBe('');
  });

  it('is refused before the audit runs when nobody can answer', async () => {
    await expect(audit('school', { format: 'text', recordExemptions: true, date: TODAY }, io)).rejects.toThrow(
      UserError,
    );
    expect(io.out()).toBe('');
  });

  // The pairs come in the report's order, which follows the match model's levels; the script
  // answers by the pupil on screen so that it holds whatever that order is.
  const asked = (): string => /declared a family link with (.+)\?/.exec(screen.getScreen())?.[1] ?? '';

  it('Esc at a question says the report is whole and where, and that no link was recorded', async () => {
    const before = readFileSync(path.join(school.folder, 'exemptions.csv'), 'utf8');
    const { kit } = testKit();
    const run = recordExemptionsAfterAudit(await report(), 'school', { out: 'audit.pdf' }, io, kit);
    await until('declared a family link');
    screen.keypress('escape');
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CancelledError);
    expect((error as CancelledError).exitCode).toBe(130);
    expect((error as CancelledError).hint).toBe(
      'No family link was recorded; the report is whole, written to audit.pdf.',
    );
    expect(readFileSync(path.join(school.folder, 'exemptions.csv'), 'utf8')).toBe(before);
  });

  it('asks about each member of staff and pupil found, once, and records the links declared', async () => {
    const { kit, said } = testKit();
    const run = recordExemptionsAfterAudit(await report(), 'school', {}, io, kit);
    await until('declared a family link');
    expect(said.join('')).toContain('3 pairs of a member of staff and a pupil to go through');
    const seen: string[] = [];
    for (let pair = 0; pair < 3; pair++) {
      const pupil = asked();
      expect(screen.getScreen()).toContain(`Has Jane Doe declared a family link with ${pupil}?`);
      seen.push(pupil);
      if (pupil !== 'Zoë Núñez') {
        await answer(''); // no
        continue;
      }
      screen.keypress('down'); // yes
      await answer('');
      await answer('K. Head'); // asked at the first yes, and there is one
      screen.keypress('down'); // step-parent
      await answer('');
      await answer('');
      await answer('told me at parents’ evening');
    }
    expect(seen.sort()).toEqual(['Eleanor (Ellie) Smith', 'Jack Jones', 'Zoë Núñez']);
    expect(said.join('')).toContain('About to record this family link in school/exemptions.csv:');
    expect(screen.getScreen()).toContain('Record it?');
    screen.keypress('enter');
    await run;
    expect(readFileSync(path.join(school.folder, 'exemptions.csv'), 'utf8')).toContain(
      'S1,A100000000002,step-parent,2026-11-24,K. Head,2027-11-24,told me at parents’ evening',
    );
    expect((await report()).exempted.map((e) => e.pupil.id)).toContain('A100000000002');
  });

  it('stops part-way and saves the links answered so far', async () => {
    const { kit, said } = testKit();
    const found = (await report()).findings.map((f) => f.pupil.id);
    const run = recordExemptionsAfterAudit(await report(), 'school', {}, io, kit);
    await until('declared a family link');
    const first = asked();
    screen.keypress('down'); // yes, for the first pupil asked about
    await answer('');
    await answer('K. Head');
    await answer(''); // parent
    await answer('');
    await answer('');
    const second = asked();
    expect(second).not.toBe('');
    expect(second).not.toBe(first);
    expect(screen.getScreen()).toContain('Stop here and save the link recorded so far');
    screen.keypress('down');
    screen.keypress('down');
    await answer('');
    expect(said.join('')).toContain('About to record this family link');
    screen.keypress('enter');
    await run;
    const saved = readFileSync(path.join(school.folder, 'exemptions.csv'), 'utf8');
    expect(saved).toContain(`S1,${found[0]},parent,`);
    for (const later of found.slice(1)) expect(saved).not.toContain(later);
  });
});
