/**
 * A named piece of text that readers and importers work on. They never see paths: where the
 * text comes from (a file, a ZIP entry, a test string) is decided in `io/` alone.
 */
export interface TextSource {
  /** Name shown in reports and errors, e.g. `roll.csv` or `connections/S01/fb.zip/friends.json`. */
  readonly name: string;
  /** The beginning of the text (at least 8 KiB where the text is that long), to detect a format. */
  head(): Promise<string>;
  /** The whole text. */
  text(): Promise<string>;
  /** The text in pieces, for files too large to hold (connection lists of a whole trust). */
  chunks(): AsyncIterable<string>;
  /**
   * The same pieces as UTF-8 bytes (no byte-order mark), where the source has them: a parser that
   * works on bytes (csv-parse) is then spared decoding and encoding again 100 MB connection lists.
   * A piece's memory may be read into again two pieces later: copy what is kept longer.
   */
  utf8Chunks?(): AsyncIterable<Uint8Array>;
  /** How a text that is not UTF-8 was judged to be encoded, once read through (undefined for UTF-8 and the like). */
  judgedEncoding?(): EncodingJudgement | undefined;
}

/** The encoding of a file that is not UTF-8 (Excel's "CSV" on Windows, or its "CSV (Macintosh)"), and what it rested on. */
export interface EncodingJudgement {
  encoding: 'windows-1252' | 'macintosh';
  /** The file's first line break is a lone CR, as Mac Excel's "CSV (Macintosh)" writes. */
  crOnly: boolean;
}

/** A file as the readers see it: its text, and its bytes where they are to be had (a workbook needs them). */
export interface FileSource extends TextSource {
  bytes?(): Promise<Uint8Array>;
}
