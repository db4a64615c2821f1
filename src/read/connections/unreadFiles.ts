import type { WarningCode } from '../../model/reasons.js';
import { UNREAD_KINDS, type UnreadKind } from './unreadFileKinds.js';

/** How many unread files one warning names before it counts the rest by what they hold. */
const NAMED = 12;

const countOf = (count: number, one: string, many: string): string => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

export interface UnreadWarning {
  code: WarningCode;
  message: string;
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
export function unreadFileWarnings(container: string, files: readonly string[], passed: { media: number; bulk: number }): UnreadWarning[] {
  const warnings: UnreadWarning[] = [];
  const rest = new Map<string, string[]>();
  for (const file of files) {
    const relative = file.startsWith(`${container}/`) ? file.slice(container.length + 1) : file;
    const kind = kindOf(relative);
    if (kind.quiet) continue;
    if (kind.accounts) {
      warnings.push({
        code: 'DOWNLOAD_FILE_NOT_READ',
        message: `seems to hold ${kind.holds}, so the accounts in it were not checked. Look through it by hand, or send it to the tool’s maintainers so that it can be read.`,
        source: file,
      });
      continue;
    }
    rest.set(kind.holds, [...(rest.get(kind.holds) ?? []), relative]);
  }
  const count = [...rest.values()].reduce((sum, list) => sum + list.length, 0);
  if (count === 0) return warnings;
  const named: string[] = [];
  const counted: string[] = [];
  for (const [holds, list] of rest) {
    const shown = list.slice(0, Math.max(0, NAMED - named.length));
    if (shown.length > 0) named.push(`${shown.join(', ')}${shown.length < list.length ? ` and ${list.length - shown.length} more` : ''} (${holds})`);
    else counted.push(`${list.length} of ${holds}`);
  }
  const also = [passed.media > 0 && `${countOf(passed.media, 'picture, video or document', 'pictures, videos or documents')}`, passed.bulk > 0 && `${countOf(passed.bulk, 'file', 'files')} of messages, posts or likes`].filter(Boolean);
  warnings.push({
    code: 'DOWNLOAD_FILE_NOT_READ',
    message: `${count === 1 ? 'one of its files was' : `${count} of its files were`} not read, as ${count === 1 ? 'it seems' : 'they seem'} to hold no connections: ${[...named, ...counted].join('; ')}${also.length > 0 ? `. Also passed over: ${also.join(' and ')}` : ''}.`,
    source: container,
  });
  return warnings;
}
