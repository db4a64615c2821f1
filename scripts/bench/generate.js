/**
 * Writes a synthetic audit folder (roll.csv, leavers.csv, staff.csv, connections.csv) with its
 * ground truth. Every person is invented. Pupils appear in staff lists in each way of `DISGUISES`;
 * traps are adults the engine must not flag: parents (pupil's surname, adult forename), former
 * pupils now 18 or over, and namesakes told apart by a connection date before the pupil's birth
 * or a handle with a birth year decades before it, or connected when the pupil was a toddler.
 * Background adults (most rows) carry generation-typical names; a few young ones share a pupil's
 * whole name by chance, as in life (labelled `background_namesake`). Names have a long tail (rare
 * forenames, invented surnames), so a trust holds many distinct names.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ADULT_INITIAL_SHARE, adultForenameInitial } from './adultInitials.js';
import { adultHandleNumber, namesakeAdultYearHandle } from './adultNumbers.js';
import { adultYearDigits } from './adultYearDigits.js';
import { bioRows } from './bios.js';
import { DISGUISES, EXTRA_DISGUISES, plain, strip } from './disguises.js';
import { familyRows } from './familyAccounts.js';
import { ADULT_FORENAME_NUMBER_SHARE, adultForenameNumberRow, ageOn, forenameAgeRow } from './forenameAge.js';
import { forenameNumberShownRows } from './forenameNumberShown.js';
import { FORMER_ADULT_SHARE, formerAdultRows, leaversBeside } from './formerAdults.js';
import { KNOWN_TO_SEVERAL, knownToSeveralRows, namesakeSeveralListsRows } from './knownToSeveral.js';
import { middleNameRows } from './middleNames.js';
import {
  ADULT_FORENAMES,
  CHILD_FORENAMES,
  GENERATOR_NICKNAMES,
  givenNameKeys,
  MIDDLE_NAMES,
  MORE_ADULT_FORENAMES,
  MORE_CHILD_FORENAMES,
  RARE_SURNAMES,
  SURNAMES,
} from './namePools.js';
import { pupilsWholeName } from './namesakeDensity.js';
import { juniorYoungRow, namesakeYoungRow } from './namesakeYoung.js';
import { ADULT_NEAR_SPELLING_SHARE, nearSpellingAdult, nearSpellings } from './nearSpellingAdults.js';
import { petFormSRow, relativeSFormRow } from './petFormS.js';
import { tradeWordRows } from './tradeWords.js';
import {
  TRUST_ADULT_FORENAMES,
  TRUST_CHILD_FORENAMES,
  TRUST_RARE_SURNAMES,
  TRUST_SURNAMES,
  trustSurname,
} from './trustPool.js';
import { variedAdults } from './variedAdults.js';
import { weakFormRows } from './weakForms.js';
import { wrappedForenameRows } from './wrappedForenames.js';

export const AUDIT_DATE = '2026-11-24';
/** Raised whenever what the generator writes changes: data made by an older one is made again (bench and fit sets). 29: the
 * same rows as 28, raised because data stamped 28 had been made before the last of 28's kinds were added. 30: leavers 18+
 * written as pupils write themselves, after every other row (former33); weakForms.js (recall33). 31: both of 30's, made
 * together (each branch had stamped its own data 30). 32: wrappedForenames.js (recall35), after every other row; and
 * pupils written surname first without the comma whatever their surname (calib36). 33: both of 32's together. 34:
 * forenameNumberShown.js (recall37), after every other row but the adults asked for. 36: familyAccounts.js (family39),
 * after those. 38: knownToSeveral.js (bar41), after those. 44: middleNames.js (weak44), after those. 45: tradeWords.js
 * (trade45), after those. 47: bios.js (words45),
 * after those. */
export const GENERATOR_VERSION = 47;

/** Kinds that show another form of the pupil's name, which another pupil in scope may also go by. */
const WEAKER_KINDS = new Set([
  'nickname',
  'partial_surname',
  'half_surname_number',
  'transliteration',
  'other_language_diminutive',
  'sound_alike',
]);

export const SIZES = {
  infant: { schools: 1, current: 270, leavers: 40, staff: 30, rows: 6_000, years: [0, 1, 2], pupilShare: 0.03 },
  secondary: {
    schools: 1,
    current: 1_200,
    leavers: 300,
    staff: 120,
    rows: 40_000,
    years: [7, 8, 9, 10, 11, 12, 13],
    pupilShare: 0.02,
  },
  trust: {
    schools: 30,
    current: 44_000,
    leavers: 6_000,
    staff: 4_000,
    rows: 1_000_000,
    years: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    pupilShare: 0.015,
  },
};

const HANDLE_WORDS = [
  'fifa',
  'wolf',
  'blue',
  'sky',
  'star',
  'gamer',
  'moon',
  'pixel',
  'tiger',
  'cookie',
  'ninja',
  'rose',
  'storm',
  'dream',
  'lucky',
  'shadow',
  'sunny',
  'frost',
];

/** Another real spelling of a forename, one letter away (Jayden → Jaiden), when there is a usual one. */
const RESPELLINGS = [
  ['ay', 'ai'],
  ['ai', 'ay'],
  ['y', 'ie'],
  ['ie', 'y'],
  ['ey', 'y'],
  ['ph', 'f'],
  ['c', 'k'],
  ['k', 'c'],
  ['ll', 'l'],
  ['l', 'll'],
  ['nn', 'n'],
  ['i', 'y'],
  ['ee', 'i'],
  ['ah', 'a'],
];
function respell(name) {
  for (const [from, to] of RESPELLINGS) {
    const at = name.indexOf(from, 1);
    if (at > 0) return name.slice(0, at) + to + name.slice(at + from.length);
  }
  return undefined;
}

export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Zipf-like: early entries (Smith, Jones) much more common, as in life. */
    skewed: (list) => list[Math.floor(list.length * next() ** 2.2)],
  };
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (y, m, d) => `${y}-${pad(m)}-${pad(d)}`;
const uk = (isoDate) => isoDate.split('-').reverse().join('/');
const csv = (value) =>
  value === undefined || value === null
    ? ''
    : /[",\n]/.test(String(value))
      ? `"${String(value).replace(/"/g, '""')}"`
      : String(value);

/** Born between 1 September and 31 August of the academic year that puts the pupil in `year` on the audit date. */
function dobForYear(rnd, year) {
  const startYear = 2021 - year;
  const day = rnd.int(365);
  const date = new Date(Date.UTC(startYear, 8, 1 + day));
  return date.toISOString().slice(0, 10);
}

/**
 * `options.namesakes`: the share of background adults who take a pupil's whole name (see namesakeDensity.js);
 * `options.adultInitials`: the share written as a forename and their surname's initial (adultInitials.js);
 * `options.adultYearDigits`: the share whose handle carries two digits of a roll's birth year (adultYearDigits.js).
 */
export async function generate(sizeName, dir, seed = 20261124, options = {}) {
  const size = SIZES[sizeName];
  const rnd = random(seed + sizeName.length);
  mkdirSync(dir, { recursive: true });
  const commonChildNames = [
    ...CHILD_FORENAMES,
    'Frederick',
    'Margaret',
    'Gabriella',
    'Zachary',
    'Elizabeth',
    'Benjamin',
  ];
  // A trust's names are more varied than a school's (see trustPool.js).
  const trust = sizeName === 'trust';
  const moreChildNames = trust
    ? unseen([...MORE_CHILD_FORENAMES, ...TRUST_CHILD_FORENAMES], commonChildNames)
    : MORE_CHILD_FORENAMES;
  const childNames = [...commonChildNames, ...moreChildNames];
  const childPlain = new Set(childNames.map((n) => plain(n)));
  const allAdult = [...ADULT_FORENAMES, ...MORE_ADULT_FORENAMES, ...(trust ? TRUST_ADULT_FORENAMES : [])];
  const adultNames = allAdult.filter((n, at) => !childPlain.has(plain(n)) && allAdult.indexOf(n) === at);
  const givenNames = new Set([...childNames, ...allAdult].map((n) => plain(n)));
  const { createNicknameBook: makeBook } = await import('../../dist/match/nicknames.js');
  const givenBook = makeBook();
  const commonSurnames = trust ? unseen([...SURNAMES, ...TRUST_SURNAMES], []) : SURNAMES;
  const rareSurnames = (
    trust ? unseen([...RARE_SURNAMES, ...TRUST_RARE_SURNAMES], commonSurnames) : RARE_SURNAMES
  ).filter((s) => !givenNames.has(plain(s)) && !givenBook.isKnownGivenName(plain(s)));
  const surnameSet = new Set([...commonSurnames, ...rareSurnames].map((n) => plain(n)));
  /** A common forename two times in three, else a rarer one. */
  const childForename = () => (rnd.chance(0.67) ? rnd.pick(commonChildNames) : rnd.pick(moreChildNames));
  /** A common surname (Smith far more than Fox) a little over half the time, else one of a long tail. */
  const surname = () =>
    trust
      ? trustSurname(rnd, commonSurnames, rareSurnames)
      : rnd.chance(0.55)
        ? rnd.skewed(SURNAMES)
        : rnd.pick(rareSurnames);
  let upn = 100000;

  const makePupil = (year, former) => {
    const fore = childForename();
    let sur = surname();
    if (rnd.chance(0.05)) sur = `${sur}-${rnd.pick(SURNAMES.filter((s) => !/[’ ]/.test(s) && s !== sur))}`;
    const pupil = {
      id: `T${upn++}`,
      fore,
      sur,
      middle: rnd.chance(0.4) ? rnd.pick(MIDDLE_NAMES) : undefined,
      preferred: rnd.chance(0.06) ? rnd.pick(childNames.filter((n) => n !== fore)) : undefined,
      dob: dobForYear(rnd, year),
      year,
      reg: `${year === 0 ? 'R' : year}${'ABCD'[rnd.int(4)]}`,
      former,
    };
    return pupil;
  };
  const current = [];
  for (let i = 0; i < size.current; i++) current.push(makePupil(rnd.pick(size.years), false));
  // Namesakes in scope: a few pupils share another pupil's whole name.
  const namesakes = [];
  for (let i = 0; i < Math.max(4, Math.round(size.current / 400)); i++) {
    const twin = rnd.pick(current);
    const other = { ...makePupil(rnd.pick(size.years), false), fore: twin.fore, sur: twin.sur, preferred: undefined };
    current.push(other);
    namesakes.push(other);
  }
  const leavers = [];
  for (let i = 0; i < size.leavers; i++) {
    // Half are under 18 (still in scope), half left years ago and are adults now.
    const adult = i % 2 === 1;
    const pupil = makePupil(adult ? 14 : 11, true);
    pupil.dob = adult
      ? iso(1996 + rnd.int(12), 1 + rnd.int(12), 1 + rnd.int(28))
      : pupil.dob.replace(/^\d{4}/, (y) => String(Number(y) + rnd.int(2)));
    pupil.leaving = adult ? iso(Number(pupil.dob.slice(0, 4)) + 16 + rnd.int(3), 7, 20) : '2026-07-20';
    pupil.adult = adult;
    leavers.push(pupil);
  }
  const inScope = [...current, ...leavers.filter((p) => !p.adult)];
  // Disguises and namesake traps use pupils whose whole name no other pupil in scope has: a name
  // shared in scope is ambiguous, and has its own kind (shared_name).
  const fullNameCount = new Map();
  const fullNames = (p) => [p.fore, p.preferred].filter(Boolean).map((f) => `${plain(f)}|${plain(p.sur)}`);
  for (const p of inScope) for (const key of fullNames(p)) fullNameCount.set(key, (fullNameCount.get(key) ?? 0) + 1);
  const unique = inScope.filter((p) => fullNames(p).every((key) => fullNameCount.get(key) === 1));
  const shared = inScope.filter((p) => fullNameCount.get(fullNames(p)[0]) > 1);
  // Forenames in scope by surname, so that no background adult is a pupil's namesake by accident.
  const { createNicknameBook } = await import('../../dist/match/nicknames.js');
  const book = createNicknameBook();
  /** `forename key|surname` → the pupils in scope who may go by that name (broadly, or strictly). */
  const nameMap = (strict) => {
    const map = new Map();
    for (const p of inScope) {
      for (const sur of [p.sur, ...p.sur.split('-')]) {
        for (const fore of [p.fore, p.preferred].filter(Boolean)) {
          for (const key of givenNameKeys(fore, book, strict)) {
            const k = `${key}|${plain(sur)}`;
            if (!map.has(k)) map.set(k, new Set());
            map.get(k).add(p.id);
          }
        }
      }
    }
    return map;
  };
  const broad = nameMap(false);
  const strict = nameMap(true);
  /** Other pupils in scope who may go by this forename and surname. */
  const othersNamed = (fore, sur, p, isStrict = false) => {
    const ids = new Set();
    for (const key of givenNameKeys(fore, book, isStrict))
      for (const id of (isStrict ? strict : broad).get(`${key}|${plain(sur)}`) ?? []) if (id !== p?.id) ids.add(id);
    return [...ids];
  };
  // Traps are namesakes of pupils nobody else in scope may be taken for.
  const trapSafe = unique.filter((p) => othersNamed(p.fore, p.sur, p).length === 0);
  const bySurname = new Map();
  const byForename = new Map();
  for (const p of inScope) {
    if (!bySurname.has(p.sur)) bySurname.set(p.sur, []);
    bySurname.get(p.sur).push(p);
    for (const fore of [p.fore, p.preferred].filter(Boolean)) {
      if (!byForename.has(fore)) byForename.set(fore, []);
      byForename.get(fore).push(p);
    }
  }
  // A namesake goes by the pupil's name strictly (a usual short form, not any word sharing a stem).
  const isNamesake = (fore, sur) => othersNamed(fore, sur, undefined, true).length > 0;

  const staff = [];
  for (let i = 0; i < size.staff; i++) {
    staff.push({
      id: `S${String(i + 1).padStart(4, '0')}`,
      name: `${rnd.pick(adultNames)} ${surname()}`,
      role: rnd.pick(['Teacher', 'Teaching Assistant', 'Governor', 'Volunteer', 'Office', 'PTA']),
    });
  }

  await writeLines(path.join(dir, 'roll.csv'), [
    'UPN,Legal Forename,Legal Surname,Preferred Forename,Middle Name(s),DOB,Year,Reg',
    ...current.map((p) =>
      [p.id, p.fore, p.sur, p.preferred, p.middle, uk(p.dob), p.year === 0 ? 'Reception' : `Year ${p.year}`, p.reg]
        .map(csv)
        .join(','),
    ),
  ]);
  // Older siblings and namesakes who have left, 18 or over now (formerAdults.js; generator 30, a stream of their own).
  const siblings = leaversBeside(current, random(seed ^ 0x51b1), childNames, plain);
  await writeLines(path.join(dir, 'leavers.csv'), [
    'UPN,Legal Forename,Legal Surname,Preferred Forename,Middle Name(s),DOB,Date of Leaving',
    ...[...leavers, ...siblings].map((p) =>
      [p.id, p.fore, p.sur, p.preferred, p.middle, uk(p.dob), uk(p.leaving)].map(csv).join(','),
    ),
  ]);
  await writeLines(path.join(dir, 'staff.csv'), [
    'staff_id,name,role',
    ...staff.map((s) => [s.id, s.name, s.role].map(csv).join(',')),
  ]);

  const ctx = {
    isGivenName: (w) => givenNames.has(plain(w)) || book.isKnownGivenName(plain(w)),
    isSurname: (w) => surnameSet.has(plain(w)),
  };
  const truth = {};
  const out = createWriteStream(path.join(dir, 'connections.csv'));
  let buffer = 'staff_id,staff_name,platform,display_name,username,profile_url,relationship,connected_on\n';
  let line = 1;
  // Pupils are more often on TikTok, Snapchat and Instagram, adults on Facebook and LinkedIn;
  // children are not on LinkedIn (its minimum age is 16).
  const pupilPlatforms = [
    'tiktok',
    'tiktok',
    'snapchat',
    'snapchat',
    'instagram',
    'instagram',
    'instagram',
    'facebook',
    'x',
  ];
  const adultPlatforms = [
    'facebook',
    'facebook',
    'facebook',
    'facebook',
    'linkedin',
    'linkedin',
    'instagram',
    'instagram',
    'x',
    'tiktok',
    'snapchat',
  ];
  const relationships = ['friend', 'follower', 'following', 'friend', 'friend'];
  const known = random(seed ^ 0xba41);
  const again = [];
  const write = async (member, row, label) => {
    line++;
    if (label) truth[line] = label;
    // Children are not on LinkedIn (its minimum age is 16): a pupil's own account is elsewhere.
    const platform = row.platform ?? rnd.pick(label?.pupil && !label.trap ? pupilPlatforms : adultPlatforms);
    // Facebook lists without a handle still link to the profile by number.
    const profileId =
      row.username || platform !== 'facebook' ? undefined : (row.profileId ?? String(rnd.int(1e9)).padStart(9, '0'));
    const url = row.username
      ? `https://www.${platform}.com/${row.username}`
      : profileId
        ? `https://www.facebook.com/profile.php?id=1000${profileId}`
        : '';
    // Background adults known to several members of staff (knownToSeveral.js; generator 38): kept for more lists.
    if ((!label || label.kind === 'background_namesake') && known.chance(KNOWN_TO_SEVERAL))
      again.push({ member, label, row: { ...row, platform, ...(profileId ? { profileId } : {}) } });
    buffer += `${[member.id, member.name, platform, row.displayName ?? '', row.username ?? '', url, rnd.pick(relationships), row.connectedOn ?? ''].map(csv).join(',')}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  };
  // A pupil's own account is connected at any time from age 8 to the audit (so an older pupil's
  // often at 13 or over), and never before the pupil was 4: an account connected with a toddler is
  // an adult's, or one a parent ran. An infant's, from 4.
  const dateAfter = (dob) => {
    const eighth = `${Number(dob.slice(0, 4)) + 8}${dob.slice(4)}`;
    const fourth = `${Number(dob.slice(0, 4)) + 4}${dob.slice(4)}`;
    const from = Date.parse(eighth <= AUDIT_DATE ? eighth : fourth);
    const to = Date.parse(AUDIT_DATE);
    return from >= to ? AUDIT_DATE : new Date(from + rnd.next() * (to - from)).toISOString().slice(0, 10);
  };
  // A young adult may share a pupil's whole name by chance: kept, and labelled, since telling
  // them apart is the model's work (a common name alone is no proof).
  /** A handle that is no name, with a number that is seldom a year (`fifawolf83`, `bluesky_7`). */
  const unrelatedHandle = () =>
    `${rnd.pick(HANDLE_WORDS)}${rnd.pick(HANDLE_WORDS)}${rnd.chance(0.3) ? '_' : ''}${rnd.int(100)}`;
  /** A pupil's own account: a platform, and a handle that is no name (40 %), the name (25 %) or none. */
  const pupilAccount = (p) => {
    const r = rnd.next();
    const username =
      r < 0.4
        ? unrelatedHandle()
        : r < 0.65
          ? rnd.pick([
              `${plain(p.fore)}${plain(p.sur)}`,
              `${plain(p.fore)}.${plain(p.sur)}`,
              `${plain(p.fore)}_${plain(p.sur)}${p.dob.slice(2, 4)}`,
              `${plain(p.fore)}${plain(p.sur)}${rnd.int(100)}`,
            ])
          : undefined;
    return {
      platform: rnd.pick(pupilPlatforms),
      profileId: String(rnd.int(1e9)).padStart(9, '0'),
      ...(username ? { username } : {}),
    };
  };
  const backgroundName = () => {
    const taken = pupilsWholeName(rnd, options.namesakes ?? 0, inScope, options.namesakesByFrequency === true);
    if (taken) return { fore: strip(taken.fore), sur: strip(taken.sur), namesake: true };
    const young = rnd.chance(0.15);
    const fore = young ? childForename() : rnd.pick(adultNames);
    const sur = surname();
    return { fore: strip(fore), sur: strip(sur), namesake: isNamesake(fore, sur) };
  };
  // A fifth of the background adults are of many naming traditions (variedAdults.js), from a stream of their own.
  const varied = variedAdults(
    random(seed ^ 0x5eed),
    options.variedAdults ?? 0.2,
    {
      forename: (r) =>
        r.chance(0.15) ? (r.chance(0.67) ? r.pick(commonChildNames) : r.pick(moreChildNames)) : r.pick(adultNames),
      surname: (r) =>
        trust
          ? trustSurname(r, commonSurnames, rareSurnames)
          : r.chance(0.55)
            ? r.skewed(SURNAMES)
            : r.pick(rareSurnames),
      surnames: [...commonSurnames, ...rareSurnames],
    },
    plain,
    (fore, sur) => isNamesake(fore, sur),
  );
  const background = () => varied.replace(plainBackground());
  const plainBackground = () => {
    const { fore, sur, namesake } = backgroundName();
    const born = 1950 + rnd.int(50);
    const forms = [
      () => ({ displayName: `${fore} ${sur}` }),
      () => ({ displayName: `${fore} ${sur}`, username: `${plain(fore)}.${plain(sur)}${String(born).slice(2)}` }),
      () => ({ displayName: `${fore} ${sur}`, username: `${plain(fore)}${plain(sur)}${rnd.int(1000)}` }),
      () => ({ displayName: `${fore} ${sur}`, username: unrelatedHandle() }),
      () => ({ username: `${plain(fore)[0]}${plain(sur)}${born}` }),
      () => ({ displayName: `${sur}, ${fore}` }),
      () => ({
        displayName: rnd.pick([
          'Bristol Bakery',
          'Riverside Running Club',
          'St Anne’s PTA',
          'The Crown Inn',
          'Greenfield Allotments',
          'Marlow Book Club',
        ]),
      }),
    ];
    const at = rnd.int(forms.length);
    const row = forms[at]();
    if (rnd.chance(0.9)) row.connectedOn = iso(2010 + rnd.int(17), 1 + rnd.int(12), 1 + rnd.int(28));
    if (namesake && at < forms.length - 1) row.label = { kind: 'background_namesake', trap: true, expect: 'none' };
    return row;
  };
  const traps = [
    (p) => {
      const fore = rnd.pick(adultNames);
      return {
        row: rnd.chance(0.5)
          ? { displayName: `${fore} ${p.sur}` }
          : { displayName: `${fore} ${p.sur}`, username: `${plain(fore)}.${plain(p.sur)}${70 + rnd.int(25)}` },
        kind: 'parent',
      };
    },
    (p) => ({
      row: {
        displayName: `${p.fore} ${p.sur}`,
        connectedOn: iso(Number(p.dob.slice(0, 4)) - 1 - rnd.int(8), 1 + rnd.int(12), 1 + rnd.int(28)),
      },
      kind: 'namesake_connected_before_birth',
    }),
    (p) => ({
      row: { displayName: `${p.fore} ${p.sur}`, username: `${plain(p.fore)}${plain(p.sur)}${1965 + rnd.int(30)}` },
      kind: 'namesake_adult_birth_year',
    }),
    (p) => ({
      row: {
        displayName: `${p.fore} ${p.sur}`,
        connectedOn: iso(Number(p.dob.slice(0, 4)) + rnd.int(4), 1 + rnd.int(12), 1 + rnd.int(28)),
      },
      kind: 'namesake_connected_when_young',
    }),
    // A title, family word or trade: the pupil's name on a grown-up's or a business's account.
    (p) => ({
      row: {
        displayName: rnd.pick([
          `Mrs ${p.fore} ${p.sur}`,
          `${p.fore} ${p.sur} Plumbing`,
          `${p.fore} ${p.sur} Snr`,
          `Dr ${p.fore} ${p.sur}`,
          `${p.fore} ${p.sur} Photography`,
        ]),
      },
      kind: 'namesake_adult_words',
    }),
    // An adult whose forename is another spelling of the pupil's (Jaiden for Jayden), or the
    // pupil's with a different surname spelling: a real name of its own, not a slip.
    (p) => {
      const spelt = respell(p.fore);
      return spelt
        ? { row: { displayName: `${spelt} ${p.sur}` }, kind: 'namesake_other_spelling' }
        : { row: { displayName: `${rnd.pick(adultNames)} ${p.sur}` }, kind: 'parent' };
    },
    // An adult's birth year beside the pupil's name, and handles whose number is no year (adultNumbers.js).
    (p) => namesakeAdultYearHandle(p, rnd, plain),
    (p) => adultHandleNumber(p, rnd, plain, () => strip(surname())),
  ];
  const adultLeavers = leavers.filter((p) => p.adult);

  const pupilRows = Math.round(size.rows * size.pupilShare);
  const trapRows = Math.round(size.rows * 0.004);
  const plan = [];
  for (let i = 0; i < pupilRows; i++) plan.push('pupil');
  for (let i = 0; i < trapRows; i++) plan.push('trap');
  for (let i = 0; i < Math.max(8, Math.round(pupilRows / DISGUISES.length)); i++) plan.push('shared');
  while (plan.length < size.rows) plan.push('background');
  for (let i = plan.length - 1; i > 0; i--) {
    const j = rnd.int(i + 1);
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  const rowsPerStaff = Math.ceil(size.rows / staff.length);
  let next = 0;
  for (let i = 0; i < plan.length; i++) {
    const member = staff[Math.floor(i / rowsPerStaff)];
    const what = plan[i];
    if (what === 'background') {
      const { label, ...row } = background();
      await write(member, row, label);
    } else if (what === 'pupil') {
      const disguise = DISGUISES[next++ % DISGUISES.length];
      // A disguise only some names take (a transliteration) may find no such pupil in a small school.
      for (let tries = 0; ; tries++) {
        if (tries === 2_000) {
          const { label, ...row } = background();
          await write(member, row, label);
          break;
        }
        const p = rnd.pick(unique);
        const made = disguise.make(p, rnd, ctx);
        if (!made) continue;
        // A name another pupil in scope may also go by (Izzy: Isabella or Isabelle; Thea Müller for
        // Thea James-Müller when there is a Thea Müller) is a shared name: review, either pupil right.
        const shown = made.shown ?? [p.fore, p.sur];
        // The pupil's own name (as on the roll) is theirs alone ("unique"); a short form or half a
        // surname may equally be another pupil's.
        const weaker = WEAKER_KINDS.has(disguise.kind);
        const also = new Set(
          weaker ? [shown[1], ...shown[1].split('-')].flatMap((sur) => othersNamed(shown[0], sur, p, true)) : [],
        );
        // A slip that is one letter from another pupil's name too (Alie: Albie or Alice) is shared.
        // `clarkey` may be Clark's or Clarke's.
        if (made.pet)
          for (const o of byForename.get(p.fore) ?? [])
            if (o !== p && [`${plain(o.sur)}y`, `${plain(o.sur)}ey`].includes(made.pet)) also.add(o.id);
        if (made.typo) {
          const others = made.typo.onFore
            ? (bySurname.get(p.sur) ?? []).map((o) => [o, o.fore])
            : (byForename.get(p.fore) ?? []).map((o) => [o, o.sur]);
          for (const [o, name] of others)
            if (o !== p && oneEditApart(plain(made.typo.word), plain(name))) also.add(o.id);
        }
        const label =
          also.size > 0
            ? { kind: 'shared_name', pupil: p.id, expect: 'review', also: [...also] }
            : { kind: disguise.kind, pupil: p.id, expect: disguise.expect };
        delete made.shown;
        delete made.typo;
        delete made.pet;
        // On most platforms everybody has a username: often no name at all, sometimes the name. A
        // pupil has one such account, the same on every staff list that holds it (as in life).
        let account = {};
        if (!made.username && made.displayName && !['unrelated_handle'].includes(disguise.kind)) {
          p.account ??= pupilAccount(p);
          account = p.account;
        }
        await write(
          member,
          { ...made, ...account, connectedOn: rnd.chance(0.85) ? dateAfter(p.dob) : undefined },
          label,
        );
        break;
      }
    } else if (what === 'shared') {
      const p = rnd.pick(shared);
      await write(
        member,
        { displayName: `${p.fore} ${p.sur}`, connectedOn: dateAfter(p.dob) },
        { kind: 'shared_name', pupil: p.id, expect: 'review', also: othersNamed(p.fore, p.sur, p, true) },
      );
    } else if (rnd.chance(0.25) && adultLeavers.length > 0) {
      const p = rnd.pick(adultLeavers);
      if (isNamesake(p.fore, p.sur)) {
        const { label, ...row } = background();
        await write(member, row, label);
        continue;
      }
      await write(
        member,
        { displayName: `${p.fore} ${p.sur}`, connectedOn: dateAfter(p.dob) },
        { kind: 'adult_former_pupil', trap: true, expect: 'none' },
      );
    } else {
      const p = rnd.pick(trapSafe);
      const { row, kind } = rnd.pick(traps)(p);
      await write(member, row, { kind, trap: true, expect: 'none', pupil: p.id });
    }
  }
  // Kinds added since version 23, after every other row: the rows before them are as they were.
  let extraRows = 0;
  const yearOf = (o) => o.dob.slice(0, 4);
  const trial = random(seed);
  for (const disguise of EXTRA_DISGUISES) {
    const takers = unique.filter((p) => disguise.make(p, trial, ctx));
    for (let i = 0; takers.length > 0 && i < Math.max(6, Math.round(pupilRows / DISGUISES.length)); i++) {
      const p = rnd.pick(takers);
      const { shown, alone, initial: surnameInitial, ...made } = disguise.make(p, rnd, ctx);
      // Written as another pupil's own name (or, an initial, as another pupil of that forename and
      // initial may write it), the account is as likely theirs: not this kind. A forename alone
      // with a year is as likely another pupil's of that forename (or short form) and year.
      const initial = shown[1].length === 1 ? shown[1].toLowerCase() : undefined;
      if (
        alone
          ? inScope.some(
              (o) =>
                o !== p &&
                // Two digits may be the birth year or the year group (`alexander.11`).
                (surnameInitial === undefined || plain(o.sur)[0] === surnameInitial) &&
                (alone === 'birthday'
                  ? o.dob.slice(5) === p.dob.slice(5)
                  : alone === 'dob'
                    ? yearOf(o) === yearOf(p) || o.year === Number(yearOf(p).slice(2))
                    : o.year === p.year) &&
                [o.fore, o.preferred, ...(GENERATOR_NICKNAMES[o.fore] ?? [])].some(
                  (name) => name && plain(name) === plain(shown[0]),
                ),
            )
          : initial
            ? (byForename.get(p.fore) ?? []).some((o) => o !== p && plain(o.sur)[0] === initial)
            : othersNamed(shown[0], shown[1], p, true).length > 0 || isNamesake(shown[0], shown[1])
      )
        continue;
      await write(
        rnd.pick(staff),
        { ...made, connectedOn: rnd.chance(0.85) ? dateAfter(p.dob) : undefined },
        { kind: disguise.kind, pupil: p.id, expect: disguise.expect },
      );
      extraRows++;
    }
  }
  // Adults whose handle is a pupil's forename with a letter or a day and month run on, and digits
  // that are not the pupil's year (`sarahj23`, `benjamin0105`): none is the pupil (after every other row).
  const letters = 'abcdefghijklmnoprstuvwyz';
  // Current pupils: a former pupil's year group (the one they left from) is no field to avoid.
  const currentTrapSafe = trapSafe.filter((p) => !p.former);
  for (let i = 0; i < Math.max(12, Math.round((2 * pupilRows) / DISGUISES.length)); i++) {
    const p = rnd.pick(currentTrapSafe);
    const f = plain(p.fore);
    const byDay = rnd.chance(0.3);
    let digits = byDay
      ? String(1 + rnd.int(28)).padStart(2, '0') + String(1 + rnd.int(12)).padStart(2, '0')
      : String(rnd.chance(0.5) ? rnd.int(10) : 10 + rnd.int(90));
    if (
      digits === p.dob.slice(2, 4) ||
      digits === p.dob.slice(0, 4) ||
      digits === String(p.year) ||
      digits === p.dob.slice(8, 10) + p.dob.slice(5, 7)
    )
      digits += '7';
    await write(
      rnd.pick(staff),
      { displayName: rnd.chance(0.3) ? p.fore : '', username: `${f}${byDay ? '' : rnd.pick([...letters])}${digits}` },
      {
        kind: byDay ? 'adult_forename_day_month' : 'adult_forename_letter_number',
        trap: true,
        expect: 'none',
        pupil: p.id,
      },
    );
    extraRows++;
  }
  // Adults who write their surname as an initial (adultInitials.js; generator 27, after every other row).
  const backgroundRows = plan.filter((what) => what === 'background').length;
  for (let i = 0; i < Math.round(backgroundRows * (options.adultInitials ?? ADULT_INITIAL_SHARE)); i++) {
    const { row, label } = adultForenameInitial(backgroundName(), rnd, unrelatedHandle);
    if (rnd.chance(0.9)) row.connectedOn = iso(2010 + rnd.int(17), 1 + rnd.int(12), 1 + rnd.int(28));
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // Adults whose own name is one letter from a pupil's (nearSpellingAdults.js; generator 28, after the rows above:
  // those before are as they were), never another pupil's name in scope.
  const near = nearSpellings(trapSafe).filter(
    ([p, fore, sur]) => oneEditApart(plain(`${fore}${sur}`), plain(`${p.fore}${p.sur}`)) && !isNamesake(fore, sur),
  );
  for (let i = 0; near.length > 0 && i < Math.round(backgroundRows * ADULT_NEAR_SPELLING_SHARE); i++) {
    const { row, label } = nearSpellingAdult(rnd.pick(near), rnd, plain, unrelatedHandle, () =>
      iso(2010 + rnd.int(17), 1 + rnd.int(12), 1 + rnd.int(28)),
    );
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // A forename and the pupil's age, and adults writing a forename and a small number (forenameAge.js;
  // generator 28, after every other row). A number another pupil of that forename may read as theirs
  // (age, birth year, year group) makes the account theirs as much: not this kind.
  const numbersOf = (o, on) => [
    ageOn(o.dob, AUDIT_DATE),
    on && ageOn(o.dob, on),
    Number(o.dob.slice(2, 4)),
    !o.former && o.year,
  ];
  const goesBy = (o, name) =>
    [o.fore, o.preferred, ...(GENERATOR_NICKNAMES[o.fore] ?? [])].some((n) => n && plain(n) === plain(name));
  const forenameAges = Math.max(6, Math.round(pupilRows / DISGUISES.length));
  for (let i = 0, placed = 0; placed < forenameAges && i < 20 * forenameAges; i++) {
    const p = rnd.pick(unique);
    const made = forenameAgeRow(p, rnd.chance(0.85) ? dateAfter(p.dob) : undefined, AUDIT_DATE, rnd, plain);
    if (!made) continue;
    const on = made.row.connectedOn;
    if (inScope.some((o) => o !== p && goesBy(o, p.fore) && numbersOf(o, on).includes(made.age))) continue;
    await write(rnd.pick(staff), made.row, { kind: 'forename_age', pupil: p.id, expect: 'review' });
    extraRows++;
    placed++;
  }
  const adultNumber = (fore, sur) => adultForenameNumberRow(fore, sur, rnd, plain);
  const forenameNumbers = [
    ...Array.from({ length: Math.round(backgroundRows * ADULT_FORENAME_NUMBER_SHARE) }, () => backgroundName()),
    ...Array.from({ length: Math.max(12, Math.round((2 * pupilRows) / DISGUISES.length)) }, () => ({
      fore: strip(rnd.pick(currentTrapSafe).fore),
      sur: strip(surname()),
    })),
  ];
  for (const name of forenameNumbers) {
    const { row, label } = adultNumber(name.fore, name.sur);
    if (rnd.chance(0.85)) row.connectedOn = iso(2010 + rnd.int(17), 1 + rnd.int(12), 1 + rnd.int(28));
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // A pet form with English's -s beside the whole surname (Mads Wood), and relatives going by one (petFormS.js;
  // generator 28, after the rows above).
  const sForms = Math.max(6, Math.round(pupilRows / DISGUISES.length));
  for (let i = 0, placed = 0; placed < sForms && i < 20 * sForms; i++) {
    const p = rnd.pick(unique);
    const made = petFormSRow(p, plain, ctx, bySurname.get(p.sur) ?? []);
    if (!made || isNamesake(made.shown[0], p.sur)) continue;
    await write(
      rnd.pick(staff),
      { displayName: made.displayName, connectedOn: rnd.chance(0.85) ? dateAfter(p.dob) : undefined },
      { kind: 'pet_form_s', pupil: p.id, expect: 'review' },
    );
    extraRows++;
    placed++;
  }
  for (let i = 0; i < 2 * sForms; i++) {
    const made = relativeSFormRow(rnd.pick(currentTrapSafe), adultNames, rnd, plain, ctx);
    if (!made) continue;
    if (rnd.chance(0.85)) made.row.connectedOn = iso(2010 + rnd.int(17), 1 + rnd.int(12), 1 + rnd.int(28));
    await write(rnd.pick(staff), made.row, made.label);
    extraRows++;
  }
  // Leavers 18+ written as pupils write themselves (formerAdults.js; generator 30, after 29's rows; weakForms.js's
  // follow, then the adults asked for below).
  for (const { row, label } of formerAdultRows(
    [...adultLeavers, ...siblings],
    Math.round(pupilRows * FORMER_ADULT_SHARE),
    rnd,
    ctx,
    dateAfter,
  )) {
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // Adults bearing a pupil's whole name, connected when the pupil was 4 to 7, then juniors' own accounts connected
  // at 6 or 7 (namesakeYoung.js; generator 30).
  for (const make of [namesakeYoungRow, juniorYoungRow]) {
    for (let i = 0, placed = 0; placed < Math.max(12, Math.round(pupilRows / DISGUISES.length)) && i < 2000; i++) {
      const made = make(rnd.pick(currentTrapSafe), AUDIT_DATE, rnd);
      if (!made) continue;
      await write(rnd.pick(staff), made.row, made.label);
      extraRows++;
      placed++;
    }
  }
  // Pet names of their own and a year group with its form's letter (weakForms.js; generator 30, after the rows above).
  for (const { row, label } of weakFormRows({
    unique,
    currentTrapSafe,
    count: sForms,
    rnd,
    plain,
    othersNamed,
    dateAfter,
  })) {
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // Wrapped forenames with a number, and the age another pupil of the forename may read as theirs
  // (wrappedForenames.js; generator 32, after every other row but the adults asked for below).
  const wrappedRows = { unique, inScope, currentTrapSafe, count: sForms, rnd, plain, goesBy, dateAfter };
  for (const { row, label } of wrappedForenameRows({ ...wrappedRows, auditDate: AUDIT_DATE })) {
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // A forename shown with the pupil's number on Facebook, X or undated, and its adults (forenameNumberShown.js; generator 34).
  const shownRows = { ...wrappedRows, adultName: backgroundName, auditDate: AUDIT_DATE };
  for (const { row, label } of forenameNumberShownRows(shownRows)) {
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  // A pupil's family nearest the pupil's name (familyAccounts.js; generator 36, a stream of its own, after the rows above).
  const family = random(seed ^ 0xfa39);
  for (const { member, row, label } of familyRows({
    pupils: currentTrapSafe,
    childNames,
    adultName: () => family.pick(adultNames),
    staff,
    count: Math.max(12, Math.round(pupilRows / DISGUISES.length)),
    rnd: family,
    plain,
    book,
    auditDate: AUDIT_DATE,
  })) {
    await write(member, row, label);
    extraRows++;
  }
  // Adults on several staff lists, and adults bearing a pupil's whole name so (knownToSeveral.js; generator 38, a stream of its own).
  for (const { member, row, label } of [
    ...knownToSeveralRows({ again, staff, rnd: known, auditDate: AUDIT_DATE }),
    ...namesakeSeveralListsRows({
      pupils: currentTrapSafe,
      staff,
      count: Math.max(4, Math.round(pupilRows / DISGUISES.length / 3)),
      rnd: known,
      auditDate: AUDIT_DATE,
    }),
  ]) {
    await write(member, row, label);
    extraRows++;
  }
  // Pupils going by their middle name, and adults bearing it with the surname (middleNames.js; generator 44, a stream of its own);
  // then words set off beside a whole name, a pupil's and an adult namesake's (bios.js; generator 47, a stream of its own).
  const familyCount = Math.max(12, Math.round(pupilRows / DISGUISES.length));
  const pupilsAndDates = { pupils: currentTrapSafe, staff, pupilRows, familyCount, dateAfter, auditDate: AUDIT_DATE };
  for (const { member, row, label } of [
    ...middleNameRows({ ...pupilsAndDates, rnd: random(seed ^ 0x3144), plain, isNamesake }),
    ...bioRows({ ...pupilsAndDates, rnd: random(seed ^ 0x4547) }),
  ]) {
    await write(member, row, label);
    extraRows++;
  }
  // Pupils writing a hobby, trade or job word beside their name, and adults who do (tradeWords.js; generator 45, a stream of its own).
  const trades = random(seed ^ 0x7a45);
  for (const { member, row, label } of tradeWordRows({
    pupils: currentTrapSafe,
    staff,
    pupilRows,
    familyCount: Math.max(12, Math.round(pupilRows / DISGUISES.length)),
    rnd: trades,
    plain,
    adultForename: () => strip(trades.pick(adultNames)),
    auditDate: AUDIT_DATE,
  })) {
    await write(member, row, label);
    extraRows++;
  }
  // Adults whose handle carries digits of a roll's birth year: none unless asked (adultYearDigits.js).
  const rollYears = [...new Set(inScope.map((p) => Number(p.dob.slice(0, 4))))];
  for (let i = 0; i < Math.round(backgroundRows * (options.adultYearDigits ?? 0)); i++) {
    const { row, label } = adultYearDigits(backgroundName(), rollYears, rnd, plain);
    if (rnd.chance(0.9)) row.connectedOn = iso(2010 + rnd.int(17), 1 + rnd.int(12), 1 + rnd.int(28));
    await write(rnd.pick(staff), row, label);
    extraRows++;
  }
  out.end(buffer);
  await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
  return {
    truth,
    pupils: current.length + leavers.length,
    inScope: inScope.length,
    staff: staff.length,
    rows: plan.length + extraRows,
  };
}

/** `names` without repeats and without those already in `taken` (by their plain spelling). */
function unseen(names, taken) {
  const seen = new Set(taken.map((n) => plain(n)));
  return names.filter((n) => !seen.has(plain(n)) && seen.add(plain(n)));
}

/** Whether two words are one insertion, deletion, change or swap of neighbours apart (the generator's own check). */
function oneEditApart(a, b) {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

async function writeLines(file, lines) {
  const out = createWriteStream(file);
  for (let i = 0; i < lines.length; i += 5000) out.write(`${lines.slice(i, i + 5000).join('\n')}\n`);
  out.end();
  await new Promise((resolve, reject) => out.on('finish', resolve).on('error', reject));
}
