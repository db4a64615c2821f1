import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { fold } from '../../../src/report/pdf/foldLongWords.js';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { graphemes } from '../../../src/report/terminalColumns.js';
import { toAuditWarning } from '../../../src/report/warningWording.js';
import { CAROL, DAVID, exempted, finding, pupil, report } from './factories.js';
import { pdfPages } from './pdfText.js';

/** One unit a letter, as the eye counts them: a fold that split a letter would show in the widths. */
const widthOf = (text: string): number => graphemes(text).length;
const run = (text: string, extra: { noWrap?: boolean; trailingCut?: number } = {}) => ({
  text,
  width: widthOf(text),
  ...extra,
});
const texts = (parts: { text: string }[] | undefined) => parts?.map((part) => part.text);

describe('fold: a word too wide for its line', () => {
  it('folds just after a mark near the cut, not at the last letter that fits', () => {
    expect(texts(fold(run('@esme.thompson_2018'), 18, widthOf))).toEqual(['@esme.thompson_', '2018']);
    expect(texts(fold(run('connections/ST05.zip/followers_1.json'), 30, widthOf))).toEqual([
      'connections/ST05.zip/',
      'followers_1.json',
    ]);
    expect(texts(fold(run('gemma-pritchard'), 8, widthOf))).toEqual(['gemma-', 'pritchard']);
    // A mark far back would leave the line two-thirds empty: cut there between letters instead.
    expect(texts(fold(run('gemma-pritchard'), 10, widthOf))).toEqual(['gemma-prit', 'chard']);
  });

  it('folds between letters where no mark is near, and never inside a letter written with several code points', () => {
    expect(texts(fold(run('@a.verylongnamewithoutmarks'), 12, widthOf))).toEqual(['@a.verylongn', 'amewithoutmarks']);
    expect(texts(fold(run('Zoe\u0308\u{1F3C0}\u{1F3C0}\u{1F3C0}'), 4, widthOf))).toEqual([
      'Zoe\u0308\u{1F3C0}',
      '\u{1F3C0}\u{1F3C0}',
    ]);
  });

  it('leaves a word that fits, counting the space after it as pdfmake does', () => {
    expect(fold(run('@ben.mensah'), 11, widthOf)).toBeUndefined();
    expect(fold(run('@ben.mensah ', { trailingCut: 1 }), 11, widthOf)).toBeUndefined();
  });

  it('folds a command too long for a line between its words only, and leaves one word whole', () => {
    const command = run('social-audit audit school/ --format json --out audit.json', { noWrap: true });
    expect(texts(fold(command, 30, widthOf))).toEqual(['social-audit audit school/', '--format json --out audit.json']);
    expect(fold(run('social-audit-exemptions-add', { noWrap: true }), 10, widthOf)).toBeUndefined();
  });

  it('gives back every letter in order, the head within the line unless a single letter is wider', () => {
    const letter = fc.constantFrom('a', 'Z', '.', '_', '-', '/', 'é', 'e\u0301', '\u{1F3C0}', '👩‍👧', '語');
    fc.assert(
      fc.property(fc.array(letter, { minLength: 2, maxLength: 40 }), fc.integer({ min: 1, max: 40 }), (word, room) => {
        const text = word.join('');
        const parts = fold(run(text), room, widthOf);
        if (widthOf(text) <= room) {
          expect(parts).toBeUndefined();
          return;
        }
        const [head, tail] = parts!;
        expect(head!.text + tail!.text).toBe(text);
        expect(head!.width).toBeLessThanOrEqual(room);
        expect(head!.width).toBeGreaterThanOrEqual(1);
        // Cut at a boundary between letters: the two halves' letters are the word's.
        expect([...graphemes(head!.text), ...graphemes(tail!.text)]).toEqual(graphemes(text));
      }),
    );
  });
});

describe('the PDF folds long words where a reader expects', () => {
  const esme = pupil('Esme Thompson');
  const link = exempted(DAVID, esme);
  link.connection = { ...link.connection, platform: 'instagram', username: 'esme.thompson_2018' };
  const withLink: AuditReport = report({
    findings: [finding(CAROL, pupil('Ben Mensah'), { level: 'review' })],
    exempted: [link],
  });

  it('folds a handle in the family links table after its underscore, not inside its number', async () => {
    const lines = (await pdfPages((await pdfReporter(withLink, { color: false, width: 100 })) as Uint8Array))
      .join('\n')
      .split('\n');
    expect(lines.some((line) => line.includes('thompson_201') && !line.includes('thompson_2018'))).toBe(false);
    expect(lines.some((line) => line.trimEnd().endsWith('@esme.thompson_'))).toBe(true);
  });

  it('keeps each command of the next steps whole on one line', async () => {
    const text = (await pdfPages((await pdfReporter(withLink, { color: false, width: 100 })) as Uint8Array)).join('\n');
    expect(text).toContain('social-audit exemptions add');
    expect(text).toContain('social-audit review audit.json');
    expect(text).not.toMatch(/social-\s*\n/);
  });

  it('starts a warning’s command on a line of its own, folded only between its words', async () => {
    const due = toAuditWarning(
      { code: 'EXEMPTION_REVIEW_DUE', args: { staffId: 'ST12', pupilId: 'Y850246821062', reviewOn: '2026-09-01' } },
      'exemptions.csv:3',
    );
    const text = (
      await pdfPages((await pdfReporter(report({ warnings: [due] }), { color: false, width: 100 })) as Uint8Array)
    ).join('\n');
    expect(text).toMatch(/\nsocial-audit exemptions add FOLDER --staff-id ST12\b/);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'social-audit exemptions add FOLDER --staff-id ST12 --pupil-id Y850246821062 --review-on DD/MM/YYYY --recorded-by "YOUR NAME"',
    );
  });
});
