import { appendFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';
import { tempFolders } from '../helpers/tempFolders.js';

/**
 * Every `social-audit` command the README's shell examples show, run as written, in order, in a folder laid out as
 * they assume (school/, trust/, the loose files of `--roll roll.csv`): a Headteacher copies them as they stand.
 */
const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));

/** The commands of the ```sh blocks: continuation lines joined, comments after them left out. */
function readmeCommands(): string[] {
  return [...README.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((block) => block[1]!.replace(/\\\n/g, ' ').split('\n'))
    .map((line) => line.split(/\s+#/)[0]!.trim())
    .filter((line) => line.startsWith('social-audit'));
}

/** A command line as a shell splits it: words, double or single quotes keeping spaces. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** Asked at a terminal; in a script (as here) each is refused naming what to give instead, as the README says. */
const NEEDS_A_TERMINAL = new Set([
  'social-audit exemptions add school/',
  'social-audit audit school/ --record-exemptions',
  'social-audit review school/audit.json',
]);

const folders = tempFolders('readme-commands');

function workspace(): string {
  const work = folders.make();
  const school = path.join(work, 'school');
  cpSync(SAMPLE, school, { recursive: true });
  // The ids the README's family-link examples give, as the school's own would be.
  appendFileSync(path.join(school, 'staff.csv'), 'S014,Invented Parent,Teacher,\r\n');
  appendFileSync(
    path.join(school, 'roll.csv'),
    'A123456789012,009999,Invented,Pupil,Pupil,,03/04/2019,F,Year 2,Beech\r\n',
  );
  for (const name of ['roll.csv', 'leavers.csv', 'staff.csv']) cpSync(path.join(school, name), path.join(work, name));
  mkdirSync(path.join(work, 'lists'));
  cpSync(path.join(school, 'connections.csv'), path.join(work, 'lists', 'connections.csv'));
  const trust = path.join(work, 'trust');
  mkdirSync(trust);
  const write = (name: string, ...lines: string[]) => writeFileSync(path.join(trust, name), `${lines.join('\n')}\n`);
  write(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    'A1,Priya,Sharma,10/10/2012,Year 9,Northfield',
    "B1,Kacper,Nowak,01/02/2015,Year 6,St Mary's",
  );
  write('staff.csv', 'staff_id,name,role,School', 'S1,Jane Doe,Teacher,Northfield', "S2,Tom Brown,Teacher,St Mary's");
  write('connections.csv', 'staff_id,platform,display_name', 'S1,instagram,Priya Sharma', 'S2,instagram,Kacper Nowak');
  return work;
}

describe('the README’s commands', { timeout: 600_000 }, () => {
  it('are found: the audit, the trust’s, the PDF, family links and review', () => {
    const commands = readmeCommands();
    expect(commands.length).toBeGreaterThanOrEqual(20);
    for (const command of ['audit', 'report', 'review', 'exemptions add', 'exemptions list', 'exemptions remove'])
      expect(commands.some((line) => line.startsWith(`social-audit ${command} `))).toBe(true);
  });

  it('each run as shown: 0 or 1 (findings), and where a terminal is needed, 2 naming what to give', async () => {
    const work = workspace();
    for (const line of readmeCommands()) {
      const { code, stderr } = await runInProcess(shellWords(line).slice(1), { cwd: work });
      if (NEEDS_A_TERMINAL.has(line)) {
        expect({ line, code }).toEqual({ line, code: 2 });
        expect(stderr, line).toMatch(/not a terminal/);
      } else expect([0, 1], `${line}\n${stderr}`).toContain(code);
    }
  });
});
