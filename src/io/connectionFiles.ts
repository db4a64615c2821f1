import path from 'node:path';
import type { ConnectionSource } from '../audit/AuditInputs.js';
import type { FileSystem } from './FileSystem.js';
import { displayPath } from './FileSystem.js';

/**
 * The connection files under `connections/` (or a single file): files directly inside are lists
 * in the generic format; each subfolder holds one staff member's own exports.
 */
export async function* connectionFiles(fs: FileSystem, target: string, base?: string): AsyncGenerator<ConnectionSource> {
  const kind = await fs.kind(target);
  if (kind === 'file') {
    yield { source: fs.source(target, displayPath(target, base)) };
    return;
  }
  for (const entry of await fs.list(target)) {
    const full = path.join(target, entry.name);
    if (!entry.isDirectory) {
      yield { source: fs.source(full, displayPath(full, base)) };
      continue;
    }
    for await (const inner of walk(fs, full)) {
      yield { source: fs.source(inner, displayPath(inner, base)), staffFolder: entry.name };
    }
  }
}

async function* walk(fs: FileSystem, dir: string): AsyncGenerator<string> {
  for (const entry of await fs.list(dir)) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory) yield* walk(fs, full);
    else yield full;
  }
}
