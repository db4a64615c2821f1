/** What a file handed in as a table or list is instead, told by how it starts, with what to do. */
export interface Lookalike {
  what: string;
  hint: string;
}

const AGAIN = 'download or export the file again, as the table it should be';

// Decoded as text: a PNG's 0x89 reads as ‰ (Windows-1252) or U+FFFD, a JPEG's FF D8 FF as ÿØÿ.
const KINDS: readonly [RegExp, Lookalike][] = [
  [
    /^\s*<(!doctype\s+html|html|head|body|meta|title)\b/i,
    {
      what: 'a web page (HTML)',
      hint: `It may be the page a failed download or an expired sign-in saved under this name: ${AGAIN}.`,
    },
  ],
  [/^%PDF-/, { what: 'a PDF document', hint: `A printed report is not its data: ${AGAIN}.` }],
  [/^\{\\rtf/, { what: 'a Rich Text (RTF) document', hint: `Open it and save it as CSV, or ${AGAIN}.` }],
  [
    new RegExp(`^PK${String.fromCharCode(3, 4)}[^]*(\\[Content_Types\\]\\.xml|xl/)`), // a workbook is a ZIP of these
    {
      what: 'an Excel workbook',
      hint: 'Connection lists are read as CSV: open it in Excel and save it again as "CSV UTF-8".',
    },
  ],
  [
    new RegExp(`^PK${String.fromCharCode(3, 4)}`), // a ZIP's signature, control characters and all
    {
      what: 'a ZIP archive',
      hint: `A platform's download belongs in connections/, in a folder or ZIP named after the member of staff; otherwise ${AGAIN}.`,
    },
  ],
  [
    /^([\u2030\uFFFD\u0089]PNG|GIF8[79]a|\u00FF\u00D8\u00FF)/,
    { what: 'a picture', hint: `A screenshot is not its data: ${AGAIN}.` },
  ],
];

/** The kind of file `head` (the file's first text) starts like, or undefined for anything that may be a table. */
export function fileLooksLike(head: string): Lookalike | undefined {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  return KINDS.find(([test]) => test.test(text))?.[1];
}
