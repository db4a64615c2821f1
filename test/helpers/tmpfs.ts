import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A real small disk: a tmpfs mounted with `options` (`size=256k`; `ro`; `nr_inodes=1`), where the test runs
 * as root and may mount one. Otherwise a string saying why not, for the test's skip.
 */
export function mountTmpfs(options: string): { mountPoint: string; unmount(): void } | string {
  if (process.getuid?.() !== 0) return 'not running as root, so no tmpfs can be mounted';
  const mountPoint = mkdtempSync(path.join(tmpdir(), 'social-audit-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    rmSync(mountPoint, { recursive: true, force: true });
    return `mount -t tmpfs failed here (${
      String((error as { stderr?: Buffer }).stderr ?? error)
        .trim()
        .split('\n')[0]
    })`;
  }
  return {
    mountPoint,
    unmount: () => {
      execFileSync('umount', [mountPoint]);
      rmSync(mountPoint, { recursive: true, force: true });
    },
  };
}
