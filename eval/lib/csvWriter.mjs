// Buffered synchronous CSV writing: a million rows stream to disk without being held in memory.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Quotes a field holding a comma, quote or line break, or with spaces at either end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(value) {
  const s = value === undefined || value === null ? '' : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Opens FILE for writing; rows are counted so that callers know each row's line number. */
export function openCsv(file, header, { bom = false, eol = '\n' } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let buffer = bom ? '\uFEFF' : '';
  let line = 0;
  const writer = {
    file,
    /** Writes one row and returns its 1-based line number in the file (the header is line 1). */
    row(fields) {
      buffer += fields.map(csvField).join(',') + eol;
      line++;
      if (buffer.length > 1 << 16) {
        writeSync(fd, buffer);
        buffer = '';
      }
      return line;
    },
    close() {
      if (buffer) writeSync(fd, buffer);
      buffer = '';
      closeSync(fd);
    },
    get lines() {
      return line;
    },
  };
  writer.row(header);
  return writer;
}
