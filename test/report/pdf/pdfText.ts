import { PDFParse } from 'pdf-parse';

/** The text of each page, as a reader's copy-and-paste or search would find it. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

/** Numbers and words as pdfmake wrote them, e.g. the MediaBox or the creation date. */
export function pdfSyntax(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}
