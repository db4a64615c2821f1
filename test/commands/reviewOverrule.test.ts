import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { review } from '../../src/commands/review.js';
import { answer, testKit, until } from '../prompts/harness.js';
import { auditSavedAsJson, copySchool, testIO } from './harness.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** The fixture school, audited, and the number of its first FLAG. */
async function flagged() {
  const school = copySchool();
  cleanup = school.cleanup;
  const report = await auditSavedAsJson(school.folder);
  return {
    io: testIO(school.dir),
    decisions: path.join(school.folder, 'decisions.csv'),
    flag: String(report.findings.findIndex((f) => f.level === 'flag') + 1),
  };
}

describe('review at a terminal: dismissing a FLAG asks for an overrule', () => {
  for (const overrule of [true, false]) {
    it(overrule ? 'records the overrule with its reason after a yes' : 'decides nothing after a no', async () => {
      const { io, decisions, flag } = await flagged();
      const { kit, said } = testKit();
      const run = review('school/audit.json', undefined, { finding: flag, recordedBy: 'K. Head' }, io, kit);
      await until('What is it?');
      screen.keypress('down');
      await answer(''); // not this pupil: dismiss it
      expect(screen.getScreen()).toContain(`Finding no. ${flag} is a FLAG. Overrule the audit and dismiss it?`);
      if (!overrule) {
        screen.type('n');
        screen.keypress('enter');
        expect(await run).toBe(0);
        expect(said.join('')).toContain('No decisions were made; nothing was written.');
        expect(existsSync(decisions)).toBe(false);
        return;
      }
      await answer('y');
      await answer('her aunt, same name');
      expect(said.join('')).toContain('(FLAG overruled); reason: her aunt, same name');
      screen.keypress('enter');
      expect(await run).toBe(0);
      expect(readFileSync(decisions, 'utf8')).toMatch(/,dismiss,"her aunt, same name",.*,flag\r\n$/);
    });
  }
});
