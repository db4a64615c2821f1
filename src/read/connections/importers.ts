import type { ConnectionImporter } from './ConnectionImporter.js';
import { genericCsvImporter } from './genericCsv.js';

/** Every connection format the tool reads, tried in this order; the first whose `detect` says yes parses the file. */
export const importers: readonly ConnectionImporter[] = [genericCsvImporter];

export function findImporter(file: { name: string; head: string }): ConnectionImporter | undefined {
  return importers.find((importer) => importer.detect(file));
}
