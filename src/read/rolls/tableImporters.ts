import { ctfTable } from './ctfTable.js';
import { isamsXmlTable } from './isamsXmlTable.js';
import type { TableImporter } from './TableImporter.js';
import { workbookTable } from './workbookTable.js';

/** Every format besides CSV that a roll, staff or exemptions file may come in; CSV is the default. */
const TABLE_IMPORTERS: readonly TableImporter[] = [workbookTable, ctfTable, isamsXmlTable];

/** The importer for a file by its first KiBs, or undefined for CSV (or something unknown, which CSV reading reports). */
export function tableImporterFor(head: string): TableImporter | undefined {
  return TABLE_IMPORTERS.find((importer) => importer.detect(head));
}
