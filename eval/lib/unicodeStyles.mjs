// Letter styles people use to decorate names: mathematical alphabets, fullwidth, circled, small
// capitals, and Cyrillic/Greek letters that look like Latin ones.
import { fold } from './text.mjs';

function alphabet(upperStart, lowerStart) {
  return (text) =>
    [...fold(text)]
      .map((c) => {
        if (c >= 'A' && c <= 'Z') return String.fromCodePoint(upperStart + c.charCodeAt(0) - 65);
        if (c >= 'a' && c <= 'z') return String.fromCodePoint(lowerStart + c.charCodeAt(0) - 97);
        return c;
      })
      .join('');
}

export const MATH_STYLES = {
  bold: alphabet(0x1d400, 0x1d41a),
  boldScript: alphabet(0x1d4d0, 0x1d4ea),
  boldFraktur: alphabet(0x1d56c, 0x1d586),
  sansBold: alphabet(0x1d5d4, 0x1d5ee),
  sansBoldItalic: alphabet(0x1d63c, 0x1d656),
  monospace: alphabet(0x1d670, 0x1d68a),
};

export const fullwidth = (text) =>
  [...fold(text)]
    .map((c) => (c === ' ' ? '\u3000' : /[!-~]/.test(c) ? String.fromCodePoint(c.charCodeAt(0) + 0xfee0) : c))
    .join('');

export const circled = alphabet(0x24b6, 0x24d0);

const SMALL_CAPS = 'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ';
/** Small capitals, keeping each word's first letter as a capital, as the "fonts" sites do. */
export const smallCaps = (text) =>
  fold(text)
    .split(' ')
    .map((w) =>
      [...w].map((c, i) => (i > 0 && /[a-zA-Z]/.test(c) ? SMALL_CAPS[c.toLowerCase().charCodeAt(0) - 97] : c)).join(''),
    )
    .join(' ');

const CYRILLIC = {
  a: 'а',
  e: 'е',
  o: 'о',
  c: 'с',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  A: 'А',
  B: 'В',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};
const GREEK = {
  A: 'Α',
  B: 'Β',
  E: 'Ε',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
  Y: 'Υ',
  Z: 'Ζ',
  o: 'ο',
  v: 'ν',
};

/** Swaps some letters for look-alikes from another script (at least one swap where possible). */
export function lookalikes(text, script, rng) {
  const table = script === 'greek' ? GREEK : CYRILLIC;
  const chars = [...text];
  const spots = chars.map((c, i) => (table[c] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return text;
  const first = rng.pick(spots);
  return chars.map((c, i) => (table[c] && (i === first || rng.chance(0.4)) ? table[c] : c)).join('');
}

const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', l: '1' };
export function leet(text, rng) {
  const chars = [...fold(text)];
  const spots = chars.map((c, i) => (LEET[c.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return text;
  const first = rng.pick(spots);
  return chars
    .map((c, i) => (LEET[c.toLowerCase()] && (i === first || rng.chance(0.5)) ? LEET[c.toLowerCase()] : c))
    .join('');
}

export const EMOJI = ['🌸', '✨', '⚽', '💖', '🦋', '🌷', '🔥', '💫', '🎀', '🏀', '🌈', '😎', '🐾', '🎮', '👑', '⭐'];
export const SEPARATORS = ['•', '·', '.', '_', '|', '♡', '⋆'];
