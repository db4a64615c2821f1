// How a pupil's own account writes their name, one way per kind. Each kind is classed `clear` (a
// careful person says "that's the pupil") or `weak` ("possibly"); `write` returns null where the
// kind does not apply to this pupil (no short form, no accents to drop…), and the caller redraws.
import { hasAccents, SHORT_FORMS, TRANSLITERATIONS, withoutAccents } from './nameForms.mjs';

const EMOJI = ['✨', '🌸', '💕', '🦋', '⚽️', '🎮', '🌙', '💫', '🖤', '🌈', '🐼', '🍒', '💜', '🔥', '😎', '🏀', '🎧'];
const NOISE = ['sunny', 'bean', 'gamer', 'footy', 'star', 'moon', 'vibes', 'queen', 'king', 'cookie', 'panda', 'ghost'];
const NOISE2 = ['blaze', 'shadow', 'pixel', 'bubble', 'tiger', 'boo', 'fizz', 'wolf', 'cloud', 'mango', 'bear', 'zz'];

/** Handle-safe: lower case, no accents, letters only (O'Brien → obrien). */
export const handlePart = (name) =>
  withoutAccents(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** A handle that says nothing of the name (what many young people and adults pick). */
export const noiseHandle = (r) =>
  `${r.pick(NOISE)}${r.pick(['', '_', '.', 'x'])}${r.pick(NOISE2)}${r.chance(0.6) ? r.int(1, 999) : ''}`;

const FANCY = [
  [0x1d400, 0x1d41a],
  [0x1d468, 0x1d482],
  [0x1d5d4, 0x1d5ee],
  [0x1d4d0, 0x1d4ea],
  [0x1d670, 0x1d68a],
  [0xff21, 0xff41],
];
const fancy = (text, [upper, lower]) =>
  [...withoutAccents(text)]
    .map((ch) => {
      if (ch >= 'A' && ch <= 'Z') return String.fromCodePoint(upper + ch.charCodeAt(0) - 65);
      if (ch >= 'a' && ch <= 'z') return String.fromCodePoint(lower + ch.charCodeAt(0) - 97);
      return ch;
    })
    .join('');

const LOOKALIKE = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
  y: 'у',
  x: 'х',
  i: 'і',
  j: 'ј',
  s: 'ѕ',
  A: 'А',
  B: 'В',
  E: 'Е',
  K: 'К',
  M: 'М',
  H: 'Н',
  O: 'О',
  P: 'Р',
  C: 'С',
  T: 'Т',
  X: 'Х',
};
function lookalikes(r, text) {
  const chars = [...text];
  const spots = chars.map((ch, i) => (LOOKALIKE[ch] ? i : -1)).filter((i) => i >= 0);
  if (spots.length === 0) return null;
  for (const i of r.shuffle(spots).slice(0, r.int(1, Math.min(3, spots.length)))) chars[i] = LOOKALIKE[chars[i]];
  return chars.join('');
}

const KEYS = 'qwertyuiop asdfghjkl zxcvbnm';
function typo(r, word) {
  if (word.length < 4) return null;
  const i = r.int(1, word.length - 2);
  const how = r.int(0, 3);
  let out;
  if (how === 0) out = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  else if (how === 1) out = word.slice(0, i) + word.slice(i + 1);
  else if (how === 2) out = word.slice(0, i) + word[i] + word.slice(i);
  else {
    const k = KEYS.indexOf(word[i].toLowerCase());
    if (k < 0) return null;
    const near = KEYS[k + (r.chance(0.5) ? 1 : -1)];
    if (!near || near === ' ') return null;
    out = word.slice(0, i) + near + word.slice(i + 1);
  }
  return out === word ? null : out;
}

const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const yy = (p) => String(Number(p.dob.slice(0, 4)) % 100).padStart(2, '0');
const yyyy = (p) => p.dob.slice(0, 4);
const displayOrHandle = (r, p) =>
  r.weighted([
    ['', 4],
    [p.first, 3],
    [`${p.first} ${r.pick(EMOJI)}`, 2],
  ]);
const noiseOrNone = (r) => (r.chance(0.4) ? '' : noiseHandle(r));

/** The kinds of a pupil's own account, with their class and weight (share of pupils' accounts). */
export const PUPIL_KINDS = {
  P_PLAIN: { class: 'clear', weight: 12 },
  P_SHORT_CLEAR: { class: 'clear', weight: 8 },
  P_SHORT_WEAK: { class: 'weak', weight: 4 },
  P_HANDLE_BIRTHYEAR: { class: 'clear', weight: 12 },
  P_HANDLE_YEARGROUP: { class: 'clear', weight: 5 },
  P_EMOJI: { class: 'clear', weight: 8 },
  P_FANCY: { class: 'clear', weight: 6 },
  P_CONFUSABLE: { class: 'clear', weight: 6 },
  P_SPACING: { class: 'clear', weight: 8 },
  P_SURNAME_FIRST: { class: 'clear', weight: 5 },
  P_ACCENTS_DROPPED: { class: 'clear', weight: 4 },
  P_TRANSLIT: { class: 'weak', weight: 3 },
  P_TYPO: { class: 'weak', weight: 7 },
  P_FIRST_NUMBER: { class: 'weak', weight: 6 },
  P_INITIAL: { class: 'weak', weight: 4 },
};

/**
 * `p` is { first (the name they go by), legalFirst, middle, surname, dob, yearGroup }.
 * Returns { display, username } or null.
 */
export function writePupilAccount(r, p, kind) {
  const f = handlePart(p.first);
  const s = handlePart(p.surname);
  const full = `${p.first} ${p.surname}`;
  switch (kind) {
    case 'P_PLAIN': {
      const name = p.middle && r.chance(0.15) ? `${p.first} ${p.middle} ${p.surname}` : full;
      const cased = r.weighted([
        [name, 7],
        [name.toLowerCase(), 2],
        [name.toUpperCase(), 1],
      ]);
      return { display: cased, username: r.chance(0.3) ? `${f}${r.pick(['', '.', '_'])}${s}` : noiseOrNone(r) };
    }
    case 'P_SHORT_CLEAR':
    case 'P_SHORT_WEAK': {
      const forms = SHORT_FORMS[p.legalFirst]?.[kind === 'P_SHORT_CLEAR' ? 'clear' : 'weak'] ?? [];
      const mine = forms.filter((x) => x !== p.first);
      if (mine.length === 0) return null;
      return { display: `${r.pick(mine)} ${p.surname}`, username: noiseOrNone(r) };
    }
    case 'P_HANDLE_BIRTHYEAR': {
      const username = r.pick([
        `${f}.${s}${yy(p)}`,
        `${f}${s}${yyyy(p)}`,
        `${f}_${s}_${yy(p)}`,
        `x${f}${s}${yy(p)}x`,
        `${f}.${s}.${yyyy(p)}`,
      ]);
      return { display: displayOrHandle(r, p), username };
    }
    case 'P_HANDLE_YEARGROUP': {
      const g = p.yearGroup;
      const username = r.pick([`${f}.${s}.y${g}`, `${f}${s}_yr${g}`, `${f}_${s}_year${g}`, `${s}.${f}.y${g}`]);
      return { display: displayOrHandle(r, p), username };
    }
    case 'P_EMOJI': {
      const e = r.pick(EMOJI);
      const display = r.pick([`${full} ${e}`, `${e} ${full} ${e}`, `${full}${e}${r.pick(EMOJI)}`, `${e}${full}`]);
      return { display, username: noiseOrNone(r) };
    }
    case 'P_FANCY':
      return { display: fancy(full, r.pick(FANCY)), username: noiseOrNone(r) };
    case 'P_CONFUSABLE': {
      const display = lookalikes(r, full);
      return display ? { display, username: '' } : null;
    }
    case 'P_SPACING': {
      const stretch = (w) => w + w.slice(-1).repeat(r.int(2, 4));
      const display = r.pick([
        `${[...p.first].join(' ')}  ${[...p.surname].join(' ')}`,
        `${stretch(p.first)} ${p.surname}`,
        `${p.first} ${stretch(p.surname)}`,
        `${p.first}_${p.surname}`.toLowerCase(),
        `${p.first}.${p.surname}`,
        `${p.first.toUpperCase()} ~ ${p.surname.toUpperCase()}`,
        `${p.first} • ${p.surname}`,
      ]);
      return { display, username: noiseOrNone(r) };
    }
    case 'P_SURNAME_FIRST': {
      const display = r.pick([
        `${p.surname} ${p.first}`,
        `${p.surname.toUpperCase()} ${p.first}`,
        `${p.surname}, ${p.first}`,
      ]);
      return { display, username: noiseOrNone(r) };
    }
    case 'P_ACCENTS_DROPPED':
      return hasAccents(full) ? { display: withoutAccents(full), username: noiseOrNone(r) } : null;
    case 'P_TRANSLIT': {
      const options = [];
      for (const alt of TRANSLITERATIONS[p.first] ?? []) options.push(`${alt} ${p.surname}`);
      for (const alt of TRANSLITERATIONS[p.surname] ?? []) options.push(`${p.first} ${alt}`);
      return options.length ? { display: r.pick(options), username: noiseOrNone(r) } : null;
    }
    case 'P_TYPO': {
      const onSurname = r.chance(0.5);
      const changed = typo(r, onSurname ? p.surname : p.first);
      if (!changed) return null;
      return { display: onSurname ? `${p.first} ${changed}` : `${changed} ${p.surname}`, username: noiseOrNone(r) };
    }
    case 'P_FIRST_NUMBER': {
      const username = r.pick([`${f}${yy(p)}`, `${f}_${yyyy(p)}`, `its.${f}${yy(p)}`, `${f}.x${r.int(1, 99)}`]);
      return {
        display: r.weighted([
          ['', 3],
          [p.first, 3],
          [`${cap(f)} ${r.pick(EMOJI)}`, 2],
        ]),
        username,
      };
    }
    case 'P_INITIAL': {
      const display = r.pick([
        `${p.first} ${p.surname[0]}`,
        `${p.first[0]}. ${p.surname}`,
        `${p.first} ${p.surname[0]}.`,
      ]);
      return { display, username: noiseOrNone(r) };
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}
