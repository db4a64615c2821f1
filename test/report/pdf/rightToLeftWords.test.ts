import { describe, expect, it } from 'vitest';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { visualPieces } from '../../../src/report/pdf/rightToLeftWords.js';
import { CAROL, finding, pupil, report } from './factories.js';
import { pdfPages } from './pdfText.js';

const context = { color: false, width: 100, term: 'Autumn term 2026' };
const NAMES = ['محمد علي', 'שרה כהן לוי', 'Zoë Łukasik', '王小明', 'Amira محمد'];

describe('right-to-left names in the PDF', () => {
  // pdf.js reads glyphs as they sit, left to right: a right-to-left name comes out last word first.
  it('keep the spaces between their words, each word where a reader looks for it', async () => {
    const r = report({ findings: NAMES.map((name) => finding(CAROL, pupil(name))) });
    const text = (await pdfPages((await pdfReporter(r, context)) as Uint8Array)).join('\n');
    for (const seen of ['علي محمد', 'לוי כהן שרה', 'Zoë Łukasik', '王小明', 'Amira محمد']) expect(text).toContain(seen);
    expect(text).not.toContain('محمدعلي');
    expect(text).not.toContain('כהןלוי');
  });

  it('turns the order of a right-to-left run of words round, each space a piece of its own', () => {
    expect(visualPieces('محمد علي')).toEqual(['علي', ' ', 'محمد']);
    expect(visualPieces('Year 4 محمد 7 علي (Instagram)')).toEqual([
      'Year 4 ',
      'علي',
      ' ',
      '7',
      ' ',
      'محمد',
      ' (Instagram)',
    ]);
    expect(visualPieces('Zoë Łukasik')).toEqual(['Zoë Łukasik']);
  });
});
