// Bytes as a school's software saves text: UTF-8 with or without a byte-order mark, Windows-1252
// (SIMS, Excel on Windows), UTF-16LE with a mark (Excel's "Unicode text").
import { foldAccents } from './styles.mjs';

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function cp1252Byte(ch) {
  const c = ch.charCodeAt(0);
  if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) return c;
  const i = CP1252_HIGH.indexOf(ch);
  return i >= 0 ? 0x80 + i : -1;
}

/** Text as Windows-1252; a letter it lacks loses its accent, as MIS exports do, else becomes '?'. */
export function toCp1252(text) {
  const bytes = [];
  for (const ch of text) {
    let b = cp1252Byte(ch);
    if (b < 0) {
      const folded = foldAccents(ch);
      b = folded.length === 1 ? cp1252Byte(folded) : -1;
    }
    bytes.push(b < 0 ? 0x3f : b);
  }
  return Buffer.from(bytes);
}

/** Whether Windows-1252 holds every character of the text. */
export function fitsCp1252(text) {
  for (const ch of text) if (cp1252Byte(ch) < 0) return false;
  return true;
}

export function encode(text, encoding) {
  switch (encoding) {
    case 'utf8bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'cp1252':
      return toCp1252(text);
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    default:
      return Buffer.from(text, 'utf8');
  }
}

export function csvCell(value, delimiter) {
  const text = String(value ?? '');
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvText(header, rows, { delimiter = ',', eol = '\r\n' } = {}) {
  return [header, ...rows].map((row) => row.map((v) => csvCell(v, delimiter)).join(delimiter)).join(eol) + eol;
}
