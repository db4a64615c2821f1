import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** Where a path really leads: symlinks followed, for a file that does not exist yet through its folder. */
function realPath(filePath: string): string {
  const absolute = path.resolve(filePath);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = path.dirname(absolute);
    return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
  }
}

function identity(filePath: string): string | undefined {
  try {
    const info = statSync(filePath);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The input an output path would overwrite, if any: the same file by its real path or by device
 * and inode (a symlink or hard link to roll.csv is roll.csv), or a file inside a folder read whole.
 */
export function inputOverwrittenBy(
  out: string,
  inputs: { files: readonly string[]; folders?: readonly string[] },
): string | undefined {
  const target = realPath(out);
  const targetId = identity(out);
  const file = inputs.files.find(
    (input) => realPath(input) === target || (targetId !== undefined && identity(input) === targetId),
  );
  if (file !== undefined) return file;
  return inputs.folders?.find((folder) => target.startsWith(realPath(folder) + path.sep));
}

/** Whether a report's `--out` names a folder that is there: said before any work, not once the report is made. */
export function isFolder(filePath: string): boolean {
  return statSync(filePath, { throwIfNoEntry: false })?.isDirectory() === true;
}
