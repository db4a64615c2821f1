import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as source from '../../src/index.js';

// As another package would load it: the built entry point that package.json's "exports" names.
const BUILT = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/index.js')).href;

describe('the built library', () => {
  it('exports what src/index.ts does, with a reporter for every format', async () => {
    const built = (await import(BUILT)) as typeof source;
    expect(Object.keys(built).sort()).toEqual(Object.keys(source).sort());
    for (const name of ['readAuditJson', 'redactReport', 'runAudit', 'loadAuditFolder', 'describeWarning'])
      expect(Object.keys(built)).toContain(name);
    expect(Object.keys(built.reporters).sort()).toEqual([...built.REPORT_FORMATS].sort());
    const saved = await built
      .readAuditJson(
        built.textSourceFromString(
          'a.json',
          JSON.stringify({
            tool: { name: 'social-audit', version: '0.1.0' },
            auditDate: '2026-11-24',
            summary: {},
            findings: [],
          }),
        ),
      )
      .catch((error: unknown) => error);
    expect(saved).toBeInstanceOf(built.UserError);
  });
});
