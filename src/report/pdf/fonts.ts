import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/**
 * The embedded fonts: DejaVu, shipped as the `dejavu-fonts-ttf` package, because it draws Latin
 * with every diacritic, Greek, Cyrillic, Vietnamese, Hebrew and Arabic in one family (about
 * 5,900 characters), and the PDF must never depend on fonts installed on the reader's machine.
 * These are the tool's own files, not the user's, so they are read here rather than through io/.
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const file = (name: string): string => path.join(FONT_DIR, name);

export const FONT = { body: 'DejaVuSans', table: 'DejaVuSansCondensed', code: 'DejaVuSansMono', fallback: 'DejaVuMath' } as const;

const MATH = file('DejaVuMathTeXGyre.ttf');

/** pdfmake's font dictionary: family → file per style. */
export const FONT_FILES = {
  [FONT.body]: {
    normal: file('DejaVuSans.ttf'),
    bold: file('DejaVuSans-Bold.ttf'),
    italics: file('DejaVuSans-Oblique.ttf'),
    bolditalics: file('DejaVuSans-BoldOblique.ttf'),
  },
  [FONT.table]: {
    normal: file('DejaVuSansCondensed.ttf'),
    bold: file('DejaVuSansCondensed-Bold.ttf'),
    italics: file('DejaVuSansCondensed-Oblique.ttf'),
    bolditalics: file('DejaVuSansCondensed-BoldOblique.ttf'),
  },
  // One face only: it draws the stylised letters of decorated names (𝓩𝓸𝓮, 𝐙𝐨𝐞) wherever they appear.
  [FONT.fallback]: { normal: MATH, bold: MATH, italics: MATH, bolditalics: MATH },
  [FONT.code]: {
    normal: file('DejaVuSansMono.ttf'),
    bold: file('DejaVuSansMono-Bold.ttf'),
    italics: file('DejaVuSansMono-Oblique.ttf'),
    bolditalics: file('DejaVuSansMono-BoldOblique.ttf'),
  },
};

export function isFontFile(filePath: string): boolean {
  return path.dirname(path.resolve(filePath)) === FONT_DIR;
}

/** The faces that draw names and other text from the input (regular and bold, body and table). */
const DATA_FACES = [FONT_FILES[FONT.body].normal, FONT_FILES[FONT.body].bold, FONT_FILES[FONT.table].normal, FONT_FILES[FONT.table].bold];

export interface FontCoverage {
  /** What every face that draws input text has. */
  main: ReadonlySet<number>;
  /** What only the fallback face has (mathematical letters, some symbols). */
  fallback: ReadonlySet<number>;
  /** Either of the two: what the PDF can draw. */
  drawable: ReadonlySet<number>;
}

let coverage: FontCoverage | undefined;

export function fontCoverage(): FontCoverage {
  if (!coverage) {
    const sets = [...DATA_FACES, MATH].map(characters);
    const math = sets.pop()!;
    const main = new Set([...sets[0]!].filter((cp) => sets.every((set) => set.has(cp))));
    const fallback = new Set([...math].filter((cp) => !main.has(cp)));
    coverage = { main, fallback, drawable: new Set([...main, ...fallback]) };
  }
  return coverage;
}

function characters(face: string): Set<number> {
  const font = fontkit.openSync(face);
  if (!('characterSet' in font)) throw new Error(`${face} is a font collection, not a font`);
  return new Set(font.characterSet);
}
