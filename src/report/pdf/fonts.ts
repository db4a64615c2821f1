import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { readPackageFile } from '../../io/readPackageFile.js';
import { sfntFromWoff } from './sfntFromWoff.js';

/**
 * The embedded fonts: DejaVu, shipped as the `dejavu-fonts-ttf` package, because it draws Latin
 * with every diacritic, Greek, Cyrillic, Vietnamese, Hebrew and Arabic in one family (about
 * 5,900 characters), and the PDF must never depend on fonts installed on the reader's machine.
 */
const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const file = (name: string): string => path.join(FONT_DIR, name);

export const FONT = {
  body: 'DejaVuSans',
  table: 'DejaVuSansCondensed',
  code: 'DejaVuSansMono',
  fallback: 'DejaVuMath',
  emoji: 'NotoEmoji',
  wide: 'UnifontEX',
} as const;

const MATH = file('DejaVuMathTeXGyre.ttf');
/**
 * Two more fallback faces, so that a name is never a row of boxes: Noto Emoji (monochrome, from
 * `@expo-google-fonts/noto-emoji`) for emoji, and UnifontEX (from `@fontsource/unifontex`), which
 * draws nearly every character of the Basic Multilingual Plane and the enclosed and fullwidth
 * letters of decorated names (Ｚｏｅ, ⓩⓞⓔ, 🅩🅞🅔), plainly but legibly. pdfmake embeds only the
 * glyphs a report uses.
 */
const EMOJI = path.join(
  path.dirname(require.resolve('@expo-google-fonts/noto-emoji/package.json')),
  '400Regular',
  'NotoEmoji_400Regular.ttf',
);
const WIDE_WOFF = path.join(
  path.dirname(require.resolve('@fontsource/unifontex/package.json')),
  'files',
  'unifontex-latin-400-normal.woff',
);
/** UnifontEX as pdfmake finds it: unpacked from its WOFF into pdfmake's virtual file system (see registerFonts). */
const WIDE = 'UnifontEX.ttf';

let wideFont: Buffer | undefined;
/** The package's own file, unpacked once. */
function wideFontBytes(): Buffer {
  wideFont ??= sfntFromWoff(readPackageFile(WIDE_WOFF));
  return wideFont;
}

/** Puts the fonts that are not plain files where pdfmake looks for them. */
export function registerFonts(virtualfs: { writeFileSync(name: string, content: Buffer): void }): void {
  // Only once read: until a character needed it, no text is set in it.
  if (wideFont) virtualfs.writeFileSync(WIDE, wideFont);
}
/** The fallback faces, in the order they are asked for a character the main faces lack. */
const FALLBACKS = [
  { font: FONT.fallback, file: MATH },
  { font: FONT.emoji, file: EMOJI },
  { font: FONT.wide, file: WIDE },
] as const;

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
  [FONT.emoji]: { normal: EMOJI, bold: EMOJI, italics: EMOJI, bolditalics: EMOJI },
  [FONT.wide]: { normal: WIDE, bold: WIDE, italics: WIDE, bolditalics: WIDE },
  [FONT.code]: {
    normal: file('DejaVuSansMono.ttf'),
    bold: file('DejaVuSansMono-Bold.ttf'),
    italics: file('DejaVuSansMono-Oblique.ttf'),
    bolditalics: file('DejaVuSansMono-BoldOblique.ttf'),
  },
};

export function isFontFile(filePath: string): boolean {
  const resolved = path.resolve(filePath);
  return path.dirname(resolved) === FONT_DIR || resolved === EMOJI;
}

/** The faces that draw names and other text from the input (regular and bold, body and table). */
const DATA_FACES = [
  FONT_FILES[FONT.body].normal,
  FONT_FILES[FONT.body].bold,
  FONT_FILES[FONT.table].normal,
  FONT_FILES[FONT.table].bold,
];

/**
 * The characters only a fallback face draws, each with the face that draws it: a set, so that
 * whatever asks only "is this a fallback character?" need not know there are several faces. The
 * last face (UnifontEX, 65,000 characters) is read only when a character none of the others has
 * is first asked about: most reports never need it, and reading it costs about half a second.
 */
export class FallbackFaces extends Set<number> {
  private readonly faces = new Map<number, string>();
  private later: (() => void) | undefined;

  constructor(private readonly main: ReadonlySet<number> = new Set()) {
    super();
  }

  /** Faces to add the first time a character neither the main faces nor those added have is asked about. */
  addLater(load: () => void): this {
    this.later = load;
    return this;
  }

  override add(codePoint: number, font: string = FONT.fallback): this {
    if (!this.faces.has(codePoint)) this.faces.set(codePoint, font);
    return super.add(codePoint);
  }

  override has(codePoint: number): boolean {
    if (super.has(codePoint)) return true;
    if (this.later === undefined || this.main.has(codePoint)) return false;
    const load = this.later;
    this.later = undefined;
    load();
    return super.has(codePoint);
  }

  /** The face that draws a fallback character (DejaVu Math for one added without a face). */
  faceOf(codePoint: number): string {
    this.has(codePoint);
    return this.faces.get(codePoint) ?? FONT.fallback;
  }
}

/** What the main faces and the fallback faces draw between them, the last fallback read when first needed. */
class Drawable extends Set<number> {
  constructor(
    main: ReadonlySet<number>,
    private readonly fallback: FallbackFaces,
  ) {
    super(main);
  }

  override has(codePoint: number): boolean {
    return super.has(codePoint) || this.fallback.has(codePoint);
  }
}

export interface FontCoverage {
  /** What every face that draws input text has. */
  main: ReadonlySet<number>;
  /** What only a fallback face has (mathematical letters, emoji, fullwidth and enclosed letters), and which. */
  fallback: FallbackFaces;
  /** Either of the two: what the PDF can draw (ask with `has`). */
  drawable: ReadonlySet<number>;
}

let coverage: FontCoverage | undefined;

export function fontCoverage(): FontCoverage {
  if (!coverage) {
    const sets = DATA_FACES.map(characters);
    const main = new Set([...sets[0]!].filter((cp) => sets.every((set) => set.has(cp))));
    const fallback = new FallbackFaces(main);
    const addFace = (face: (typeof FALLBACKS)[number]): void => {
      for (const cp of characters(face.file)) if (!main.has(cp) && isDrawn(cp)) fallback.add(cp, face.font);
    };
    const [last, ...first] = [...FALLBACKS].reverse();
    for (const face of first.reverse()) addFace(face);
    fallback.addLater(() => addFace(last!));
    coverage = { main, fallback, drawable: new Drawable(main, fallback) };
  }
  return coverage;
}

/** Control characters (C0, DEL, C1) are never drawn, whatever a fallback face maps them to. */
function isDrawn(codePoint: number): boolean {
  return codePoint >= 0x20 && (codePoint < 0x7f || codePoint > 0x9f);
}

function characters(face: string): Set<number> {
  const font = face === WIDE ? fontkit.create(wideFontBytes()) : fontkit.openSync(face);
  if (!('characterSet' in font)) throw new Error(`${face} is a font collection, not a font`);
  return new Set(font.characterSet);
}
