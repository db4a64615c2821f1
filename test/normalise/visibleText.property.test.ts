import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleText, readDisplayName } from '../../src/match/nameReadings.js';
import { FOLD } from '../../src/normalise/nameText.js';
import { mirrorWriting } from '../../src/normalise/orderRead.js';
import { hiddenTakenOut, visibleText } from '../../src/normalise/visibleText.js';

const E = '\u001b';

/** Things a screen shows nothing of: whole escape sequences, controls, and invisible code points. */
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
const invisible = fc.oneof(
  // CSI: colours, screen clears, cursor moves, private modes (`ESC [ ? 1049 h`), 7- and 8-bit.
  fc
    .tuple(
      fc.constantFrom(`${E}[`, '\u009b'),
      fc.string({ unit: fc.integer({ min: 0x30, max: 0x3f }).map((c) => String.fromCharCode(c)), maxLength: 8 }),
      fc.string({ unit: fc.integer({ min: 0x20, max: 0x2f }).map((c) => String.fromCharCode(c)), maxLength: 2 }),
      fc.integer({ min: 0x40, max: 0x7e }).map((c) => String.fromCharCode(c)),
    )
    .map((parts) => parts.join('')),
  // OSC, DCS, SOS, PM, APC strings (OSC 8 hyperlinks, window titles) ended by BEL or ST.
  fc
    .tuple(
      fc.constantFrom(`${E}]`, `${E}P`, `${E}X`, `${E}^`, `${E}_`, '\u009d', '\u0090'),
      printable,
      fc.constantFrom('\u0007', `${E}\\`, '\u009c'),
    )
    .map((parts) => parts.join('')),
  fc.constantFrom(`${E}]8;;https://x.invalid/a?b=c\u0007`, `${E}]8;;${E}\\`, `${E}(B`, `${E}7`, `${E}c`),
  // C0 and C1 controls a screen shows nothing of (not tab, line breaks or NEL, which are gaps, nor
  // the C1 bytes that begin a control string or sequence).
  fc.constantFrom('\u0000', '\u0007', '\u0008', '\u007f', '\u0080', '\u0081', '\u008d', '\u009c'),
  // Bidi embeddings, the left-to-right override, pops and isolates (the right-to-left override draws what
  // follows back to front: its own tests below); zero-width spaces and joiners; soft hyphen; word joiner; BOM.
  fc.constantFrom(
    ...'\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\u00ad\u2060\ufeff\u034f',
  ),
  // Variation selectors (both blocks), tag characters, Hangul fillers.
  fc.integer({ min: 0xfe00, max: 0xfe0f }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xe0100, max: 0xe01ef }).map((c) => String.fromCodePoint(c)),
  fc.integer({ min: 0xe0000, max: 0xe007f }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('\u3164', '\u115f', '\u1160', '\uffa0'),
);

/** Names people write: letters of several alphabets, accents, spaces, hyphens, apostrophes, digits. */
const nameChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzELSMYTHJ éëøłßçğ-'’.019ЕлиΕλλη王李".split(''));
const name = fc.array(nameChar, { minLength: 1, maxLength: 24 }).map((chars) => chars.join(''));

/** `name` with invisible things put in at any places of it (one beside another, never inside one). */
const dressed = fc
  .tuple(name, fc.array(fc.tuple(fc.nat(), invisible), { minLength: 1, maxLength: 5 }))
  .map(([plain, inserts]) => {
    const at = new Map<number, string>();
    for (const [where, thing] of inserts) {
      const cut = where % (plain.length + 1);
      at.set(cut, (at.get(cut) ?? '') + thing);
    }
    let text = '';
    for (let i = 0; i <= plain.length; i++) text += (at.get(i) ?? '') + plain.slice(i, i + 1);
    return { plain, text };
  });

const words = (shown: string) => readDisplayName(shown).map((r) => ({ words: r.words, numbers: r.numbers }));

describe('visibleText', () => {
  it.each([
    [`Ellie${E}[2J Smyth`, 'Ellie Smyth'],
    [`${E}[31mEllie Smyth${E}[0m`, 'Ellie Smyth'],
    [`El${E}[1;4mlie Smyth`, 'Ellie Smyth'],
    [`${E}]8;;https://x.invalid/a${E}\\Ellie Smyth${E}]8;;${E}\\`, 'Ellie Smyth'],
    [`Ellie ${E}]0;pwned\u0007Smyth`, 'Ellie Smyth'],
    ['\u009b31mEllie Smyth\u009b0m', 'Ellie Smyth'],
    ['\u202eeillE\u202c Sm\u2066yth\u2069', 'Ellie Smyth'],
    ['\u202ehtymS eillE', 'Ellie Smyth'],
    ['Ellie \u202ehtymS\u2069', 'Ellie Smyth'],
    ['\u202b\u202dEllie Smyth\u202c\u202c', 'Ellie Smyth'],
    // An override's isolate or left-to-right override draws its letters in order; a formula shows its text.
    ['\u202e\u2066Ellie Smyth\u2069', 'Ellie Smyth'],
    ['\u202e\u202dEllie Smyth', 'Ellie Smyth'],
    ['=HYPERLINK("https://x.invalid/e","Ellie\u200b Smyth")', 'Ellie Smyth'],
    ['El\u200dlie Sm\u00adyth\u{e0065}\ufe0f', 'Ellie Smyth'],
    ['Ellie\tSmyth\r\n', 'Ellie Smyth  '],
  ])('reads %j as %j', (raw, shown) => {
    expect(visibleText(raw)).toBe(shown);
  });

  it('reads an unterminated control string past its introducer, so the name after it is still read', () => {
    expect(visibleText(`${E}]0;Ellie Smyth`)).toBe('0;Ellie Smyth');
  });

  it('reads a name a right-to-left override draws back to front in the order it is drawn', () => {
    fc.assert(
      fc.property(name, fc.constantFrom('\u202c', '\u2069', ''), (shown, pop) => {
        // Unless what is drawn reads as mirror writing of what was typed, which is read as typed (orderRead.test.ts).
        fc.pre(!mirrorWriting(shown, [...shown].reverse().join('')));
        expect(visibleText(`\u202e${[...shown].reverse().join('')}${pop}`)).toBe(shown);
      }),
    );
  });

  it('returns a name with nothing hidden as it came', () => {
    const plain = 'Zoë Ó Briain-Łukasz';
    expect(visibleText(plain)).toBe(plain);
  });

  it('reads any name with invisible things inserted anywhere as the same name', () => {
    fc.assert(
      fc.property(dressed, ({ plain, text }) => {
        expect(visibleText(text)).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the plain version exactly, its quick look for printable ASCII apart', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string(),
      dressed.map((d) => d.text),
      name,
      // Formulas are printable ASCII too, but not returned as they came.
      name.map((n) => `=HYPERLINK("https://x.invalid","${n}")`),
      printable.map((p) => `=${p}`),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(visibleText(text)).toBe(hiddenTakenOut(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves no control or invisible code point in anything, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const seen = visibleText(text);
        expect(seen).not.toMatch(/[\p{Cc}\p{Default_Ignorable_Code_Point}]/u);
        expect(visibleText(seen)).toBe(seen);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('names read past what a screen does not show', () => {
  it('reads a display name with invisible things inserted anywhere as the same words', () => {
    fc.assert(
      fc.property(dressed, ({ plain, text }) => {
        expect(words(text)).toEqual(words(plain));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a handle with invisible things inserted anywhere as the same handle', () => {
    fc.assert(
      fc.property(dressed, ({ plain, text }) => {
        expect(handleText(text)).toBe(handleText(plain));
      }),
      { numRuns: 1000 },
    );
  });

  it('marks a display name that hid something as decorated, for the reviewer', () => {
    const [reading] = readDisplayName(`${E}[31mEllie Smyth${E}[0m`);
    expect(reading!.words).toEqual(['ellie', 'smyth']);
    expect(reading!.marks & FOLD.DECORATED).toBe(FOLD.DECORATED);
  });
});
