import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { continuedHeadings } from './continuedHeadings.js';
import { fastStyleLookup } from './fastStyleLookup.js';
import { foldLongWords } from './foldLongWords.js';
import { FONT_FILES, isFontFile, registerFonts } from './fonts.js';
import { measureOnce } from './measureOnce.js';

measureOnce();
fastStyleLookup();
foldLongWords();
continuedHeadings();

/**
 * Lays the document out and returns the PDF's bytes. pdfmake (over pdfkit) was chosen for its
 * tables: header rows that repeat on every page, rows that never split, and a footer that knows
 * the page count; pdfkit alone would need all of that written by hand. Nothing is fetched and
 * only the embedded font files may be read.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(isFontFile);
  pdfmake.setFonts(structuredClone(FONT_FILES));
  // pdfmake's own virtual file system, which its type declarations leave out.
  registerFonts((pdfmake as unknown as { virtualfs: Parameters<typeof registerFonts>[0] }).virtualfs);
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
