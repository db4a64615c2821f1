import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { fileError } from '../../../src/io/FileSystem.js';

// Tests run as root, where chmod 000 still reads, and no test may mock a module (vitest.config.ts):
// the refusal the disk gives is handed to the one place that words it.
describe('a file the person running the tool may not read', () => {
  it.each(['EACCES', 'EPERM'])('%s is refused naming it, with what to do', (code) => {
    const refusal = Object.assign(new Error(`${code}: operation not permitted`), { code });
    const error = fileError('roll.csv', refusal) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('roll.csv: permission denied');
    expect(error.hint).toContain('permission to read it');
  });
});
