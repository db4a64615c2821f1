import { describe, expect, it } from 'vitest';
import { fontCoverage } from '../../../src/report/pdf/fonts.js';
import { REPLACEMENT_MARK as MARK, MAX_TEXT_LENGTH, TextGuard } from '../../../src/report/pdf/TextGuard.js';
import { describeShortenedEnd } from '../../../src/report/wording.js';

const codePoints = (text: string): Set<number> => new Set(Array.from(text, (ch) => ch.codePointAt(0)!));

describe('TextGuard', () => {
  it('passes drawable text through unchanged, in composed form', () => {
    const guard = new TextGuard(codePoints('Zoë Nguyễn'));
    expect(guard.draw('Zoe\u0308 Nguye\u0302\u0303n', 'x')).toBe('Zoë Nguyễn');
    expect(guard.warnings()).toEqual([]);
  });

  it('replaces each undrawable character with one visible mark, an emoji sequence as one', () => {
    const guard = new TextGuard(codePoints('Fag Wa'));
    expect(guard.draw('王芳 Fang Wang', 'Finding 3, name as shown', 'connections.csv:10')).toBe(
      `${MARK}${MARK} Fa${MARK}g Wa${MARK}g`,
    );
    expect(guard.draw('Fag 👩‍👩‍👧', 'Finding 4, name as shown')).toBe(`Fag ${MARK}`);
    expect(guard.warnings()).toEqual([
      {
        code: 'GLYPH_REPLACED',
        args: { where: 'Finding 3, name as shown', codePoints: [0x738b, 0x82b3, 0x6e], mark: MARK },
        message: expect.stringContaining(
          'Finding 3, name as shown: 3 characters the PDF’s font cannot draw (U+738B, U+82B3, U+006E)',
        ),
        source: 'connections.csv:10',
      },
      {
        code: 'GLYPH_REPLACED',
        args: { where: 'Finding 4, name as shown', codePoints: [0x1f469, 0x1f467], mark: MARK },
        message: expect.stringContaining('(U+1F469, U+1F467)'),
      },
    ]);
  });

  it('counts a text once however often it appears, and turns line breaks into spaces', () => {
    const guard = new TextGuard(codePoints('ab '));
    guard.draw('a☃', 'first');
    guard.draw('a☃', 'second');
    expect(guard.draw('a\nb', 'note')).toBe('a b');
    expect(guard.warnings()).toHaveLength(1);
    expect(guard.warnings()[0]!.message).toMatch(/^first: /);
  });

  it('cuts a text too long for a table row, visibly, and counts a warning for it', () => {
    const guard = new TextGuard(fontCoverage().drawable);
    const long = `Zoë ${'x'.repeat(2000)}`;
    const drawn = guard.draw(long, 'Finding 2, name as shown', 'connections.csv:3');
    expect(drawn).toBe(`${long.slice(0, MAX_TEXT_LENGTH)}… [shortened: 2,004 characters in all]`);
    expect(guard.draw('x'.repeat(MAX_TEXT_LENGTH), 'fits')).toBe('x'.repeat(MAX_TEXT_LENGTH));
    expect(guard.warnings()).toEqual([
      {
        code: 'TEXT_SHORTENED',
        args: { where: 'Finding 2, name as shown', length: 2004, kept: MAX_TEXT_LENGTH },
        message: `Finding 2, name as shown: 2,004 characters, too long for the PDF’s tables, shortened to the first ${MAX_TEXT_LENGTH}; the JSON and CSV reports keep the exact text.`,
        source: 'connections.csv:3',
      },
    ]);
  });

  it.each([
    ['an emoji sequence', '🏳️‍🌈'],
    ['a letter with a combining mark', 'q\u0307'],
  ])('cuts a long text between graphemes, never inside %s', (_, grapheme) => {
    const long = `x${grapheme.repeat(MAX_TEXT_LENGTH + 100)}`;
    const end = describeShortenedEnd([...long].length);
    const guard = new TextGuard(codePoints(long + end));
    expect(guard.draw(long, 'note')).toBe(`x${grapheme.repeat(MAX_TEXT_LENGTH - 1)}${end}`);
    expect(guard.warnings().map((w) => w.code)).toEqual(['TEXT_SHORTENED']);
  });

  it('knows what the embedded fonts draw, and which fallback face draws what the main faces lack', () => {
    const fonts = fontCoverage().drawable;
    for (const ch of 'Zoë Łucja Oğuz Nguyễn Σοφία Анна شهد שירה’…—')
      expect(fonts.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '𝓩𝓸𝓮𝐙𝐨𝐞') expect(fontCoverage().fallback.has(ch.codePointAt(0)!), ch).toBe(true);
    const faces = fontCoverage().fallback;
    for (const ch of '✨🌸🥰') expect(faces.faceOf(ch.codePointAt(0)!), ch).toBe('NotoEmoji');
    for (const ch of 'Ｚｏｅⓩ王芳') expect(faces.faceOf(ch.codePointAt(0)!), ch).toBe('UnifontEX');
    for (const ch of 'ᴢᴏᴇ') expect(fontCoverage().main.has(ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of '𠮷\uE000') expect(fonts.has(ch.codePointAt(0)!), ch).toBe(false);
    expect(fonts.has(MARK.codePointAt(0)!)).toBe(true);
  });
});
