import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { UserError } from '../../src/errors.js';
import { schoolForEachTest } from './harness.js';

/** `--recorded-by` took a date, or an escape that shows as nothing, as the person who made the change. */
const world = schoolForEachTest();
const add = (recordedBy: string) =>
  exemptionsAdd('school', { staffId: 'S1', pupilId: 'A100000000002', relationship: 'cousin', recordedBy }, world.io);

describe('--recorded-by', () => {
  it.each([
    ['06/12/2026', /^--recorded-by "06\/12\/2026": That is not a name \(it has digits\)/],
    ['\u001b[A', /^--recorded-by "\\u001b\[A": That shows as nothing/],
  ])('%j is refused (exit 2), nothing written', async (given, message) => {
    const before = readFileSync(path.join(world.school.folder, 'exemptions.csv'));
    const error = await add(given).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect(readFileSync(path.join(world.school.folder, 'exemptions.csv'))).toEqual(before);
  });

  it('a name with a colour escape in it is saved as it shows', async () => {
    expect(await add('K. \u001b[31mHead\u001b[0m')).toBe(0);
    expect(readFileSync(path.join(world.school.folder, 'exemptions.csv'), 'utf8')).toMatch(
      /\nS1,A100000000002,cousin,\d{4}-\d\d-\d\d,K\. Head,/,
    );
  });
});
