import { connectionFiles } from '../../src/io/connectionFiles.js';
import { nodeFileSystem } from '../../src/io/FileSystem.js';
import { ZIP_LIMITS } from '../../src/io/zipArchive.js';
import type { ConnectionSource } from '../../src/model/AuditInputs.js';

/** Every source `connectionFiles` finds under `target`, named relative to `base`. */
export async function listSources(target: string, base: string, limits = ZIP_LIMITS): Promise<ConnectionSource[]> {
  const found: ConnectionSource[] = [];
  for await (const file of connectionFiles(nodeFileSystem, target, base, { zipLimits: limits })) found.push(file);
  return found;
}

/** What the audit takes from each source: its name, whose it is, the download it is part of, any problem. */
export function summary(files: ConnectionSource[]): string[] {
  return files.map((f) =>
    [f.source.name, f.staffFolder ?? '-', f.container ?? '-', ...(f.problem ? [f.problem.code] : [])].join(' | '),
  );
}
