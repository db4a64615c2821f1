import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from '../../../src/report/pdf/sfntFromWoff.js';

const require = createRequire(import.meta.url);
const WOFF = path.join(
  path.dirname(require.resolve('@fontsource/unifontex/package.json')),
  'files',
  'unifontex-latin-400-normal.woff',
);

describe('sfntFromWoff', () => {
  it('unpacks a WOFF into a font fontkit reads exactly as it reads the WOFF', () => {
    const woff = readFileSync(WOFF);
    const sfnt = sfntFromWoff(woff);
    const packed = fontkit.create(woff);
    const unpacked = fontkit.create(sfnt);
    if (!('characterSet' in packed) || !('characterSet' in unpacked)) throw new Error('a collection');
    expect(unpacked.characterSet).toEqual(packed.characterSet);
    expect(unpacked.unitsPerEm).toBe(packed.unitsPerEm);
    // A spread of characters across the font, as fontkit lays them out and draws them from each.
    const sample = `${packed.characterSet
      .filter((_, i) => i % 4099 === 0)
      .map((cp) => String.fromCodePoint(cp))
      .join('')}Ｚｏｅ王`;
    const glyphs = (font: fontkit.Font) =>
      font.layout(sample).glyphs.map((g) => [g.id, g.advanceWidth, g.path.toSVG()]);
    expect(glyphs(unpacked)).toEqual(glyphs(packed));
  }, 120_000);

  it('refuses what is not a WOFF', () => {
    expect(() => sfntFromWoff(new Uint8Array([0, 1, 0, 0, 0, 0]))).toThrow(/not a WOFF/);
  });
});
