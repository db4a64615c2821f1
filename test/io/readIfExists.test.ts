import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';

// Root reads every file whatever its mode: the refusal a colleague's account meets is made here.
vi.mock('node:fs/promises', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:fs/promises')>()),
  readFile: async () => {
    throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  },
}));

const { readIfExists } = await import('../../src/io/readIfExists.js');

describe('a kept file the account may not read', () => {
  it('is named with what to do, not a bare "permission denied"', async () => {
    const error = await readIfExists('school/exemptions.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('school/exemptions.csv: permission denied');
    expect((error as UserError).hint).toContain('work on a copy of the folder');
  });
});
