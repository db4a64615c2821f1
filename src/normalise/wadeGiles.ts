/**
 * Chinese given names in Hanyu Pinyin written as Wade–Giles writes them (Zihan → Tzuhan, Xinyi →
 * Hsinyi, Jiahao → Chiahao, Zhiwei → Chihwei), as older passports, Taiwan and Hong Kong families and
 * many English texts still spell them: apostrophes and umlauts left out, as people type them.
 *
 * Where the rules come from: the Wade–Giles ↔ Pinyin conversion table (Wikipedia, "Wade–Giles",
 * section "Comparison chart"; Library of Congress, "Pinyin conversion project", 2000): initials
 * b, d, g, j, q, x, zh, z, c, r → p, t, k, ch, ch, hs, ch, ts, ts, j; the finals -ong → -ung,
 * -ian → -ien, -ie → -ieh, -ui → -uei after g and k, -uo → -o except after g, k, h and sh, e → o after
 * g, k and h, er → erh; zhi, chi, shi, ri → chih, chih, shih, jih; zi, ci, si → tzu, tzu, ssu; yi → i,
 * you → yu. Written by the project from those tables, not copied from a data set.
 */

import { PINYIN_FINALS, PINYIN_INITIALS, WADE_GILES_INITIALS } from './data/pinyin.js';

/** One pinyin syllable (initial, final) in Wade–Giles, without apostrophes or umlauts. */
function syllable(initial: string, final: string): string {
  if (initial === 'y') {
    if (final === 'i') return 'i';
    if (final === 'ou') return 'yu';
    if (final === 'an') return 'yen';
    if (final === 'e') return 'yeh';
    if (final === 'ong') return 'yung';
    if (final === 'ue') return 'yueh';
    return `y${final}`;
  }
  if (final === 'i' && ['zh', 'ch', 'sh', 'r'].includes(initial)) return `${WADE_GILES_INITIALS[initial] ?? initial}ih`;
  if (final === 'i' && ['z', 'c', 's'].includes(initial)) return initial === 's' ? 'ssu' : 'tzu';
  let wgFinal = final;
  if (final === 'ong') wgFinal = 'ung';
  else if (final === 'iong') wgFinal = 'iung';
  else if (final === 'ian') wgFinal = 'ien';
  else if (final === 'ie') wgFinal = 'ieh';
  else if (final === 'ue') wgFinal = 'ueh';
  else if (final === 'er') wgFinal = 'erh';
  else if (final === 'ui' && (initial === 'g' || initial === 'k')) wgFinal = 'uei';
  else if (final === 'uo' && !['g', 'k', 'h', 'sh'].includes(initial)) wgFinal = 'o';
  else if (final === 'e' && (initial === 'g' || initial === 'k' || initial === 'h' || initial === '')) wgFinal = 'o';
  return (WADE_GILES_INITIALS[initial] ?? initial) + wgFinal;
}

/** Whether an initial and a final make a syllable of Mandarin (the combinations pinyin allows). */
function allowed(initial: string, final: string): boolean {
  const iFinal = final.startsWith('i') && final !== 'i';
  if (initial === 'j' || initial === 'q' || initial === 'x')
    return final.startsWith('i') || /^(u|ue|uan|un)$/.test(final);
  if (final === 'v') return initial === 'n' || initial === 'l';
  if (['zh', 'ch', 'sh', 'r', 'z', 'c', 's'].includes(initial)) return !iFinal;
  if (['g', 'k', 'h', 'f', 'w', 'y'].includes(initial)) return !final.startsWith('i') || initial === 'y';
  return true;
}

/** A word split into pinyin syllables, or undefined when it is not pinyin throughout (a syllable without an initial only first). */
function syllables(word: string): [string, string][] | undefined {
  const split = (at: number): [string, string][] | undefined => {
    if (at === word.length) return [];
    for (const initial of PINYIN_INITIALS) {
      if (!word.startsWith(initial, at) || (initial === '' && at > 0)) continue;
      for (let end = Math.min(word.length, at + initial.length + 4); end > at + initial.length; end--) {
        const final = word.slice(at + initial.length, end);
        if (!PINYIN_FINALS.has(final) || !allowed(initial, final)) continue;
        const rest = split(end);
        if (rest) return [[initial, final], ...rest];
      }
    }
    return undefined;
  };
  return split(0);
}

/** Letters that Wade–Giles writes otherwise and that English names seldom have in pinyin's places. */
const PINYIN_MARKS = /x|q|zh|z|c(?!h)|j|^r|ong|ian|ui|uo/;

/**
 * The Wade–Giles spellings of a pinyin given name of two or three syllables, run together (yi as
 * i, and as yi, as many write it), or none when the name is not such pinyin or reads the same.
 */
export function wadeGiles(name: string): string[] {
  if (!/^[a-z]{4,12}$/.test(name) || !PINYIN_MARKS.test(name)) return [];
  const parts = syllables(name);
  if (!parts || parts.length < 2 || parts.length > 3) return [];
  const spelt = parts.map(([initial, final]) => syllable(initial, final)).join('');
  const withYi = parts
    .map(([initial, final]) => (initial === 'y' && final === 'i' ? 'yi' : syllable(initial, final)))
    .join('');
  return [...new Set([spelt, withYi])].filter((form) => form !== name);
}
