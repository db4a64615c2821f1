import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { copySchool } from '../commands/harness.js';
import { runCli } from './runCli.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('decisions.csv edited in Excel on a Mac, its rows now disagreeing, through the built CLI', () => {
  it('the audit keeps the finding and says which lines; review decides it again and the file is whole UTF-8', () => {
    const school = copySchool();
    cleanup = school.cleanup;
    const { dir, folder } = school;
    const report = path.join(dir, 'audit.json');
    const audit = (...more: string[]) => runCli(['audit', folder, '--date', '2026-11-24', ...more]);
    expect(audit('--format', 'json', '--out', report).code).toBe(1);
    const ellie = String(
      (
        JSON.parse(readFileSync(report, 'utf8')) as { findings: { connection: { username?: string } }[] }
      ).findings.findIndex((f) => f.connection.username === 'ellie.s') + 1,
    );
    const decide = (...args: string[]) =>
      runCli(['review', report, folder, '--finding', ellie, '--recorded-by', 'K. Head', ...args]);
    expect(decide('--decision', 'confirm').code).toBe(0);
    // Opened in Mac Excel, a row added below saying otherwise, saved as "UTF-16 Unicode Text" with CR line ends.
    const decisions = path.join(folder, 'decisions.csv');
    const [header, confirmed] = readFileSync(decisions, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const dismissed = confirmed!.replace(',confirm,,', ',dismiss,her aunt,').replace('K. Head', 'J. Smith');
    writeFileSync(
      decisions,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}\r${confirmed}\r${dismissed}\r`, 'utf16le')]),
    );

    const text = audit();
    expect(text.code).toBe(1);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain(
      'decisions.csv: lines 2 and 3 decide Jane Doe’s (S1) Instagram account @ellie.s differently: line 2, it is Eleanor (Ellie) Smith (K. Head,',
    );
    expect(text.stdout).toContain('@ellie.s');

    const again = decide('--decision', 'dismiss', '--reason', 'her aunt, same name');
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('lines 2 and 3 decide');
    const saved = readFileSync(decisions);
    expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(saved.toString('utf8').match(/@ellie\.s\|/g)?.length).toBe(2); // one dismissal a pupil the account may be
    const after = audit('--format', 'json');
    expect(after.stdout).not.toContain('DECISIONS_DISAGREE');
    const json = JSON.parse(after.stdout) as Record<'findings' | 'dismissed', { connection: { username?: string } }[]>;
    expect(json.findings.filter((f) => f.connection.username === 'ellie.s')).toEqual([]);
    expect(json.dismissed.filter((f) => f.connection.username === 'ellie.s')).toHaveLength(2);
  });
});
