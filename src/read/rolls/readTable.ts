import { InputError } from '../../errors.js';
import { type ColumnAliases, mapColumns } from '../csvTable.js';
import type { FileSource, HeaderTest, Table } from './TableImporter.js';
import { tableImporterFor } from './tableImporters.js';

/** A file's rows through the importer its content calls for, or undefined when it is CSV (read as a stream instead). */
export async function readTable(source: FileSource, isHeader: HeaderTest): Promise<Table | undefined> {
  const head = await source.head();
  const importer = tableImporterFor(head);
  if (!importer) {
    if (/^\s*<(\?xml|[A-Za-z])/.test(head)) {
      throw new InputError(
        source.name,
        undefined,
        'is an XML file of a kind not read here',
        'XML rolls are read from iSAMS (PupilManager) and the DfE Common Transfer File (CTfile); export CSV or Excel from other systems.',
      );
    }
    return undefined;
  }
  const bytes = async (): Promise<Uint8Array> => {
    if (!source.bytes)
      throw new InputError(
        source.name,
        undefined,
        `is ${importer.format}, which is read only from a file`,
        'Give it as a file, or as its bytes (textSourceFromBytes), not as text.',
      );
    return source.bytes();
  };
  return importer.parse({ name: source.name, text: () => source.text(), bytes }, isHeader);
}

/** Whether a row is a header with the columns `required` asks for, matched as `mapColumns` matches them. */
export function hasColumns<F extends string>(
  aliases: ColumnAliases<F>,
  required: readonly (F | readonly F[])[],
): HeaderTest {
  return (cells) => {
    try {
      mapColumns('', { cells: [...cells], line: 0 }, aliases, required, '');
      return true;
    } catch {
      return false;
    }
  };
}
