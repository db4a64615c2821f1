import { appendFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../helpers/runInProcess.js';
import { expectNoStack, schoolPerTest } from '../write/school.js';

const school = schoolPerTest();

/**
 * A row a person left half filled in (a spreadsheet's blank cell): each stopped the audit naming the file and line
 * but not the row's value nor what to do. Invented people only.
 */
describe('a row without the id or name it needs', () => {
  it.each([
    ['connections/lists.csv', 'connections/lists.csv:7', ',instagram,Ruby Stone,ruby.s,follower,\n', 'Ruby Stone'],
    ['staff.csv', 'staff.csv:5', ',Amy Lee,Teacher\n', 'Amy Lee'],
    ['roll.csv', 'roll.csv:', 'A100000000099,1099,,,,03/04/2019,Year 2,2B\n', 'A100000000099'],
  ])('in %s: exit 2 naming the file, line and value, with a hint', async (file, at, row, value) => {
    const { folder } = school();
    appendFileSync(path.join(folder, file), row);
    const run = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(run.code).toBe(2);
    const [message, hint] = run.stderr.trim().split('\n');
    expect(message).toContain(at);
    expect(message).toContain(`"${value}"`);
    expect(hint?.trim()).toMatch(/^\S/);
    expectNoStack(run.stderr);
  });

  it('in decisions.csv (a row edited by hand): exit 2 naming the file and line, with a hint', async () => {
    const { folder } = school();
    writeFileSync(path.join(folder, 'decisions.csv'), 'connection_key,decision\r\n,dismiss\r\n');
    const run = await runInProcess(['audit', folder, '--date', '2026-11-24']);
    expect(run.code).toBe(2);
    const [message, hint] = run.stderr.trim().split('\n');
    expect(message).toContain('decisions.csv:2');
    expect(hint?.trim()).toMatch(/^\S/);
  });
});
