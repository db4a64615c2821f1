import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnOrder } from '../../src/normalise/drawnOrder.js';
import { mirrorWriting } from '../../src/normalise/orderRead.js';
import { visibleText } from '../../src/normalise/visibleText.js';

const [LRE, RLE, PDF, LRO, RLO] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const backwards = (text: string) => [...text].reverse().join('');

/** Bidi controls reorder letters as a screen draws them (UAX #9's explicit levels; invented names). */
describe('drawnOrder', () => {
  it.each([
    [`${RLO}nwodhsA yllit`, 'tilly Ashdown'],
    [`Tilly ${RLO}nwodhsA${PDF}`, 'Tilly Ashdown'],
    // What an override holds, but a left-to-right isolate, override or embedding inside it, is drawn in order.
    [`${RLO}${LRI}Tilly Ashdown${PDI}`, 'Tilly Ashdown'],
    [`${RLO}${LRO}Tilly Ashdown`, 'Tilly Ashdown'],
    [`${RLO}${LRE}Tilly Ashdown${PDF}${PDF}`, 'Tilly Ashdown'],
    [`${RLO}${FSI}Tilly${PDI} ${LRI}Ashdown${PDI}`, 'Ashdown Tilly'],
    [`${RLO}abc${LRO}def${PDF}ghi`, 'ihgdefcba'],
    // An isolate's end closes an override opened inside it; an unmatched one closes nothing.
    [`${LRI}${RLO}nwodhsA${PDI} Tilly`, 'Ashdown Tilly'],
    [`${RLO}ba${PDI}dc`, 'cdab'],
    // A combining mark stays on its letter; a line break ends every override.
    [`${RLO}e\u0308oZ`, 'Zoe\u0308'],
    [`${RLO}ba\ndc`, 'ab\ndc'],
  ])('draws %j as %j', (text, shown) => {
    expect(drawnOrder(text)).toBe(shown);
  });

  const letters = fc.string({ unit: fc.constantFrom(...'abcXYZ éø-王Ел'.split('')), minLength: 1 });
  const controls = fc.constantFrom(LRE, RLE, PDF, LRO, LRI, RLI, FSI, PDI);

  it('keeps stored order where no right-to-left override is open, whatever else surrounds the letters', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(controls, { maxLength: 3 }), letters), { minLength: 1 }), (parts) => {
        const text = parts.map(([before, word]) => before.join('') + word).join('');
        expect(drawnOrder(text)).toBe(parts.map(([, word]) => word).join(''));
      }),
    );
  });

  it('draws a name behind an override back to front, and one isolated inside it in order', () => {
    fc.assert(
      fc.property(letters, letters, (a, b) => {
        expect(drawnOrder(`${RLO}${a}`)).toBe(backwards(a));
        // Unless what is drawn reads as mirror writing of what was typed, which is read as typed (orderRead.test.ts).
        fc.pre(!mirrorWriting(backwards(b) + a, a + b));
        expect(visibleText(`${RLO}${LRI}${a}${PDI}${b}`)).toBe(visibleText(backwards(b) + a));
      }),
    );
  });
});
