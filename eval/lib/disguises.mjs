// How a pupil's account may show their name. Each kind has a class decided by how a careful human
// reader would judge it, not by what any engine does:
//   clear — the whole name is plainly there once the decoration is undone;
//   weak  — a person would say "possibly" and want to look (part of the name, a typo, another
//           language's form of it, with or without a birth year or year group beside it).
import { capitalise, fold, handlePart } from './text.mjs';
import { circled, EMOJI, fullwidth, leet, lookalikes, MATH_STYLES, SEPARATORS, smallCaps } from './unicodeStyles.mjs';

const KID_PLATFORMS = ['instagram', 'instagram', 'tiktok', 'snapchat', 'facebook', 'x'];
const NAMED_PLATFORMS = ['facebook', 'facebook', 'instagram', 'snapchat', 'tiktok', 'x'];
const NEUTRAL_HANDLE_WORDS = [
  'starlight',
  'sunny',
  'moonbeam',
  'skater',
  'dreamer',
  'pixel',
  'gamer',
  'bubbles',
  'thunder',
  'cookie',
];

const forenameOf = (p) => p.preferred || p.forename;
const birthYear = (p) => p.dob.getUTCFullYear();
const yy = (p) => String(birthYear(p)).slice(2);

/** A handle that carries no name, so that a display-name disguise is tested on its own. */
function neutralHandle(rng) {
  const letters = 'abcdefghjkmnprstwxz';
  return `${rng.pick(NEUTRAL_HANDLE_WORDS)}${rng.pick(['', '.', '_'])}${letters[rng.int(0, letters.length - 1)]}${letters[rng.int(0, letters.length - 1)]}`;
}

/** Display-name kinds: shown on a named platform, with a handle that does not give the name away. */
function shown(display, rng, platform = rng.pick(NAMED_PLATFORMS)) {
  return { display, username: platform === 'facebook' ? '' : neutralHandle(rng), platform };
}

function stretch(word, rng) {
  const n = rng.int(1, 3);
  return word + word.at(-1).repeat(n);
}

function typo(word, rng, realNames) {
  for (let attempt = 0; attempt < 12; attempt++) {
    const chars = [...word.toLowerCase()];
    const i = rng.int(1, chars.length - 1);
    const op = rng.int(0, 2);
    if (op === 0 && chars.length > 3) chars.splice(i, 1);
    else if (op === 1 && i < chars.length - 1) [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
    else chars.splice(i, 0, chars[i]);
    const out = capitalise(chars.join(''));
    if (handlePart(out) !== handlePart(word) && !realNames.has(handlePart(out))) return out;
  }
  return null;
}

const SOUND_RULES = [
  [/ph/i, 'f'],
  [/ck/i, 'k'],
  [/^Ch(?=l|r)/, 'K'],
  [/^C(?=[aou])/, 'K'],
  [/ie$/, 'y'],
  [/y$/, 'ie'],
  [/ee/, 'ea'],
  [/ea/, 'ee'],
  [/ou/, 'ow'],
  [/th/, 't'],
  [/ai/, 'ay'],
  [/ay/, 'ai'],
  [/z/, 's'],
  [/s(?=[aeiou])/, 'z'],
  [/ll/, 'l'],
  [/oo/, 'u'],
  [/qu/, 'kw'],
  [/x$/, 'ks'],
];

function soundAlike(word, rng, realNames) {
  const rules = rng.shuffle([...SOUND_RULES]);
  for (const [re, to] of rules) {
    if (re.test(word)) {
      const out = capitalise(word.replace(re, to));
      if (handlePart(out) !== handlePart(word) && !realNames.has(handlePart(out))) return out;
    }
  }
  return null;
}

const hasAccent = (p) => fold(`${p.forename}${p.surname}`) !== `${p.forename}${p.surname}`;
const doubleBarrelled = (p) => /^[^ ]+-[^ ]+$/.test(p.surname) && !/^(Al|El)-/.test(p.surname);

/** Every pupil disguise: kind, class, whether it applies, and how it is shown. */
export const PUPIL_KINDS = [
  { kind: 'exact', cls: 'clear', weight: 6, make: (p, rng) => shown(`${p.forename} ${p.surname}`, rng) },
  {
    kind: 'exact-handle',
    cls: 'clear',
    weight: 2,
    make: (p, rng) => ({
      display: `${forenameOf(p)} ${p.surname}`,
      username: `${handlePart(forenameOf(p))}.${handlePart(p.surname)}`,
      platform: rng.pick(KID_PLATFORMS.filter((x) => x !== 'facebook')),
    }),
  },
  {
    kind: 'with-middle-name',
    cls: 'clear',
    weight: 1,
    when: (p) => p.middle && !/^(Kaur|Singh)$/.test(p.middle),
    make: (p, rng) => shown(`${p.forename} ${p.middle} ${p.surname}`, rng),
  },
  {
    kind: 'preferred-name',
    cls: 'clear',
    weight: 3,
    when: (p) => p.preferred && p.preferred !== p.forename,
    make: (p, rng) => shown(`${p.preferred} ${p.surname}`, rng),
  },
  {
    kind: 'usual-nickname',
    cls: 'clear',
    weight: 3,
    when: (p, ctx) => ctx.pools.nicknames.has(p.forename),
    make: (p, rng, ctx) => shown(`${rng.pick(ctx.pools.nicknames.get(p.forename))} ${p.surname}`, rng),
  },
  {
    kind: 'lower-case',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(`${forenameOf(p)} ${p.surname}`.toLowerCase(), rng),
  },
  {
    kind: 'upper-case',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(`${forenameOf(p)} ${p.surname}`.toUpperCase(), rng),
  },
  {
    kind: 'mixed-case',
    cls: 'clear',
    weight: 1,
    make: (p, rng) =>
      shown(
        [...`${forenameOf(p)} ${p.surname}`].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join(''),
        rng,
      ),
  },
  {
    kind: 'accents-dropped',
    cls: 'clear',
    weight: 3,
    when: hasAccent,
    make: (p, rng) => shown(fold(`${forenameOf(p)} ${p.surname}`), rng),
  },
  {
    kind: 'accents-added',
    cls: 'clear',
    weight: 1,
    when: (p) => !hasAccent(p) && /[aeiou]/.test(p.forename),
    make: (p, rng) =>
      shown(
        `${p.forename.replace(/[aeiou]/, (v) => ({ a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' })[v])} ${p.surname}`,
        rng,
      ),
  },
  { kind: 'extra-spaces', cls: 'clear', weight: 1, make: (p, rng) => shown(` ${forenameOf(p)}   ${p.surname} `, rng) },
  {
    kind: 'run-together',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(`${forenameOf(p)}${p.surname.replace(/[ -]/g, '')}`, rng),
  },
  {
    kind: 'emoji-around',
    cls: 'clear',
    weight: 2,
    make: (p, rng) => {
      const e = rng.pick(EMOJI);
      return shown(
        rng.chance(0.5)
          ? `${e} ${forenameOf(p)} ${p.surname} ${e}`
          : `${forenameOf(p)} ${p.surname}${e}${rng.pick(EMOJI)}`,
        rng,
      );
    },
  },
  {
    kind: 'math-letters',
    cls: 'clear',
    weight: 2,
    make: (p, rng) => shown(rng.pick(Object.values(MATH_STYLES))(`${forenameOf(p)} ${p.surname}`), rng),
  },
  {
    kind: 'fullwidth',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(fullwidth(`${forenameOf(p)} ${p.surname}`), rng),
  },
  { kind: 'circled', cls: 'clear', weight: 1, make: (p, rng) => shown(circled(`${forenameOf(p)} ${p.surname}`), rng) },
  {
    kind: 'small-capitals',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(smallCaps(`${forenameOf(p)} ${p.surname}`), rng),
  },
  {
    kind: 'cyrillic-lookalikes',
    cls: 'clear',
    weight: 2,
    make: (p, rng) => shown(lookalikes(`${forenameOf(p)} ${p.surname}`, 'cyrillic', rng), rng),
  },
  {
    kind: 'greek-lookalikes',
    cls: 'clear',
    weight: 1,
    when: (p) => /[ABEHIKMNOPTXYZov]/.test(`${forenameOf(p)}${p.surname}`),
    make: (p, rng) => shown(lookalikes(`${forenameOf(p)} ${p.surname}`, 'greek', rng), rng),
  },
  {
    kind: 'leetspeak',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(leet(`${forenameOf(p)} ${p.surname}`, rng), rng),
  },
  {
    kind: 'spaced-letters',
    cls: 'clear',
    weight: 1,
    make: (p, rng) =>
      shown(
        `${[...fold(forenameOf(p)).toUpperCase()].join(' ')}   ${[...fold(p.surname).toUpperCase().replace(/ /g, '')].join(' ')}`,
        rng,
      ),
  },
  {
    kind: 'stretched-letters',
    cls: 'clear',
    weight: 1,
    make: (p, rng) =>
      shown(`${stretch(fold(forenameOf(p)).toLowerCase(), rng)} ${stretch(fold(p.surname).toLowerCase(), rng)}`, rng),
  },
  {
    kind: 'letter-separators',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(`${[...forenameOf(p)].join(rng.pick(SEPARATORS))} ${p.surname}`, rng),
  },
  {
    kind: 'stacked-smallcaps-stretched',
    cls: 'clear',
    weight: 1,
    make: (p, rng) =>
      shown(
        smallCaps(
          `${capitalise(stretch(fold(forenameOf(p)).toLowerCase(), rng))} ${capitalise(stretch(fold(p.surname).toLowerCase(), rng))}`,
        ),
        rng,
      ),
  },
  {
    kind: 'stacked-emoji-fullwidth',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => {
      const e = rng.pick(EMOJI);
      return shown(`${e}${fullwidth(`${forenameOf(p)} ${p.surname}`)}${e}`, rng);
    },
  },
  {
    kind: 'stacked-cyrillic-upper',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => shown(lookalikes(`${forenameOf(p)} ${p.surname}`.toUpperCase(), 'cyrillic', rng), rng),
  },
  {
    kind: 'surname-first',
    cls: 'clear',
    weight: 2,
    make: (p, rng) =>
      shown(
        rng.pick([
          `${p.surname} ${forenameOf(p)}`,
          `${p.surname}, ${forenameOf(p)}`,
          `${p.surname.toUpperCase()} ${forenameOf(p)}`,
        ]),
        rng,
      ),
  },
  {
    kind: 'handle-name-birthyear',
    cls: 'clear',
    weight: 2,
    make: (p, rng) => ({
      display: '',
      username: `${handlePart(forenameOf(p))}${rng.pick(['.', '_', ''])}${handlePart(p.surname)}${rng.pick(['_', '.', ''])}${rng.chance(0.6) ? birthYear(p) : yy(p)}`,
      platform: rng.pick(['instagram', 'tiktok', 'snapchat']),
    }),
  },
  {
    kind: 'handle-surname-forename',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => ({
      display: '',
      username: `${handlePart(p.surname)}${handlePart(forenameOf(p))}`,
      platform: rng.pick(['instagram', 'tiktok', 'snapchat']),
    }),
  },
  {
    kind: 'handle-decorated',
    cls: 'clear',
    weight: 1,
    make: (p, rng) => ({
      display: '',
      username: rng.pick([
        `x.${handlePart(forenameOf(p))}${handlePart(p.surname)}.x`,
        `_${handlePart(forenameOf(p))}_${handlePart(p.surname)}_`,
        `its${handlePart(forenameOf(p))}${handlePart(p.surname)}`,
      ]),
      platform: rng.pick(['instagram', 'tiktok']),
    }),
  },
  {
    kind: 'hyphenated-forename-split',
    cls: 'clear',
    weight: 2,
    when: (p) => p.forename.includes('-'),
    make: (p, rng) => shown(`${p.forename.replace('-', rng.pick([' ', '']))} ${p.surname}`, rng),
  },
  {
    kind: 'double-surname-spaced',
    cls: 'clear',
    weight: 2,
    when: doubleBarrelled,
    make: (p, rng) => shown(`${forenameOf(p)} ${p.surname.replace('-', ' ')}`, rng),
  },

  {
    kind: 'forename-birthyear-handle',
    cls: 'weak',
    weight: 3,
    make: (p, rng) => ({
      display: rng.chance(0.5) ? forenameOf(p) : `${forenameOf(p)} ${rng.pick(EMOJI)}`,
      username: `${handlePart(forenameOf(p))}${rng.pick(['', '_', '.', 'x'])}${rng.chance(0.6) ? birthYear(p) : yy(p)}`,
      platform: rng.pick(['instagram', 'tiktok', 'snapchat']),
    }),
  },
  {
    kind: 'forename-yeargroup-handle',
    cls: 'weak',
    weight: 2,
    when: (p) => p.yearNumber >= 3,
    make: (p, rng) => ({
      display: forenameOf(p),
      username: `${handlePart(forenameOf(p))}${rng.pick(['_y', '.yr', '_year', 'y'])}${p.yearNumber}`,
      platform: rng.pick(['instagram', 'tiktok', 'snapchat']),
    }),
  },
  {
    kind: 'initial-surname',
    cls: 'weak',
    weight: 2,
    make: (p, rng) => shown(`${forenameOf(p)[0]}${rng.pick(['. ', ' ', '.'])}${p.surname}`, rng),
  },
  {
    kind: 'forename-surname-initial',
    cls: 'weak',
    weight: 2,
    make: (p, rng) =>
      shown(
        `${forenameOf(p)} ${fold(p.surname.replace(/^(Ó|Ní|Mac|Nic|van der|van den|van|de|da|dos|Al-|El-) ?/, ''))[0]}${rng.pick(['', '.'])}`,
        rng,
      ),
  },
  {
    kind: 'half-double-surname-handle',
    cls: 'weak',
    weight: 2,
    when: doubleBarrelled,
    make: (p, rng) => {
      const half = rng.pick(p.surname.split('-'));
      return {
        display: `${forenameOf(p)} ${half}`,
        username: `${handlePart(forenameOf(p))}.${handlePart(half)}${rng.chance(0.5) ? birthYear(p) : yy(p)}`,
        platform: rng.pick(['instagram', 'tiktok']),
      };
    },
  },
  {
    kind: 'one-typo',
    cls: 'weak',
    weight: 3,
    when: (p, ctx) => !!typo(forenameOf(p), ctx.probe, ctx.realNames),
    make: (p, rng, ctx) => {
      const inFore = rng.chance(0.5);
      const t = typo(inFore ? forenameOf(p) : p.surname, rng, ctx.realNames);
      return shown(
        inFore || !t ? `${typo(forenameOf(p), rng, ctx.realNames)} ${p.surname}` : `${forenameOf(p)} ${t}`,
        rng,
      );
    },
  },
  {
    kind: 'transliteration',
    cls: 'weak',
    weight: 3,
    when: (p, ctx) => ctx.pools.transliterations.has(p.forename),
    make: (p, rng, ctx) => shown(`${rng.pick(ctx.pools.transliterations.get(p.forename))} ${p.surname}`, rng),
  },
  {
    kind: 'other-language-diminutive',
    cls: 'weak',
    weight: 3,
    when: (p, ctx) => ctx.pools.diminutives.has(p.forename),
    make: (p, rng, ctx) => shown(`${rng.pick(ctx.pools.diminutives.get(p.forename))} ${p.surname}`, rng),
  },
  {
    kind: 'sound-alike',
    cls: 'weak',
    weight: 2,
    when: (p, ctx) =>
      !!(soundAlike(forenameOf(p), ctx.probe, ctx.realNames) || soundAlike(p.surname, ctx.probe, ctx.realNames)),
    make: (p, rng, ctx) => {
      const f = soundAlike(forenameOf(p), rng, ctx.realNames);
      const s = soundAlike(p.surname, rng, ctx.realNames);
      return shown(f && (!s || rng.chance(0.5)) ? `${f} ${p.surname}` : `${forenameOf(p)} ${s}`, rng);
    },
  },
];

export const PUPIL_KIND_NAMES = new Set(PUPIL_KINDS.map((k) => k.kind));
