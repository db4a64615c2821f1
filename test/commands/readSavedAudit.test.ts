import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('a saved report that is not JSON', () => {
  // Hostile input: the file's own text, quoted in the message, holds line breaks and a terminal escape.
  it.each([
    ['a line break and an escape', 'hi\u001b[2J\nworld and the rest of a long line'],
    ['an escape as the first character', '\u001b]0;retitled\u0007'],
    ['a long line broken in the middle', `{"a": 1,\n "b": x\u001b[31m${'y'.repeat(5000)}}`],
  ])('%s is quoted on one line, shortened, escapes shown as escapes', async (_, text) => {
    writeFileSync(path.join(work, 'bad.json'), text);
    const error = await refusal('bad.json', 'review');
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^bad\.json(:\d+)?: is not valid JSON \(.+\): the file may have been cut short/);
    for (const raw of ['\n', '\r', '\u001b', '\u0007']) expect(error.message).not.toContain(raw);
    expect(error.message).toContain('\\u001b');
    expect(error.message.length).toBeLessThan(200);
  });
});
