import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalsFirst } from '../../src/match/nameReadings.js';
import { foldNameText } from '../../src/normalise/nameText.js';

/** `capitalsFirst` as it read before its quick no for a first word in lower case. */
function capitalsFirstAsBefore(displayName: string): number {
  const words = displayName.trim().split(/\s+/);
  let upper = 0;
  while (upper < words.length - 1 && /\p{Lu}.*\p{Lu}/u.test(words[upper]!) && !/\p{Ll}/u.test(words[upper]!)) upper++;
  if (upper === 0 || !words.slice(upper).some((word) => /\p{Ll}/u.test(word))) return 0;
  return foldNameText(words.slice(0, upper).join(' '))[0]!.text.match(/[a-z]+/g)?.length ?? 0;
}

/** Names of capitals, lower case, accents, other scripts and every kind of white space. */
const piece = fc.constantFrom(
  'CLARK',
  'Clark',
  'clark',
  'ÉLODIE',
  'Élodie',
  'élodie',
  'HUNT-ROSS',
  'J',
  'Ω',
  'ω',
  'Σмит',
  '😀',
  '1',
  '-',
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\ufeff',
);
const name = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('capitalsFirst', () => {
  it('counts the capitalised surname words first exactly as before', () => {
    fc.assert(
      fc.property(fc.oneof(name, fc.string()), (shown) => {
        expect(capitalsFirst(shown)).toBe(capitalsFirstAsBefore(shown));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads CLARK Elliot as a surname first, and Elliot CLARK not', () => {
    expect(capitalsFirst('CLARK Elliot')).toBe(1);
    expect(capitalsFirst('  HUNT-ROSS Sophie')).toBe(2);
    expect(capitalsFirst('Elliot CLARK')).toBe(0);
  });
});
