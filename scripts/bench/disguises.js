/**
 * The ways a pupil's name appears on social networks, as the bench writes them. Each returns
 * `{ displayName, username }` for a pupil, or null when the pupil cannot appear that way.
 */
import { GENERATOR_NICKNAMES } from './namePools.js';

const strip = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l')).replace(/ı/g, 'i');
const plain = (s) => strip(s).toLowerCase().replace(/[^a-z]/g, '');
const yy = (p) => p.dob.slice(2, 4);
const yyyy = (p) => p.dob.slice(0, 4);

const BOLD = (c) => mapAlpha(c, 0x1d400, 0x1d41a);
const ITALIC = (c) => (c === 'h' ? 'ℎ' : mapAlpha(c, 0x1d434, 0x1d44e));
const SCRIPT_BOLD = (c) => mapAlpha(c, 0x1d4d0, 0x1d4ea);
const FULLWIDTH = (c) => mapAlpha(c, 0xff21, 0xff41);
const CIRCLED = (c) => mapAlpha(c, 0x24b6, 0x24d0);
const SQUARED = (c) => (/[A-Za-z]/.test(c) ? String.fromCodePoint(0x1f130 + c.toUpperCase().charCodeAt(0) - 65) : c);
const NEG_SQUARED = (c) => (/[A-Za-z]/.test(c) ? String.fromCodePoint(0x1f170 + c.toUpperCase().charCodeAt(0) - 65) : c);
const SMALL_CAPS_MAP = { a: 'ᴀ', b: 'ʙ', c: 'ᴄ', d: 'ᴅ', e: 'ᴇ', f: 'ꜰ', g: 'ɢ', h: 'ʜ', i: 'ɪ', j: 'ᴊ', k: 'ᴋ', l: 'ʟ', m: 'ᴍ', n: 'ɴ', o: 'ᴏ', p: 'ᴘ', r: 'ʀ', s: 's', t: 'ᴛ', u: 'ᴜ', v: 'ᴠ', w: 'ᴡ', y: 'ʏ', z: 'ᴢ' };
const SMALL_CAPS = (c) => SMALL_CAPS_MAP[c.toLowerCase()] ?? c;
function mapAlpha(c, upper, lower) {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCodePoint(upper + code - 65);
  if (code >= 97 && code <= 122) return String.fromCodePoint(lower + code - 97);
  return c;
}
const STYLES = [BOLD, ITALIC, SCRIPT_BOLD, FULLWIDTH, CIRCLED, SQUARED, NEG_SQUARED, SMALL_CAPS];
const EMOJI = ['✨', '💕', '🌸', '⚽', '🔥', '💙', '🦋', '👑', '😎', '🌈', '♡', '★', '❤️', '🏳️‍🌈', '🎮'];
/** Cyrillic and Greek letters that look like Latin ones. */
const LOOK_ALIKES = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х', J: 'Ј', S: 'Ѕ', v: 'ν' };
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', A: '4', E: '3', I: '1', O: '0', S: '5', T: '7' };

/** A disguise kind: `expect` is the level a careful reader would give it. */
export const DISGUISES = [
  { kind: 'exact', expect: 'flag', make: (p) => ({ displayName: `${p.fore} ${p.sur}` }) },
  { kind: 'preferred', expect: 'flag', make: (p) => (p.preferred ? { displayName: `${p.preferred} ${p.sur}`, shown: [p.preferred, p.sur] } : null) },
  {
    kind: 'nickname',
    expect: 'flag',
    make: (p, rnd) => {
      const forms = GENERATOR_NICKNAMES[p.fore];
      const form = forms ? rnd.pick(forms) : undefined;
      return form ? { displayName: `${form} ${p.sur}`, shown: [form, p.sur] } : null;
    },
  },
  // Without a comma, `Kelly Thomas` reads as Kelly first whoever wrote it: a surname that is also
  // a given name is written with the comma.
  { kind: 'surname_first', expect: 'flag', make: (p, rnd, ctx) => ({ displayName: rnd.chance(0.5) || ctx.isGivenName(p.sur) ? `${p.sur.toUpperCase()}, ${p.fore}` : `${p.sur} ${p.fore}` }) },
  { kind: 'middle_name', expect: 'flag', make: (p) => (p.middle ? { displayName: `${p.fore} ${p.middle} ${p.sur}` } : null) },
  {
    kind: 'case_accents_punctuation',
    expect: 'flag',
    make: (p, rnd) => {
      const styles = [
        () => `${strip(p.fore)} ${strip(p.sur)}`,
        () => `${p.fore.toLowerCase()} ${p.sur.toUpperCase()}`,
        () => `${p.fore}  ${p.sur.replace(/[’'-]/g, (c) => (c === '-' ? ' ' : ''))}`,
        () => `${p.fore} ${p.sur.replace(/’/g, "'")}`,
      ];
      return { displayName: rnd.pick(styles)() };
    },
  },
  {
    kind: 'decorated',
    expect: 'flag',
    make: (p, rnd) => {
      const name = `${strip(p.fore)} ${strip(p.sur)}`;
      if (rnd.chance(0.4)) {
        const e = rnd.pick(EMOJI);
        return { displayName: rnd.chance(0.5) ? `${e}${p.fore}${e} ${p.sur} ${rnd.pick(EMOJI)}` : `${p.fore} ${e} ${p.sur}` };
      }
      const style = rnd.pick(STYLES);
      return { displayName: [...name].map((c) => style(c)).join('') };
    },
  },
  {
    kind: 'confusable',
    expect: 'flag',
    make: (p, rnd) => {
      const chars = [...`${p.fore} ${p.sur}`];
      const spots = chars.map((c, i) => (LOOK_ALIKES[c] ? i : -1)).filter((i) => i >= 0);
      if (spots.length === 0) return null;
      for (let n = 0; n < Math.min(spots.length, 1 + rnd.int(2)); n++) {
        const at = rnd.pick(spots);
        chars[at] = LOOK_ALIKES[chars[at]] ?? chars[at];
      }
      return { displayName: chars.join('') };
    },
  },
  {
    kind: 'leetspeak',
    expect: 'flag',
    make: (p, rnd) => {
      const chars = [...`${strip(p.fore)} ${strip(p.sur)}`];
      const spots = chars.map((c, i) => (LEET[c] ? i : -1)).filter((i) => i >= 0);
      if (spots.length < 2) return null;
      for (const at of spots) if (rnd.chance(0.6)) chars[at] = LEET[chars[at]];
      chars[spots[0]] = LEET[chars[spots[0]]] ?? chars[spots[0]];
      return { displayName: chars.join('') };
    },
  },
  {
    kind: 'typo',
    expect: 'flag',
    make: (p, rnd, ctx) => {
      const onFore = rnd.chance(0.5);
      const word = strip(onFore ? p.fore : p.sur);
      if (word.length < 5) return null;
      for (let tries = 0; tries < 5; tries++) {
        const typo = oneEdit(word, rnd);
        if (ctx.isGivenName(typo) || ctx.isSurname(typo) || typo.toLowerCase() === word.toLowerCase()) continue;
        return { displayName: onFore ? `${typo} ${strip(p.sur)}` : `${strip(p.fore)} ${typo}`, typo: { word: typo, onFore } };
      }
      return null;
    },
  },
  {
    kind: 'handle',
    expect: 'flag',
    make: (p, rnd, ctx) => {
      const f = plain(p.fore);
      const s = plain(p.sur);
      // Most numbers in handles are no year (a shirt number, a lucky number): pupils carry them too.
      const other = String(rnd.int(100)).padStart(2, '0');
      const forms = [...(p.year > 0 && !p.former ? [`${f}${s}${p.year}`] : []), `${f}.${s}`, `${f}${s}_${yy(p)}`, `${f}_${s}`, `${s}y.${f}`, `${f}${s}${yyyy(p)}x`, `${f}.${s}${yy(p)}`, `_${f}${s}_`, `${f}${s}${other}`, `${f}_${s}${rnd.int(1000)}`];
      if (!ctx.isGivenName(p.sur)) forms.push(`${s}.${f}`);
      const username = rnd.pick(forms);
      const displayName = rnd.pick(['', p.fore, `${p.fore} ${p.sur}`]);
      return { displayName, username, pet: username.startsWith(`${s}y.`) ? `${s}y` : undefined };
    },
  },
  {
    // The name shown in full, the username no name at all, with a number that is no year (fifawolf83).
    kind: 'unrelated_handle',
    expect: 'flag',
    make: (p, rnd) => ({ displayName: rnd.chance(0.5) ? `${p.fore} ${p.sur}` : `${rnd.pick(EMOJI)} ${p.fore} ${p.sur} ${rnd.pick(EMOJI)}`, username: `${rnd.pick(['fifa', 'wolf', 'star', 'moon', 'pixel', 'ninja'])}${rnd.pick(['wolf', 'girl', 'boy', 'fan', 'queen', 'king'])}${10 + rnd.int(90)}` }),
  },
  // A forename alone, the handle carrying the pupil's birth year: worth a look, no more.
  { kind: 'forename_birth_year', expect: 'review', make: (p, rnd) => ({ displayName: rnd.chance(0.5) ? p.fore : '', username: `${plain(p.fore)}${rnd.chance(0.5) ? yyyy(p) : `_${yy(p)}`}` }) },
  // A forename alone, the handle carrying the pupil's year group (ellie.yr9).
  {
    kind: 'forename_year_group',
    expect: 'review',
    make: (p, rnd) => (p.year > 0 && !p.former ? { displayName: rnd.chance(0.5) ? p.fore : '', username: `${plain(p.fore)}${rnd.pick(['.yr', '_y', 'yr', '.y'])}${p.year}` } : null),
  },
  { kind: 'handle_initial', expect: 'review', make: (p, rnd) => ({ username: rnd.chance(0.5) ? `${plain(p.fore)[0]}_${plain(p.sur)}${yyyy(p)}` : `${plain(p.fore)[0]}${plain(p.sur)}${yy(p)}` }) },
  {
    kind: 'partial_surname',
    expect: 'review',
    make: (p, rnd) => {
      if (!p.sur.includes('-')) return null;
      const part = rnd.pick(p.sur.split('-'));
      return { displayName: `${p.fore} ${part}`, shown: [p.fore, part] };
    },
  },
  { kind: 'initial_surname', expect: 'review', make: (p) => ({ displayName: `${strip(p.fore)[0]} ${p.sur}` }) },
];

function oneEdit(word, rnd) {
  const at = 1 + rnd.int(word.length - 2);
  switch (rnd.int(4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default:
      return word.slice(0, at) + 'aeiou'.replace(word[at], '')[rnd.int(4)] + word.slice(at + 1);
  }
}

export { plain, strip };
