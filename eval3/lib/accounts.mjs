// The accounts people hold: a pupil's own, written the ways teenagers write their names, and an
// adult's or a page's, as each platform shows them.
import { readFileSync } from 'node:fs';
import { parts } from './dates.mjs';
import { WeightedTable } from './random.mjs';
import {
  ADULT_EMOJI,
  EMOJI,
  FANCY_ALPHABETS,
  fancy,
  foldAccents,
  handle,
  handlePart,
  randomSuffix,
  separated,
  spaced,
  stretch,
  typo,
} from './styles.mjs';

const disguiseRows = readFileSync(new URL('../data/pupil-disguises.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
export const DISGUISE_CLASS = new Map(disguiseRows.map((r) => [r[0], r[1]]));
const TEEN = new WeightedTable(
  disguiseRows.map((r) => r[0]),
  disguiseRows.map((r) => Number(r[2])),
);
const ADULT = new WeightedTable(
  disguiseRows.map((r) => r[0]),
  disguiseRows.map((r) => Number(r[3])),
);

export function profileUrl(platform, username) {
  if (!username) return '';
  switch (platform) {
    case 'instagram':
      return `https://www.instagram.com/${username}/`;
    case 'tiktok':
      return `https://www.tiktok.com/@${username}`;
    case 'x':
      return `https://x.com/${username}`;
    case 'facebook':
      return `https://www.facebook.com/${username}`;
    case 'linkedin':
      return `https://www.linkedin.com/in/${username}`;
    default:
      return '';
  }
}

function applicable(kind, pupil, pools) {
  switch (kind) {
    case 'transliteration':
      return pools.transliterations.has(pupil.forename) && pupil.preferred === pupil.forename;
    case 'accents_dropped':
      return foldAccents(pupil.surname) !== pupil.surname || /['’]/.test(pupil.surname);
    case 'half_double_barrel':
      return pupil.surname.includes('-');
    case 'middle_as_forename':
    case 'middle_included':
      return Boolean(pupil.middle);
    case 'short_form':
      return pools.shortForms.has(pupil.forename);
    default:
      return true;
  }
}

/**
 * A pupil's own account: { display, username, disguise, class }. `adult` picks the
 * weights of former pupils now grown up (full names, Facebook and LinkedIn ways).
 */
export function pupilAccount(random, pools, pupil, { adult, platform }) {
  let kind = (adult ? ADULT : TEEN).pick(random);
  if (!applicable(kind, pupil, pools)) kind = 'full';
  // Facebook always shows a name: an account known by its handle alone is on the other platforms.
  if (platform === 'facebook' && kind === 'handle_full') kind = 'full';
  const fore = pupil.forename;
  const sur = pupil.surname;
  const year = parts(pupil.dob).y;
  const yy = String(year).slice(2);
  const shorts = pools.shortForms.get(fore) ?? [];
  const nick = shorts.length > 0 ? random.pick(shorts) : fore;
  const plainHandle = () =>
    handle(
      random,
      random.chance(0.5) ? [fore, sur] : [random.chance(0.5) ? nick : fore, sur],
      random.chance(0.25) ? yy : randomSuffix(random),
    );
  const looseHandle = () =>
    random.chance(0.55)
      ? plainHandle()
      : handle(random, [random.pick([fore, nick, 'its', 'x'])], randomSuffix(random) + String(random.int(0, 9)));
  let display;
  let username = looseHandle();
  switch (kind) {
    case 'full':
      display = `${fore} ${sur}`;
      break;
    case 'full_lower':
      display = `${fore} ${sur}`.toLowerCase();
      break;
    case 'full_caps':
      display = `${fore} ${sur}`.toUpperCase();
      break;
    case 'surname_first':
      display = random.chance(0.5) ? `${sur} ${fore}` : `${sur.toUpperCase()}, ${fore}`;
      break;
    case 'preferred':
      display = `${pupil.preferred !== fore ? pupil.preferred : nick} ${sur}`;
      break;
    case 'short_form':
      display = `${nick} ${sur}`;
      username = handle(random, [nick, sur], randomSuffix(random));
      break;
    case 'emoji': {
      const e = random.pick(EMOJI);
      display = random.pick([
        `${e} ${fore} ${sur} ${e}`,
        `${fore} ${sur} ${e}`,
        `${fore} ${sur}${e}${random.pick(EMOJI)}`,
      ]);
      break;
    }
    case 'fancy':
      display = fancy(`${fore} ${sur}`, random.pick(FANCY_ALPHABETS));
      break;
    case 'stretched':
      display = `${stretch(random, fore.toLowerCase())} ${stretch(random, sur.toLowerCase())}`;
      username = handle(random, [stretch(random, fore), sur], randomSuffix(random));
      break;
    case 'spaced':
      display = spaced(`${fore}  ${sur}`);
      break;
    case 'separators':
      display = random.chance(0.6)
        ? `${separated(random, fore)} ${sur}`
        : `${separated(random, fore)} ${separated(random, sur)}`;
      break;
    case 'stacked':
      display = random.chance(0.5)
        ? fancy(`${stretch(random, fore.toLowerCase())} ${stretch(random, sur.toLowerCase())}`, 'smallCaps')
        : `${fancy(`${fore} ${sur}`, random.pick(['boldScript', 'sansBold']))} ${random.pick(EMOJI)}`;
      break;
    case 'handle_full':
      display = '';
      username = handle(
        random,
        [random.chance(0.8) ? fore : nick, sur],
        random.chance(0.3) ? yy : randomSuffix(random),
      );
      break;
    case 'handle_year':
      display = random.chance(0.5) ? fore : `${fore} ${random.pick(EMOJI)}`;
      username = handle(random, [fore, sur], String(random.chance(0.6) ? year : yy));
      break;
    case 'transliteration':
      display = `${random.pick(pools.transliterations.get(fore))} ${foldAccents(sur)}`;
      break;
    case 'accents_dropped':
      display = `${fore} ${foldAccents(sur).replace(/['’]/g, '')}`;
      break;
    case 'middle_included':
      display = `${fore} ${pupil.middle} ${sur}`;
      break;
    case 'forename_initial':
      display = `${fore} ${sur[0]}${random.chance(0.4) ? '.' : ''}`;
      username = handle(random, [fore, sur[0]], random.chance(0.4) ? yy : randomSuffix(random));
      break;
    case 'initial_surname':
      display = `${fore[0]}${random.chance(0.5) ? '.' : ''} ${sur}`;
      username = handle(random, [fore[0], sur], randomSuffix(random));
      break;
    case 'first_year':
      display = random.chance(0.5) ? fore : `${fore} ${random.pick(EMOJI)}`;
      username = handle(random, [random.chance(0.6) ? fore : nick], random.chance(0.5) ? String(year) : `_${yy}`);
      break;
    case 'first_yeargroup': {
      const y = pupil.status === 'current' ? pupil.year : Math.min(13, pupil.year);
      display = fore;
      username = handle(random, [fore], random.pick([`_y${y}`, `.yr${y}`, `y${y}`]));
      break;
    }
    case 'half_double_barrel': {
      const half = random.pick(sur.split('-'));
      display = `${fore} ${half}`;
      username = handle(random, [fore, half], String(random.int(1, 99)));
      break;
    }
    case 'typo':
      display = random.chance(0.5) ? `${typo(random, fore)} ${sur}` : `${fore} ${typo(random, sur)}`;
      username = looseHandle();
      break;
    case 'middle_as_forename':
      display = `${pupil.middle} ${sur}`;
      username = handle(random, [pupil.middle, sur], randomSuffix(random));
      break;
    default:
      throw new Error(`unknown disguise ${kind}`);
  }
  if (platform === 'facebook' && display && random.chance(0.6)) username = '';
  if (platform === 'linkedin')
    username = `${handlePart(fore)}-${handlePart(sur)}-${random.int(100, 999)}${random.pick(['a', 'b', 'ab', 'b4', '1a'])}`;
  return { display, username, disguise: kind, class: DISGUISE_CLASS.get(kind) };
}

const LINKEDIN_SUFFIXES = [
  ' MA',
  ' PGCE',
  ' FCCA',
  ' MBA',
  ' (she/her)',
  ' (he/him)',
  ' BSc',
  ' ACA',
  ' NPQH',
  ' CIPD',
];
const BIO = ['Mum of 3 💕', 'Yoga teacher', 'Proud Dad', 'Photographer', 'Coach', 'Nurse', 'Baker', 'Runner 🏃'];

/** An adult's account as the platform shows it. */
export function adultAccount(random, person, platform) {
  const { forename: f, surname: s } = person;
  const birthYy = String(2026 - person.age).slice(2);
  let display = `${f} ${s}`;
  let username;
  const number = () => (random.chance(0.35) ? birthYy : randomSuffix(random));
  switch (platform) {
    case 'facebook': {
      const r = random.next();
      if (r < 0.05 && person.middle) display = `${f} ${person.middle} ${s}`;
      else if (r < 0.08 && person.maiden) display = `${f} ${s} (${person.maiden})`;
      else if (r < 0.1) display = `${f} ${random.pick(ADULT_EMOJI)} ${s}`;
      else if (r < 0.12) display = `${f} ${s}`.toLowerCase();
      else if (r < 0.14) display = `${f} ${s[0]}`;
      username = random.chance(0.4)
        ? `${handlePart(f)}.${handlePart(s)}${random.chance(0.5) ? `.${random.int(1, 99)}` : ''}`
        : '';
      break;
    }
    case 'instagram': {
      const r = random.next();
      if (r < 0.12) display = '';
      else if (r < 0.22) display = `${f} ${random.pick(ADULT_EMOJI)}`;
      else if (r < 0.27) display = `${f} | ${random.pick(BIO)}`;
      else if (r < 0.32) display = `${f} ${s[0]}`;
      username = random.chance(0.15)
        ? `${random.pick(['fifa', 'wolf', 'bakes', 'runs', 'the', 'life', 'wild', 'sunny', 'blue'])}${random.pick(['wolf', 'fox', 'gal', 'lad', 'days', 'bee'])}${random.int(10, 99)}`
        : handle(random, random.chance(0.2) ? [f[0], s] : [f, s], number());
      break;
    }
    case 'linkedin':
      display = `${random.chance(0.05) ? 'Dr ' : ''}${f} ${s}${random.chance(0.12) ? random.pick(LINKEDIN_SUFFIXES) : ''}`;
      username = `${handlePart(f)}-${handlePart(s)}${random.chance(0.7) ? `-${random.int(0x10000000, 0x7fffffff).toString(16)}` : ''}`;
      break;
    case 'tiktok':
      display = random.chance(0.5) ? f : `${f} ${s}`;
      username = random.chance(0.3) ? `user${random.int(1000000, 99999999)}` : handle(random, [f, s], number());
      break;
    case 'snapchat':
      display = random.chance(0.6) ? `${f} ${s[0]}` : `${f} ${s}`;
      username = handle(random, [f, s], random.chance(0.5) ? birthYy : randomSuffix(random));
      break;
    default:
      username = handle(random, random.chance(0.3) ? [f[0], s] : [f, s], number());
  }
  return { display, username };
}
