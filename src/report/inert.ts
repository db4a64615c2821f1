/**
 * Text from the user's files made harmless to show on a terminal: an escape sequence could clear
 * the screen, retitle the window, plant a link or write the clipboard, and a bidi override can
 * make a name read as something else. Control characters are shown as visible pictures (ESC as
 * `␛`, so `␛[2J`), C1 controls as `\x9B`, and bidi embeddings, overrides and isolates removed.
 * JSON output keeps the exact data; this is for text meant for a person (`inertCell` for the CSV's cells).
 */
// biome-ignore-start lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');
const UNSAFE_BUT_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw of UNSAFE: it writes C0 controls as escapes itself. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// biome-ignore-end lint/suspicious/noControlCharactersInRegex: end of the control-character patterns.

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  if (code <= 0x9f) return `\\x${code.toString(16).toUpperCase()}`;
  if (code === 0x2028 || code === 0x2029) return '\u2424';
  return '';
}

/** One field (a name, a file name, a cell): every control shown visibly, line breaks included. */
export function inert(text: string): string {
  return unstacked(UNSAFE.test(text) ? text.replace(UNSAFE_ALL, visible) : text);
}

/** A message of several lines of our own that quotes input: line feeds kept, all else as `inert`. */
export function inertLines(text: string): string {
  return unstacked(UNSAFE.test(text) ? text.replace(UNSAFE_BUT_NEWLINE, visible) : text);
}

/**
 * Combining marks stacked on one letter past what any script needs ("Zalgo" text) climb over the
 * lines above and below in a terminal, a spreadsheet or the PDF: four are kept, the rest left out.
 */
const OVERSTACKED = /\p{M}{5}/u;
const OVERSTACKED_ALL = /(\p{M}{4})\p{M}+/gu;

export function unstacked(text: string): string {
  return OVERSTACKED.test(text) ? text.replace(OVERSTACKED_ALL, '$1') : text;
}

const BIDI_ALL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A spreadsheet cell's text (the CSV report) as a person should read it: bidi embeddings, overrides and
 * isolates left out, as the text report leaves them, so a cell cannot read reversed; marks unstacked.
 */
export function inertCell(text: string): string {
  return unstacked(text.replace(BIDI_ALL, ''));
}

/** Every string in a value (a report) made inert, the value's shape kept; the original is not changed. */
export function inertDeep<T>(value: T): T {
  if (typeof value === 'string') return inert(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => inertDeep(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = inertDeep(item);
    return out as T;
  }
  return value;
}

/**
 * JSON text with the controls a terminal acts on (C1, such as the one-byte CSI, and bidi overrides) written
 * as `\u` escapes, as JSON.stringify already writes ESC: the same data once parsed, but a report shown with
 * `cat` or sent to a terminal cannot clear the screen or reverse a name.
 */
export function jsonInert(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
