import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

/** A generated file's row, keyed by its header. */
export type Row = Record<string, string>;

const parsed = new Map<string, Row[]>();
/** A file's rows as objects keyed by the header, read by csv-parse (not eval2's own reading), once: several tests read the same truth. */
export function records(path: string): Row[] {
  if (!parsed.has(path))
    parsed.set(
      path,
      parse(readFileSync(path, 'utf8'), { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true }),
    );
  return parsed.get(path)!;
}

/** A name compared as the generated files' spellings differ: accents, ł and dotless ı aside, any case. */
export const key = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').replace(/ı/g, 'i').toLowerCase();
