import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSavedAudit } from '../../src/commands/readSavedAudit.js';
import { UserError } from '../../src/errors.js';
import { testIO } from './harness.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-saved-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const refusal = async (file: string, command: 'review' | 'report'): Promise<UserError> =>
  (await readSavedAudit(testIO(work), file, command).catch((e: unknown) => e)) as UserError;

describe('the saved report review and report work on', () => {
  it.each(['review', 'report'] as const)(
    '%s: one not yet saved is told how to save it, under the name given',
    async (command) => {
      const error = await refusal('autumn.json', command);
      expect(error).toBeInstanceOf(UserError);
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe('autumn.json: no such file');
      expect(error.hint).toContain('social-audit audit FOLDER --format json --out autumn.json');
    },
  );

  it('an audit folder in its place is told how to save the report in it', async () => {
    mkdirSync(path.join(work, 'school'));
    const error = await refusal('school', 'review');
    expect(error.message).toMatch(/^school: is a folder; `review` works on/);
    expect(error.hint).toContain(`--out ${path.join('school', 'audit.json')}`);
  });
});
