import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exemptionsAdd } from '../../src/commands/exemptionsAdd.js';
import { exemptionsList } from '../../src/commands/exemptionsList.js';
import { exemptionsRemove } from '../../src/commands/exemptionsRemove.js';
import { UserError } from '../../src/errors.js';
import { schoolForEachTest } from './harness.js';

const given = schoolForEachTest();
const LINK = { staffId: 'S1', pupilId: 'A100000000002', relationship: 'Aunt', recordedBy: 'K. Head', yes: true };

describe('an exemptions command given a folder that is not there', () => {
  it.each([
    ['list', () => exemptionsList('schol', { format: 'text' }, given.io)],
    ['add', () => exemptionsAdd('schol', LINK, given.io)],
    ['remove', () => exemptionsRemove('schol', { staffId: 'S1', pupilId: 'A100000000002', yes: true }, given.io)],
  ] as const)('exemptions %s says the folder is not there, with what to give, and writes nothing', async (_, run) => {
    const before = readdirSync(given.school.dir);
    const error = (await run().catch((e: unknown) => e)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('schol: no such folder');
    expect(error.hint).toContain('audit folder');
    expect(readdirSync(given.school.dir)).toEqual(before);
  });
});
