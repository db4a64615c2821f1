import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Folders under the system's temporary folder for one test file, every one removed once the file's tests are
 * done (passed or failed): the suite is run on schools' laptops, where hundreds left behind a day add up.
 * Call it at the file's top level or in a `describe`, where vitest takes hooks.
 */
export function tempFolders(prefix: string): { make(): string } {
  const made: string[] = [];
  afterAll(() => {
    for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return {
    make() {
      const folder = mkdtempSync(path.join(tmpdir(), `social-audit-${prefix}-`));
      made.push(folder);
      return folder;
    },
  };
}
