import { readFileSync } from 'node:fs';

/**
 * One of the tool's own files (a font shipped in a dependency), not the user's: read whole and
 * at once, since a report cannot be drawn without it.
 */
export function readPackageFile(filePath: string): Buffer {
  return readFileSync(filePath);
}
