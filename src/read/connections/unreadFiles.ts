import type { UnreadFilesArgs, Warning } from '../../model/warnings.js';
import { UNREAD_KINDS, type UnreadKind } from './unreadFileKinds.js';

/** How many unread files one warning names before it counts the rest by what they hold. */
const NAMED = 12;

export interface UnreadWarning {
  warning: Warning;
  source: string;
}

function kindOf(relative: string): UnreadKind {
  const lower = relative.toLowerCase();
  return UNREAD_KINDS.find((kind) => kind.test.test(lower))!;
}

/**
 * The warnings for the files of a download that were read from but not wholly: each file that
 * seems to list accounts on its own, then one naming the rest by what they seem to hold, with
 * the pictures and message threads counted. Nothing the tool passes over goes unmentioned.
 */
export function unreadFileWarnings(
  container: string,
  files: readonly string[],
  passed: { media: number; bulk: number },
): UnreadWarning[] {
  const warnings: UnreadWarning[] = [];
  const rest = new Map<string, string[]>();
  for (const file of files) {
    const relative = file.startsWith(`${container}/`) ? file.slice(container.length + 1) : file;
    const kind = kindOf(relative);
    if (kind.quiet) continue;
    if (kind.accounts) {
      warnings.push({ warning: { code: 'DOWNLOAD_FILE_NOT_READ', args: { holds: kind.holds } }, source: file });
      continue;
    }
    rest.set(kind.holds, [...(rest.get(kind.holds) ?? []), relative]);
  }
  const count = [...rest.values()].reduce((sum, list) => sum + list.length, 0);
  if (count === 0) return warnings;
  const groups: UnreadFilesArgs['groups'] = [];
  let named = 0;
  for (const [holds, list] of rest) {
    const shown = list.slice(0, Math.max(0, NAMED - named));
    if (shown.length > 0) named++;
    groups.push({ holds, names: shown, more: list.length - shown.length });
  }
  warnings.push({
    warning: { code: 'DOWNLOAD_FILE_NOT_READ', args: { files: count, groups, media: passed.media, bulk: passed.bulk } },
    source: container,
  });
  return warnings;
}
