import type { FileSystem } from './FileSystem.js';

/** Spreadsheets the tool does not read, by their ending, with how each is saved as one it does. */
const UNREAD_KINDS: readonly [RegExp, string, string][] = [
  [/\.xls$/i, 'an Excel 97–2003 workbook (.xls)', 'in Excel, File › Save As › "Excel Workbook (.xlsx)" or "CSV UTF-8"'],
  [
    /\.xlsb$/i,
    'an Excel binary workbook (.xlsb)',
    'in Excel, File › Save As › "Excel Workbook (.xlsx)" or "CSV UTF-8"',
  ],
  [/\.numbers$/i, 'a Numbers spreadsheet (Mac)', 'in Numbers, File › Export To › CSV… (or Excel…)'],
  [/\.ods$/i, 'an OpenDocument spreadsheet (.ods)', 'in LibreOffice, File › Save As › "Excel 2007-365 (.xlsx)" or CSV'],
];

/**
 * The folder's spreadsheets in a form it does not read (a roll saved as .xls, or kept in Numbers on a Mac), so that
 * "no roll" names the one the person put there rather than leaving them to wonder why it was passed over. A
 * Numbers document may be a folder (a package), so folders count too.
 */
export async function unreadSpreadsheets(
  fs: FileSystem,
  folder: string,
): Promise<{ problem: string; hint: string } | undefined> {
  const saying: string[] = [];
  const hints = new Set<string>();
  for (const { name } of await fs.list(folder)) {
    const kind = UNREAD_KINDS.find(([ending]) => ending.test(name));
    if (!kind) continue;
    saying.push(`${name} is ${kind[1]}`);
    hints.add(kind[2]);
  }
  if (saying.length === 0) return undefined;
  return {
    problem: `${saying.join('; ')}, ${saying.length > 1 ? 'which are' : 'which is'} not read`,
    hint: `Save it as a workbook or CSV the tool reads (${[...hints].join('; ')}), in this folder, and run the audit again.`,
  };
}
