/**
 * The ways a pupil's name appears on social networks, as the bench writes them. Each returns
 * `{ displayName, username }` for a pupil, or null when the pupil cannot appear that way.
 */
import { GENERATOR_NICKNAMES } from './namePools.js';

const strip = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[Łł]/g, (c) => (c === 'Ł' ? 'L' : 'l'))
    .replace(/ı/g, 'i');
const plain = (s) =>
  strip(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const yy = (p) => p.dob.slice(2, 4);
const yyyy = (p) => p.dob.slice(0, 4);

const BOLD = (c) => mapAlpha(c, 0x1d400, 0x1d41a);
const ITALIC = (c) => (c === 'h' ? 'ℎ' : mapAlpha(c, 0x1d434, 0x1d44e));
const SCRIPT_BOLD = (c) => mapAlpha(c, 0x1d4d0, 0x1d4ea);
const FULLWIDTH = (c) => mapAlpha(c, 0xff21, 0xff41);
const CIRCLED = (c) => mapAlpha(c, 0x24b6, 0x24d0);
const SQUARED = (c) => (/[A-Za-z]/.test(c) ? String.fromCodePoint(0x1f130 + c.toUpperCase().charCodeAt(0) - 65) : c);
const NEG_SQUARED = (c) =>
  /[A-Za-z]/.test(c) ? String.fromCodePoint(0x1f170 + c.toUpperCase().charCodeAt(0) - 65) : c;
const SMALL_CAPS_MAP = {
  a: 'ᴀ',
  b: 'ʙ',
  c: 'ᴄ',
  d: 'ᴅ',
  e: 'ᴇ',
  f: 'ꜰ',
  g: 'ɢ',
  h: 'ʜ',
  i: 'ɪ',
  j: 'ᴊ',
  k: 'ᴋ',
  l: 'ʟ',
  m: 'ᴍ',
  n: 'ɴ',
  o: 'ᴏ',
  p: 'ᴘ',
  r: 'ʀ',
  s: 's',
  t: 'ᴛ',
  u: 'ᴜ',
  v: 'ᴠ',
  w: 'ᴡ',
  y: 'ʏ',
  z: 'ᴢ',
};
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
const LOOK_ALIKES = {
  a: 'а',
  e: 'е',
  o: 'о',
  p: 'р',
  c: 'с',
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
  J: 'Ј',
  S: 'Ѕ',
  v: 'ν',
};
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', A: '4', E: '3', I: '1', O: '0', S: '5', T: '7' };

/** A disguise kind: `expect` is the level a careful reader would give it. */
export const DISGUISES = [
  { kind: 'exact', expect: 'flag', make: (p) => ({ displayName: `${p.fore} ${p.sur}` }) },
  {
    kind: 'preferred',
    expect: 'flag',
    make: (p) => (p.preferred ? { displayName: `${p.preferred} ${p.sur}`, shown: [p.preferred, p.sur] } : null),
  },
  {
    kind: 'nickname',
    expect: 'flag',
    make: (p, rnd) => {
      const forms = GENERATOR_NICKNAMES[p.fore];
      const form = forms ? rnd.pick(forms) : undefined;
      return form ? { displayName: `${form} ${p.sur}`, shown: [form, p.sur] } : null;
    },
  },
  // Half written with the comma, whatever the surname: a pupil Owen Thomas writes `Thomas Owen` as often
  // as Ava Clark writes `Clark Ava`, so the fit sees pupils at ORDER_IN_DOUBT as well as adults.
  {
    kind: 'surname_first',
    expect: 'flag',
    make: (p, rnd) => ({
      displayName: rnd.chance(0.5) ? `${p.sur.toUpperCase()}, ${p.fore}` : `${p.sur} ${p.fore}`,
    }),
  },
  {
    kind: 'middle_name',
    expect: 'flag',
    make: (p) => (p.middle ? { displayName: `${p.fore} ${p.middle} ${p.sur}` } : null),
  },
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
        return {
          displayName: rnd.chance(0.5) ? `${e}${p.fore}${e} ${p.sur} ${rnd.pick(EMOJI)}` : `${p.fore} ${e} ${p.sur}`,
        };
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
    // One letter from the pupil's name is reviewed, never flagged: another person may be called so (issue 14).
    expect: 'review',
    make: (p, rnd, ctx) => {
      const onFore = rnd.chance(0.5);
      const word = strip(onFore ? p.fore : p.sur);
      if (word.length < 5) return null;
      for (let tries = 0; tries < 5; tries++) {
        const typo = oneEdit(word, rnd);
        if (ctx.isGivenName(typo) || ctx.isSurname(typo) || typo.toLowerCase() === word.toLowerCase()) continue;
        return {
          displayName: onFore ? `${typo} ${strip(p.sur)}` : `${strip(p.fore)} ${typo}`,
          typo: { word: typo, onFore },
        };
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
      const forms = [
        ...(p.year > 0 && !p.former ? [`${f}${s}${p.year}`] : []),
        `${f}.${s}`,
        `${f}${s}_${yy(p)}`,
        `${f}_${s}`,
        `${s}y.${f}`,
        `${f}${s}${yyyy(p)}x`,
        `${f}.${s}${yy(p)}`,
        `_${f}${s}_`,
        `${f}${s}${other}`,
        `${f}_${s}${rnd.int(1000)}`,
      ];
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
    make: (p, rnd) => ({
      displayName: rnd.chance(0.5) ? `${p.fore} ${p.sur}` : `${rnd.pick(EMOJI)} ${p.fore} ${p.sur} ${rnd.pick(EMOJI)}`,
      username: `${rnd.pick(['fifa', 'wolf', 'star', 'moon', 'pixel', 'ninja'])}${rnd.pick(['wolf', 'girl', 'boy', 'fan', 'queen', 'king'])}${10 + rnd.int(90)}`,
    }),
  },
  // A forename alone, the handle carrying the pupil's birth year: worth a look, no more.
  {
    kind: 'forename_birth_year',
    expect: 'review',
    make: (p, rnd) => ({
      displayName: rnd.chance(0.5) ? p.fore : '',
      username: `${plain(p.fore)}${rnd.chance(0.5) ? yyyy(p) : `_${yy(p)}`}`,
    }),
  },
  // A forename alone, the handle carrying the pupil's year group (ellie.yr9).
  {
    kind: 'forename_year_group',
    expect: 'review',
    make: (p, rnd) =>
      p.year > 0 && !p.former
        ? {
            displayName: rnd.chance(0.5) ? p.fore : '',
            username: `${plain(p.fore)}${rnd.pick(['.yr', '_y', 'yr', '.y'])}${p.year}`,
          }
        : null,
  },
  {
    kind: 'handle_initial',
    expect: 'review',
    make: (p, rnd) => ({
      username: rnd.chance(0.5)
        ? `${plain(p.fore)[0]}_${plain(p.sur)}${yyyy(p)}`
        : `${plain(p.fore)[0]}${plain(p.sur)}${yy(p)}`,
    }),
  },
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
  // Disguises undone letter by letter: once read, the name is as plain as `exact`.
  {
    kind: 'spaced_letters',
    expect: 'flag',
    make: (p, rnd) => {
      const spell = (word) => [...strip(word)].filter((c) => /[A-Za-z]/.test(c)).join(' ');
      const upper = rnd.chance(0.6);
      const name = `${spell(p.fore)}${rnd.pick(['   ', '  ', ' '])}${spell(p.sur)}`;
      return { displayName: upper ? name.toUpperCase() : name };
    },
  },
  {
    kind: 'letter_separators',
    expect: 'flag',
    make: (p, rnd) => {
      const separator = rnd.pick(['•', '·', '.', '-', '_', '*']);
      const spelt = [...strip(p.fore)].join(separator);
      return { displayName: rnd.chance(0.7) ? `${spelt} ${p.sur}` : `${spelt} ${[...strip(p.sur)].join(separator)}` };
    },
  },
  {
    kind: 'stretched_letters',
    expect: 'flag',
    make: (p, rnd) => {
      // The last letter (or a vowel) written two to four times: `tobyy fosterrr`, `Jaaaack`.
      const stretch = (word, times) => {
        const vowels = [...word].map((c, i) => (/[aeiouy]/i.test(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
        const at = rnd.chance(0.6) || vowels.length === 0 ? word.length - 1 : rnd.pick(vowels);
        return word.slice(0, at + 1) + word[at].repeat(times) + word.slice(at + 1);
      };
      const fore = strip(p.fore);
      const sur = strip(p.sur);
      const both = rnd.chance(0.6);
      const name = both
        ? `${stretch(fore, 1 + rnd.int(3))} ${stretch(sur, 2 + rnd.int(2))}`
        : rnd.chance(0.5)
          ? `${stretch(fore, 2 + rnd.int(2))} ${sur}`
          : `${fore} ${stretch(sur, 2 + rnd.int(2))}`;
      return { displayName: rnd.chance(0.5) ? name.toLowerCase() : name };
    },
  },
  {
    kind: 'mixed_case',
    expect: 'flag',
    make: (p, rnd) => {
      const mix = (word) =>
        [...strip(word)]
          .map((c, i) => ((i + (rnd.chance(0.3) ? 1 : 0)) % 2 ? c.toUpperCase() : c.toLowerCase()))
          .join('');
      return { displayName: `${mix(p.fore)} ${mix(p.sur)}` };
    },
  },
  {
    kind: 'double_surname_spaced',
    expect: 'flag',
    make: (p) => (p.sur.includes('-') ? { displayName: `${p.fore} ${p.sur.replace('-', ' ')}` } : null),
  },
  // Surname first in a handle, without a comma: read so only when the surname is no given name.
  {
    kind: 'handle_surname_first',
    expect: 'flag',
    make: (p, rnd, ctx) =>
      ctx.isGivenName(p.sur)
        ? null
        : {
            displayName: rnd.chance(0.5) ? '' : p.fore,
            username: `${plain(p.sur)}${rnd.pick(['.', '_', ''])}${plain(p.fore)}${rnd.chance(0.4) ? String(rnd.int(100)).padStart(2, '0') : ''}`,
          },
  },
  // Half a double-barrelled surname with a number that is no year of the pupil's (olivia_wood84).
  {
    kind: 'half_surname_number',
    expect: 'review',
    make: (p, rnd) => {
      if (!p.sur.includes('-')) return null;
      const part = rnd.pick(p.sur.split('-'));
      const number = String(10 + rnd.int(90));
      if (Number(number) === Number(yy(p))) return null;
      return {
        displayName: rnd.chance(0.5) ? p.fore : '',
        username: `${plain(p.fore)}${rnd.pick(['_', '.', ''])}${plain(part)}${number}`,
        shown: [p.fore, part],
      };
    },
  },
  // Other languages' ways with the pupil's name: another romanisation, a diminutive, a respelling.
  { kind: 'transliteration', expect: 'review', make: (p, rnd) => otherForm(GENERATOR_TRANSLITERATIONS, p, rnd) },
  { kind: 'other_language_diminutive', expect: 'review', make: (p, rnd) => otherForm(GENERATOR_DIMINUTIVES, p, rnd) },
  {
    kind: 'sound_alike',
    expect: 'review',
    make: (p, rnd, ctx) => {
      const form = soundAlike(strip(p.fore), rnd);
      return form && !ctx.isGivenName(form) && !ctx.isSurname(form)
        ? { displayName: `${form} ${p.sur}`, shown: [form, p.sur] }
        : null;
    },
  },
];

/**
 * Kinds added after the generator's version 23, dealt after every other row (`generate.js`) so that
 * the rows written before them are as they were.
 */
export const EXTRA_DISGUISES = [
  // The surname in another romanisation (Ahmad for Ahmed, Novak for Nowak): worth a look, no more.
  {
    kind: 'surname_transliteration',
    expect: 'review',
    make: (p, rnd) => {
      const forms = GENERATOR_SURNAME_SPELLINGS[strip(p.sur)];
      const form = forms ? rnd.pick(forms) : undefined;
      if (!form) return null;
      return rnd.chance(0.7)
        ? { displayName: `${p.fore} ${form}`, shown: [p.fore, form] }
        : {
            displayName: rnd.chance(0.5) ? p.fore : '',
            username: `${plain(p.fore)}.${plain(form)}`,
            shown: [p.fore, form],
          };
    },
  },
  // The forename and the surname's initial (Jacob M): worth a look, no more.
  {
    kind: 'forename_surname_initial',
    expect: 'review',
    make: (p, rnd) => {
      const initial = strip(p.sur)[0].toUpperCase();
      const styles = [
        () => `${p.fore} ${initial}`,
        () => `${p.fore} ${initial}.`,
        () => `${p.fore.toLowerCase()} ${initial.toLowerCase()}`,
        () => `${p.fore} ${initial} ${rnd.pick(EMOJI)}`,
      ];
      return { displayName: rnd.pick(styles)(), shown: [p.fore, initial] };
    },
  },
  // A forename alone, its handle carrying the birth year or year group written other ways than
  // `forename_birth_year` and `forename_year_group` write them: two digits run on (`poppy11`), the
  // year or year group first (`2011poppy`, `y9poppy`), `year9` run on. Worth a look, no more.
  {
    kind: 'forename_year_elsewhere',
    expect: 'review',
    make: (p, rnd) => {
      const f = plain(p.fore);
      const years = [
        () => `${f}${yy(p)}`,
        () => `${f}.${yy(p)}`,
        () => `${yy(p)}${f}`,
        () => `${yy(p)}_${f}`,
        () => `${yyyy(p)}${f}`,
        () => `${yyyy(p)}.${f}`,
      ];
      const groups = [
        () => `${f}year${p.year}`,
        () => `${f}_year${p.year}`,
        () => `${f}y${p.year}`,
        () => `y${p.year}${f}`,
        () => `yr${p.year}_${f}`,
        () => `year${p.year}.${f}`,
      ];
      const byGroup = p.year > 0 && !p.former && rnd.chance(0.5);
      return {
        displayName: rnd.chance(0.5) ? p.fore : '',
        username: rnd.pick(byGroup ? groups : years)(),
        shown: [p.fore, ''],
        alone: byGroup ? 'year' : 'dob',
      };
    },
  },
  // The pupil's usual short form alone, its handle carrying the birth year (`izzy2012`, `alfie_12`).
  {
    kind: 'pet_form_birth_year',
    expect: 'review',
    make: (p, rnd) => {
      const forms = GENERATOR_NICKNAMES[p.fore];
      if (!forms) return null;
      const form = rnd.pick(forms);
      const handle = rnd.pick([
        () => `${plain(form)}${yyyy(p)}`,
        () => `${plain(form)}_${yy(p)}`,
        () => `${plain(form)}${yy(p)}`,
      ])();
      return { displayName: rnd.chance(0.5) ? form : '', username: handle, shown: [form, ''], alone: 'dob' };
    },
  },
  // A forename alone, its handle carrying the birthday day first (`louie2610`, `aria310311`).
  {
    kind: 'forename_birthday',
    expect: 'review',
    make: (p, rnd) => {
      const dayMonth = p.dob.slice(8, 10) + p.dob.slice(5, 7);
      const year = rnd.pick(['', yy(p), yyyy(p)]);
      return {
        displayName: rnd.chance(0.5) ? p.fore : '',
        username: `${plain(p.fore)}${rnd.pick(['', '_', '.'])}${dayMonth}${year}`,
        shown: [p.fore, ''],
        alone: 'birthday',
      };
    },
  },
  // The forename with the surname's initial run on and the birth year (`ariaw11`, `kavyap2010`).
  // Not with an x, which reads as a kiss (`ariax11`).
  {
    kind: 'forename_initial_year_handle',
    expect: 'review',
    make: (p, rnd) => {
      const initial = plain(p.sur)[0];
      if (!initial || initial === 'x') return null;
      return {
        displayName: rnd.chance(0.3) ? p.fore : '',
        username: `${plain(p.fore)}${initial}${rnd.pick(['', '_', '.'])}${rnd.pick([yy(p), yyyy(p)])}`,
        shown: [p.fore, ''],
        alone: 'dob',
        initial,
      };
    },
  },
];

/**
 * The generator's own other spellings of the pool's surnames from other scripts and languages
 * (Arabic, Bengali, Polish): written apart from the engine's table, from common English spellings.
 */
const GENERATOR_SURNAME_SPELLINGS = {
  Ahmed: ['Ahmad'],
  Hussain: ['Hussein', 'Husain', 'Hossain'],
  Rahman: ['Rehman'],
  Chowdhury: ['Choudhury', 'Chaudhry'],
  Uddin: ['Udin'],
  Miah: ['Mia'],
  Ali: ['Aly'],
  Kowalski: ['Kovalski', 'Kowalsky'],
  Nowak: ['Novak'],
};

/** The pupil's forename in one of the forms `table` gives it, with the surname; null if it has none. */
function otherForm(table, p, rnd) {
  const forms = table[strip(p.fore)];
  const form = forms ? rnd.pick(forms) : undefined;
  return form ? { displayName: `${form} ${p.sur}`, shown: [form, p.sur] } : null;
}

/**
 * Respellings by sound, not by slip (Jaxon → Jakson, Phoebe → Feebee): two or more letters
 * changed where English spelling allows another way to write the same sound.
 */
const SOUND_RULES = [
  [/ph/, 'f'],
  [/ck/, 'k'],
  [/x/, 'ks'],
  [/c(?=[aou])/, 'k'],
  [/ee/, 'ea'],
  [/oo/, 'ou'],
  [/y$/, 'ie'],
  [/ie$/, 'y'],
  [/i(?=[^aeiou][aeiou])/, 'y'],
  [/ai/, 'ay'],
  [/ay/, 'ai'],
  [/th/, 't'],
  [/er$/, 'a'],
  [/a$/, 'ah'],
  [/ia$/, 'iyah'],
  [/e(?=[^aeiou]$)/, 'i'],
  [/s(?=[aeiou])/, 'c'],
  [/q/, 'k'],
  [/ou/, 'ow'],
  [/ey$/, 'ee'],
];
function soundAlike(name, rnd) {
  const lower = name.toLowerCase();
  const rules = SOUND_RULES.filter(([re]) => re.test(lower.slice(1)));
  if (rules.length === 0) return undefined;
  let out = lower;
  const [re, to] = rnd.pick(rules);
  out = out[0] + out.slice(1).replace(re, to);
  // A second sound changed where there is one, so that most are more than one slip away.
  const more = SOUND_RULES.filter(([r]) => r.test(out.slice(1)) && r !== re);
  if (more.length > 0 && rnd.chance(0.7)) {
    const [r2, to2] = rnd.pick(more);
    out = out[0] + out.slice(1).replace(r2, to2);
  }
  return out === lower ? undefined : out[0].toUpperCase() + out.slice(1);
}

/**
 * The generator's own romanisations of the pool's names from other languages (Polish, Arabic,
 * Turkish, Urdu): written apart from the engine's table, from common English spellings.
 */
const GENERATOR_TRANSLITERATIONS = {
  Yusuf: ['Youssef', 'Yousef', 'Yousuf'],
  Mohammed: ['Mohamed', 'Mohammad', 'Muhammed'],
  Muhammad: ['Mohamad', 'Muhammed', 'Mohammad'],
  Ibrahim: ['Ebrahim', 'Ibraheem'],
  Omar: ['Umar', 'Omer'],
  Hamza: ['Hamzah', 'Hamzeh'],
  Zayn: ['Zain', 'Zaine'],
  Ayaan: ['Ayan'],
  Aisha: ['Ayesha', 'Aysha', 'Aishah'],
  Fatima: ['Fatimah', 'Fatma'],
  Maryam: ['Mariam', 'Maryum'],
  Zainab: ['Zaynab', 'Zeinab'],
  Amira: ['Ameera', 'Amirah'],
  Hafsa: ['Hafsah'],
  Wiktoria: ['Viktoria', 'Victoria'],
  Kacper: ['Kasper', 'Casper'],
  Mateusz: ['Mateush'],
  Zuzanna: ['Zuzana', 'Susanna'],
  Oliwia: ['Olivia'],
  Dawid: ['David'],
  Jakub: ['Jacob', 'Yakub'],
  Szymon: ['Simon', 'Shimon'],
  Bartosz: ['Bartosh'],
  Idrees: ['Idris'],
  Khalid: ['Khaled'],
  Tariq: ['Tarik', 'Tareq'],
  Bilal: ['Belal'],
  Rayan: ['Rayyan'],
  Safiya: ['Safia', 'Safiyah'],
  Inaya: ['Inaaya'],
  Noor: ['Nur'],
  Ayse: ['Ayshe', 'Aishe'],
  Oguz: ['Oghuz'],
  Agnieszka: ['Agnieshka'],
  Malgorzata: ['Malgozhata'],
};

/** The generator's own diminutives of the pool's names in their languages (Zuzanna → Zuzia, Jakub → Kuba). */
const GENERATOR_DIMINUTIVES = {
  Zuzanna: ['Zuzia', 'Zuza'],
  Wiktoria: ['Wika', 'Wiki'],
  Jakub: ['Kuba', 'Kubus'],
  Kacper: ['Kacperek'],
  Mateusz: ['Mati', 'Matek'],
  Bartosz: ['Bartek'],
  Dawid: ['Dawidek'],
  Szymon: ['Szymek'],
  Agnieszka: ['Aga', 'Agusia'],
  Malgorzata: ['Gosia', 'Malgosia'],
  Oliwia: ['Oliwka'],
  Kinga: ['Kingusia'],
  Mohammed: ['Hamoudi'],
  Muhammad: ['Hamoudi'],
  Fatima: ['Fati'],
  Adaeze: ['Ada'],
  Folake: ['Fola'],
};

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
