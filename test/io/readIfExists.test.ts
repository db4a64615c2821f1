import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readIfExists } from '../../src/io/readIfExists.js';

// Root reads every file whatever its mode: the refusal a colleague's account meets is given to it.
const refused = async (): Promise<never> => {
  throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
};

describe('a kept file the account may not read', () => {
  it('is named with what to do, not a bare "permission denied"', async () => {
    const error = await readIfExists('school/exemptions.csv', refused).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('school/exemptions.csv: permission denied');
    expect((error as UserError).hint).toContain('work on a copy of the folder');
  });
});
