#!/usr/bin/env node
/**
 * Writes samples/westacre-infant/: the invented primary school that `npm start` audits and the
 * end-to-end tests read. Every person in it is invented. The output is committed; rerun with
 * `npm run samples` after changing this file (a fixed seed makes the output byte-for-byte stable).
 *
 * Planted connections (pupils behind staff's connections, disguises and traps) are declared
 * below and written, with where they landed, to ANSWERS.md and answers.json. Everything else is
 * invented adults who match no pupil: the generator refuses any adult name or handle that comes
 * within one letter of a pupil's name, so the answers stay true for any sane matcher.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';

const AUDIT_DATE = '2026-11-24';
const SEED = 20261124;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'samples', 'westacre-infant');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[int(0, list.length - 1)];
const chance = (p) => random() < p;
/** Picks from [weight, value] pairs. */
function weighted(pairs) {
  let r = random() * pairs.reduce((n, [w]) => n + w, 0);
  for (const [w, value] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs[pairs.length - 1][1];
}

// ---------------------------------------------------------------------------------------------
// Dates

const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86400000;
const fromDay = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
const dateBetween = (from, to) => fromDay(int(toDay(from), toDay(to)));
const uk = (iso) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
function ageOn(dob, day) {
  const [y, m, d] = dob.split('-').map(Number);
  const [Y, M, D] = day.split('-').map(Number);
  return Y - y - (M < m || (M === m && D < d) ? 1 : 0);
}
/** Born 1 September (year − 1) to 31 August (year): the cohort that starts Reception in September `year + 4`. */
const cohortDob = (rYear) => dateBetween(`${rYear - 5}-09-01`, `${rYear - 4}-08-31`);
/** The Reception start year of each year group in 2026/27. */
const RECEPTION_YEAR = { R: 2026, 1: 2025, 2: 2024, 3: 2023, 4: 2022, 5: 2021, 6: 2020 };
const SIMS_YEAR = (y) => (y === 'R' ? 'Reception' : `Year  ${y}`);
const REG = { R: 'Oak', 1: 'Ash', 2: 'Beech', 3: 'Elm', 4: 'Hazel', 5: 'Rowan', 6: 'Willow' };

// ---------------------------------------------------------------------------------------------
// Ids: UPNs in the DfE format (check letter, LA, establishment, year, serial), admission numbers

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const SCHOOL_LA = '850';
const SCHOOL_DFE = '2468';
const usedUpns = new Set();
function upn(yearIssued, la = SCHOOL_LA, dfe = SCHOOL_DFE) {
  for (;;) {
    const digits = `${la}${dfe}${String(yearIssued % 100).padStart(2, '0')}${String(int(1, 180)).padStart(3, '0')}`;
    const sum = [...digits].reduce((acc, d, i) => acc + (i + 2) * Number(d), 0);
    const id = UPN_LETTERS[sum % 23] + digits;
    if (!usedUpns.has(id)) {
      usedUpns.add(id);
      return id;
    }
  }
}
/** Some pupils joined from another school and kept the UPN it issued. */
const OTHER_SCHOOLS = [
  ['850', '2011'],
  ['850', '3107'],
  ['852', '2204'],
  ['938', '2119'],
  ['204', '2650'],
];
function pupilUpn(rYear) {
  if (chance(0.15)) {
    const [la, dfe] = pick(OTHER_SCHOOLS);
    return upn(Math.max(rYear - int(0, 1), 2000), la, dfe);
  }
  // UPNs began in 1999; the school opened in 2000 and gave its first intake theirs then.
  return upn(Math.max(rYear, 2000));
}

// ---------------------------------------------------------------------------------------------
// Pupils. `key` names the ones that planted connections refer to.

/** [forename, surname, gender, year group, extra] — 2026/27 roll. */
const CURRENT = [
  // Reception
  ['Teddy', 'Cooper', 'M', 'R'],
  ['Aria', 'Hussain', 'F', 'R'],
  ['Arlo', 'Fletcher', 'M', 'R'],
  ['Maisie', 'Walker', 'F', 'R'],
  ['Yusuf', 'Ahmed', 'M', 'R'],
  ['Hallie', 'Brown', 'F', 'R'],
  ['Reggie', 'Popescu', 'M', 'R'],
  ['Nia', 'Adeyemi', 'F', 'R'],
  // Year 1
  ['Zoë', 'Clarke', 'F', 1, { key: 'zoe', middle: 'Rose' }],
  ['Amelia', 'Ward', 'F', 1, { key: 'amelia' }],
  ['Freya', 'Collins', 'F', 1, { key: 'freya' }],
  ['Hugo', 'Taylor', 'M', 1],
  ['Ivy', 'Roberts', 'F', 1],
  ['Ibrahim', 'Rahman', 'M', 1],
  ['Elsie', 'Wood', 'F', 1],
  ['Jakub', 'Wiśniewski', 'M', 1, { key: 'jakub' }],
  ['Ronnie', 'Jackson', 'M', 1],
  // Year 2
  ['Oliver', 'Bennett', 'M', 2, { key: 'oliver' }],
  ['Ruby', 'Green', 'F', 2, { key: 'ruby' }],
  ['Łucja', 'Nowak', 'F', 2, { key: 'lucja' }],
  ['Lily', 'Shaw', 'F', 2, { key: 'lily', middle: 'Mae' }],
  ['Poppy', 'Turner', 'F', 2, { key: 'poppy', dob: '2020-04-18' }],
  ['Frederick', 'Wilson', 'M', 2, { preferred: 'Freddie' }],
  ['Maryam', 'Ali', 'F', 2],
  ['Albie', 'Palmer', 'M', 2],
  ['Orla', 'Kelly', 'F', 2],
  // Year 3
  ['Harvey', 'Lewis', 'M', 3, { key: 'harvey' }],
  ['Bảo', 'Nguyễn', 'M', 3, { key: 'bao', middle: 'Minh' }],
  ['Evie', 'Barker', 'F', 3, { key: 'evie' }],
  ['Olivia', 'Harris', 'F', 3, { key: 'olivia' }],
  ['Rory', 'McCarthy', 'M', 3],
  ['Sienna', 'Fernandes', 'F', 3],
  ['Theodore', 'Edwards', 'M', 3, { preferred: 'Theo' }],
  ['Inaya', 'Chowdhury', 'F', 3],
  ['Kacper', 'Kowalski', 'M', 3],
  // Year 4
  ['Aanya', 'Patel', 'F', 4, { key: 'aanya' }],
  ['Chidiebere', 'Okafor', 'M', 4, { key: 'chidi', preferred: 'Chidi' }],
  ['Isla', 'Robinson', 'F', 4, { key: 'isla' }],
  ['Jack', 'Smith', 'M', 4, { key: 'jack', dob: '2017-10-12', middle: 'Thomas' }],
  ['Siobhán', 'Byrne', 'F', 4],
  ['Arthur', 'Hall', 'M', 4],
  ['Esme', 'Thompson', 'F', 4, { key: 'esme' }],
  ['Rohan', 'Mistry', 'M', 4],
  ['Matilda', 'White', 'F', 4],
  // Year 5
  ['Ayesha', 'Begum', 'F', 5, { key: 'ayesha' }],
  ['Mohammed', 'Khan', 'M', 5, { key: 'mohammed' }],
  ['Arjun', 'Sharma', 'M', 5, { key: 'arjun' }],
  ['Oğuz', 'Yılmaz', 'M', 5, { key: 'oguz' }],
  ['Harper', 'Johnson', 'F', 5],
  ['Finley', "O'Brien", 'M', 5],
  ['Simran', 'Kaur', 'F', 5],
  ['Leo', 'Silva', 'M', 5],
  ['Daisy', 'Lloyd', 'F', 5],
  // Year 6
  ['Grace', 'Morgan', 'F', 6, { key: 'grace', middle: 'Elizabeth' }],
  ['Kwabena', 'Mensah', 'M', 6, { key: 'ben', preferred: 'Ben' }],
  ['Alfred', 'Hughes', 'M', 6, { key: 'alfred', dob: '2016-02-09' }],
  ['Archie', 'Williams', 'M', 6],
  ['Amira', 'Hussain', 'F', 6],
  ['Louie', 'Murphy', 'M', 6],
  ['Phoebe', 'Walker', 'F', 6],
  ['Niamh', 'Byrne', 'F', 6],
];

/** [forename, surname, year group at leaving, leaving date, extra]. */
const LEAVERS = [
  // Left at the end of Year 6, July 2026 (now 11 or 12)
  ...[
    ['Sophia', 'Ahmed'],
    ['Harry', 'Roberts'],
    ['Lena', 'Kowalska'],
    ['Noah', 'Brown'],
    ['Amber', 'Cooper'],
    ['Dylan', 'Edwards'],
    ['Mia', 'Rahman'],
  ].map(([f, s]) => [f, s, 6, '2026-07-22', f === 'Sophia' ? { key: 'sophia' } : {}]),
  // July 2025 (now 12 or 13)
  ...[
    ['George', 'Palmer'],
    ['Lacey', 'Wilson'],
    ['Ayaan', 'Mistry'],
    ['Ella', 'Jackson'],
    ['Oscar', 'Fletcher'],
  ].map(([f, s]) => [f, s, 6, '2025-07-18']),
  ['Mohammed', 'Khan', 6, '2025-07-18', { key: 'mohammedFormer', dob: '2014-06-05' }],
  // July 2024 (now 13 or 14)
  ...[
    ['Summer', 'Kelly'],
    ['Kian', 'Ali'],
    ['Jessica', 'Lloyd'],
  ].map(([f, s]) => [f, s, 6, '2024-07-19']),
  ['Megan', 'Davies', 6, '2024-07-19', { key: 'megan', dob: '2013-03-14' }],
  // Moved away part-way through
  ['Erin', 'Johnson', 2, '2025-10-24'],
  ['Tymon', 'Wiśniewski', 4, '2026-02-13'],
  ['Alexandra', 'Popescu', 3, '2026-09-30'],
  ['Hamza', 'Hussain', 1, '2023-03-31'],
  // July 2021 (now 16 or 17)
  ['Caitlin', 'Murphy', 6, '2021-07-23'],
  ['Liam', "O'Brien", 6, '2021-07-23'],
  // July 2020: one turned 18 four days before the audit, one turns 18 the day after it
  ['Ethan', 'Marsh', 6, '2020-07-17', { key: 'ethan', dob: '2008-11-25' }],
  ['Chloe', 'Evans', 6, '2020-07-17', { key: 'chloe', dob: '2008-11-20' }],
  // July 2019 (now 18 or 19)
  ['Jade', 'Williams', 6, '2019-07-19'],
  ['Kieran', 'Byrne', 6, '2019-07-19'],
  // Long ago: adults now
  ['Thomas', 'Wright', 6, '2017-07-21', { key: 'thomas', dob: '2006-05-02' }],
  ['Jordan', 'Hall', 6, '2015-07-17'],
  ['Bethany', 'Wood', 6, '2014-07-18'],
  ['Rhys', 'Thompson', 6, '2013-07-19'],
  ['Shannon', 'White', 6, '2012-07-20'],
  ['Callum', 'Walker', 6, '2011-07-22'],
  ['Nathan', 'Silva', 6, '2010-07-23'],
  ['Connor', 'Walsh', 6, '2009-07-22', { key: 'connor', dob: '' }],
  ['Abigail', 'Johnson', 6, '2008-07-18'],
  ['Kelsey', 'Taylor', 6, '2007-07-20'],
  ['Gurpreet', 'Singh', 6, '2006-07-21'],
  ['Lauren', 'Edwards', 6, '2005-07-22'],
  ['Ryan', 'Fernandes', 6, '2003-07-18'],
];

function makeCurrent([forename, surname, gender, year, extra = {}]) {
  const rYear = RECEPTION_YEAR[year];
  return {
    ...extra,
    forename,
    surname,
    gender,
    year,
    status: 'current',
    dob: extra.dob ?? cohortDob(rYear),
    upn: pupilUpn(rYear),
    adno: null,
    admitted: `${rYear}-09-0${int(2, 5)}`,
  };
}

/** The year group a pupil was in when they left, from the leaving date. */
function makeLeaver([forename, surname, year, left, extra = {}]) {
  const leftYear = +left.slice(0, 4);
  const academicStart = +left.slice(5, 7) >= 9 ? leftYear : leftYear - 1;
  const rYear = academicStart - year;
  return {
    ...extra,
    forename,
    surname,
    year,
    status: 'former',
    dob: extra.dob ?? cohortDob(rYear),
    upn: pupilUpn(rYear),
    left,
  };
}

const current = CURRENT.map(makeCurrent);
const former = LEAVERS.map(makeLeaver);
// Admission numbers run in order of admission and keep their leading zeros, as SIMS shows them.
[...current]
  .sort((a, b) => a.admitted.localeCompare(b.admitted) || a.upn.localeCompare(b.upn))
  .forEach((p, i) => {
    p.adno = String(1790 + i * 3 + int(0, 2)).padStart(6, '0');
  });
const pupilByKey = new Map([...current, ...former].filter((p) => p.key).map((p) => [p.key, p]));
const pupil = (key) => {
  const found = pupilByKey.get(key);
  if (!found) throw new Error(`no pupil ${key}`);
  return found;
};

// ---------------------------------------------------------------------------------------------
// Staff: everyone the policy covers

const STAFF = [
  ['ST01', 'Helen Ashworth', 'Headteacher', 'head@westacre.example'],
  ['ST02', 'Daniel Reid', 'Deputy Headteacher (Year 6 teacher)', 'd.reid@westacre.example'],
  ['ST03', 'Rebecca Lewis', 'Teacher (Year 4)', 'r.lewis@westacre.example'],
  ['ST04', 'Tomasz Zieliński', 'Teacher (Year 2)', 't.zielinski@westacre.example'],
  ['ST05', 'Amina Farouk', 'Teacher (Reception)', 'a.farouk@westacre.example'],
  ['ST06', 'Gemma Pritchard', 'Teaching Assistant', 'g.pritchard@westacre.example'],
  ['ST07', 'Sarah Okafor', 'Teaching Assistant', 's.okafor@westacre.example'],
  ['ST08', 'Lee Harrington', 'Teaching Assistant', 'l.harrington@westacre.example'],
  ['ST09', 'Margaret Dunmore', 'Governor (Chair of Governors)', 'chair.governors@westacre.example'],
  ['ST10', 'Colin Fairweather', 'Volunteer (reading)', 'c.fairweather@westacre.example'],
  ['ST11', 'Craig Bamford', 'Sports Coach (contractor)', 'c.bamford@westacre.example'],
  ['ST12', 'Priya Sharma', 'PTA Chair', 'pta@westacre.example'],
  // Started in November and has not handed anything in yet: the report must say so.
  ['ST13', 'Janet Whitcombe', 'Midday Supervisor', 'j.whitcombe@westacre.example'],
].map(([id, name, role, email]) => ({ id, name, role, email }));
const staffById = new Map(STAFF.map((s) => [s.id, s]));

// ---------------------------------------------------------------------------------------------
// Exemptions: two declared family links and one naming a child not yet on roll

// A niece at another school's nursery class, declared before she starts here.
const UNKNOWN_PUPIL = upn(2025, '850', '2011');
const EXEMPTIONS = [
  [
    'ST07',
    pupil('chidi').upn,
    'parent',
    '2022-09-05',
    'H. Ashworth (Headteacher)',
    '2027-07-31',
    'Sarah is Chidi’s mother',
  ],
  [
    'ST12',
    pupil('arjun').upn,
    'parent',
    '2023-10-02',
    'H. Ashworth (Headteacher)',
    '2026-09-01',
    'Priya is Arjun’s mother; review when PTA role renewed',
  ],
  [
    'ST06',
    UNKNOWN_PUPIL,
    'aunt',
    '2026-10-12',
    'H. Ashworth (Headteacher)',
    '2027-10-12',
    'Niece, declared ahead of her Reception place',
  ],
];

// ---------------------------------------------------------------------------------------------
// Planted connections. `expect` is the outcome on 2026-11-24 with the full matcher (issue 4);
// `exact` is what an exact-name matcher (issue 3's first version) does with the row.

const FORMULA = '=HYPERLINK("https://example.invalid/prize","Ruby Green")';
const PLANTS = [
  // Current pupils under their exact name
  {
    id: 'exact-plain',
    staff: 'ST01',
    platform: 'facebook',
    display: 'Oliver Bennett',
    relationship: 'friend',
    on: '2026-06-14',
    pupil: 'oliver',
    kind: 'current pupil, exact legal name',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'exact-staff-surname',
    staff: 'ST03',
    platform: 'facebook',
    display: 'Harvey Lewis',
    relationship: 'friend',
    on: '2025-12-26',
    pupil: 'harvey',
    kind: 'current pupil, exact name, shares the staff member’s surname (undeclared family link?)',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'SHARES_STAFF_SURNAME', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'exact-comma',
    staff: 'ST10',
    platform: 'facebook',
    display: 'PATEL, Aanya',
    relationship: 'Friends',
    on: '2026-05-03',
    pupil: 'aanya',
    file: 'volunteer',
    kind: 'current pupil, "SURNAME, Forename" (list typed up by the office)',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'SURNAME_FIRST', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'exact-surname-first',
    staff: 'ST08',
    platform: 'tiktok',
    display: 'Begum Ayesha',
    username: 'user83920174',
    relationship: 'follower',
    on: '2026-02-20',
    pupil: 'ayesha',
    kind: 'current pupil, surname first without comma',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'SURNAME_FIRST', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'exact-no-accent',
    staff: 'ST06',
    platform: 'instagram',
    display: 'Zoe Clarke',
    username: 'zoe.clarke.x',
    relationship: 'follower',
    on: '2026-03-08',
    pupil: 'zoe',
    kind: 'current pupil Zoë written without the diaeresis',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'ACCENTS_FOLDED', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'exact-middle-name',
    staff: 'ST04',
    platform: 'facebook',
    display: 'Grace Elizabeth Morgan',
    relationship: 'friend',
    on: '2026-08-02',
    pupil: 'grace',
    kind: 'current pupil with her middle name',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'MIDDLE_NAME', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'exact-vietnamese-order',
    staff: 'ST05',
    platform: 'facebook',
    display: 'Nguyen Bao',
    relationship: 'friend',
    on: '2025-09-21',
    pupil: 'bao',
    kind: 'current pupil Nguyễn Bảo, family name first, no diacritics',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'SURNAME_FIRST', 'ACCENTS_FOLDED', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'preferred-name',
    staff: 'ST02',
    platform: 'instagram',
    display: 'Ben Mensah',
    username: 'ben.mensah',
    relationship: 'following',
    on: '2026-04-11',
    pupil: 'ben',
    kind: 'current pupil Kwabena under his preferred forename Ben',
    expect: 'flag',
    reasons: ['PREFERRED_NAME', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'shared-name',
    staff: 'ST11',
    platform: 'instagram',
    display: 'Mohammed Khan',
    username: 'mo.k_fc',
    relationship: 'follower',
    on: '2026-01-17',
    pupil: 'mohammed',
    also: 'mohammedFormer',
    file: 'coach',
    kind: 'name shared by a current pupil (Year 5) and a former pupil (12): one finding, both candidates',
    expect: 'review',
    reasons: ['NAME_EXACT', 'SHARED_NAME', 'CURRENT_PUPIL', 'FORMER_PUPIL_UNDER_18'],
    exact: 'review',
  },
  {
    id: 'formula',
    staff: 'ST12',
    platform: 'snapchat',
    display: FORMULA,
    username: 'ruby.green',
    relationship: 'friend',
    on: '2026-07-04',
    pupil: 'ruby',
    kind: 'current pupil by handle; the display name is a spreadsheet formula (CSV report must neutralise it)',
    expect: 'flag',
    reasons: ['HANDLE', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  // Former pupils
  {
    id: 'former-13',
    staff: 'ST08',
    platform: 'snapchat',
    display: 'Megan Davies',
    username: 'megz_d',
    relationship: 'friend',
    on: '2025-08-10',
    pupil: 'megan',
    kind: 'former pupil, left 2024, now 13',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'FORMER_PUPIL_UNDER_18'],
    exact: 'flag',
  },
  {
    id: 'former-17',
    staff: 'ST02',
    platform: 'facebook',
    display: 'Ethan Marsh',
    relationship: 'friend',
    on: '2024-01-15',
    pupil: 'ethan',
    kind: 'former pupil, 17 (turns 18 on 2026-11-25)',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'FORMER_PUPIL_UNDER_18'],
    exact: 'flag',
  },
  {
    id: 'former-18',
    staff: 'ST04',
    platform: 'facebook',
    display: 'Chloe Evans',
    relationship: 'friend',
    on: '2023-06-30',
    pupil: 'chloe',
    kind: 'former pupil, turned 18 on 2026-11-20',
    expect: 'none',
    reasons: [],
    exact: 'none',
  },
  {
    id: 'former-20',
    staff: 'ST09',
    platform: 'linkedin',
    display: 'Thomas Wright',
    username: 'thomas-wright-7b2a41',
    relationship: 'friend',
    on: '2025-03-12',
    pupil: 'thomas',
    kind: 'former pupil, now 20',
    expect: 'none',
    reasons: [],
    exact: 'none',
  },
  {
    id: 'former-no-dob',
    staff: 'ST11',
    platform: 'tiktok',
    display: 'Connor Walsh',
    username: 'connorwalsh_',
    relationship: 'following',
    on: '2022-11-05',
    pupil: 'connor',
    kind: 'former pupil (left 2009) whose DOB is missing',
    expect: 'review',
    reasons: ['NAME_EXACT', 'FORMER_PUPIL_DOB_UNKNOWN'],
    exact: 'review',
  },
  // Declared family links
  {
    id: 'exempt-facebook',
    staff: 'ST07',
    platform: 'facebook',
    display: 'Chidi Okafor',
    relationship: 'friend',
    on: '2022-05-30',
    pupil: 'chidi',
    kind: 'staff member’s own son (exemptions.csv line 2)',
    expect: 'exempted',
    reasons: ['PREFERRED_NAME'],
    exact: 'exempted',
  },
  {
    id: 'exempt-instagram',
    staff: 'ST07',
    platform: 'instagram',
    display: 'Chidi 🏀',
    username: 'chidi.okafor',
    relationship: 'following',
    on: '2024-09-01',
    pupil: 'chidi',
    kind: 'same son on a second platform (exemptions.csv line 2)',
    expect: 'exempted',
    reasons: ['PREFERRED_NAME', 'HANDLE'],
    exact: 'exempted',
  },
  {
    id: 'exempt-review-due',
    staff: 'ST12',
    platform: 'facebook',
    display: 'Arjun Sharma',
    relationship: 'friend',
    on: '2025-02-11',
    pupil: 'arjun',
    kind: 'PTA chair’s son (exemptions.csv line 3, review_on 2026-09-01 has passed)',
    expect: 'exempted',
    reasons: ['NAME_EXACT'],
    exact: 'exempted',
  },
  // Disguises the full matcher must see through
  {
    id: 'nickname',
    staff: 'ST02',
    platform: 'tiktok',
    display: 'Alfie Hughes',
    username: 'alfie.hughes',
    relationship: 'follower',
    on: '2026-09-14',
    pupil: 'alfred',
    kind: 'current pupil Alfred under a nickname',
    expect: 'flag',
    reasons: ['NICKNAME', 'CURRENT_PUPIL'],
    exact: 'none',
  },
  {
    id: 'emoji',
    staff: 'ST06',
    platform: 'instagram',
    display: '🌸 Isla Robinson 🌸',
    username: 'isla.robinson.xo',
    relationship: 'follower',
    on: '2026-05-27',
    pupil: 'isla',
    kind: 'current pupil, emoji around the name',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'DECORATED', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'fancy-letters',
    staff: 'ST08',
    platform: 'tiktok',
    display: '𝓔𝓿𝓲𝓮 𝓑𝓪𝓻𝓴𝓮𝓻',
    username: 'user5518203',
    relationship: 'follower',
    on: '2026-10-02',
    pupil: 'evie',
    kind: 'current pupil in mathematical script letters',
    expect: 'flag',
    reasons: ['DECORATED', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'cyrillic',
    staff: 'ST05',
    platform: 'facebook',
    display: '\u0410melia Ward',
    relationship: 'friend',
    on: '2026-07-19',
    pupil: 'amelia',
    kind: 'current pupil, Cyrillic А (U+0410) for the Latin A',
    expect: 'flag',
    reasons: ['CONFUSABLE', 'CURRENT_PUPIL'],
    exact: 'none',
  },
  {
    id: 'handle-year',
    staff: 'ST03',
    platform: 'snapchat',
    display: 'JS ⚽',
    username: 'jacksmith_2017',
    relationship: 'friend',
    on: '2026-08-23',
    pupil: 'jack',
    kind: 'current pupil Jack Smith (born 2017) by handle only',
    expect: 'flag',
    reasons: ['HANDLE', 'HANDLE_YEAR_MATCHES_DOB', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'typo',
    staff: 'ST04',
    platform: 'instagram',
    display: 'Oliva Harris',
    username: 'oliva.harris',
    relationship: 'follower',
    on: '2026-04-30',
    pupil: 'olivia',
    kind: 'current pupil Olivia with one letter missing',
    expect: 'review',
    reasons: ['TYPO', 'CURRENT_PUPIL'],
    exact: 'none',
    note: 'flag also acceptable',
  },
  {
    id: 'transliterated-l',
    staff: 'ST12',
    platform: 'facebook',
    display: 'Lucja Nowak',
    relationship: 'friend',
    on: '2025-11-08',
    pupil: 'lucja',
    kind: 'current pupil Łucja written with a plain L (NFKD does not fold Ł)',
    expect: 'flag',
    reasons: ['ACCENTS_FOLDED', 'CURRENT_PUPIL'],
    exact: 'none',
  },
  {
    id: 'transliterated-i',
    staff: 'ST11',
    platform: 'tiktok',
    display: 'Oguz Yilmaz',
    username: 'oguzyilmaz',
    relationship: 'follower',
    on: '2026-06-06',
    pupil: 'oguz',
    kind: 'current pupil Oğuz Yılmaz without ğ and dotless ı (NFKD does not fold ı)',
    expect: 'flag',
    reasons: ['ACCENTS_FOLDED', 'CURRENT_PUPIL'],
    exact: 'none',
  },
  {
    id: 'leetspeak',
    staff: 'ST03',
    platform: 'tiktok',
    display: 'L1ly Sh4w',
    username: 'user20931177',
    relationship: 'follower',
    on: '2026-09-29',
    pupil: 'lily',
    kind: 'current pupil in leetspeak',
    expect: 'flag',
    reasons: ['LEETSPEAK', 'CURRENT_PUPIL'],
    exact: 'none',
    note: 'review also acceptable',
  },
  // Traps: adults who are not the pupil they resemble
  {
    id: 'trap-parent',
    staff: 'ST12',
    platform: 'facebook',
    display: 'Mark Collins',
    relationship: 'friend',
    on: '2021-09-12',
    pupil: 'freya',
    kind: 'Freya Collins’s father: shares the surname only',
    expect: 'none',
    reasons: [],
    exact: 'none',
  },
  {
    id: 'trap-namesake-1985',
    staff: 'ST09',
    platform: 'instagram',
    display: 'Jack Smith',
    username: 'jacksmith1985',
    relationship: 'following',
    on: '2023-03-02',
    pupil: 'jack',
    kind: 'adult namesake of Jack Smith; handle carries birth year 1985',
    expect: 'none',
    reasons: [],
    exact: 'flag',
    note: 'exact matcher flags it wrongly',
  },
  {
    id: 'trap-before-birth',
    staff: 'ST01',
    platform: 'facebook',
    display: 'Poppy Turner',
    relationship: 'friend',
    on: '2014-07-19',
    pupil: 'poppy',
    kind: 'adult namesake of Poppy Turner (born 2020-04-18), connected in 2014',
    expect: 'none',
    reasons: [],
    exact: 'flag',
    note: 'exact matcher flags it wrongly',
  },
  // In staff's own platform downloads (connections/ST06/facebook-…/, connections/ST05.zip): names only
  // on Facebook, usernames only on Instagram.
  {
    id: 'download-mojibake',
    staff: 'ST06',
    platform: 'facebook',
    display: 'Jakub Wiśniewski',
    relationship: 'friend',
    on: '2025-02-08',
    pupil: 'jakub',
    file: 'facebookDownload',
    kind: 'current pupil in a Facebook download, which writes Wiśniewski as "Wi\\u00c5\\u009bniewski": found only once that is repaired',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
  {
    id: 'download-request-sent',
    staff: 'ST06',
    platform: 'facebook',
    display: 'Sophia Ahmed',
    relationship: 'request_sent',
    on: '2026-09-06',
    pupil: 'sophia',
    file: 'facebookDownload',
    kind: 'former pupil (left July 2026): friend request sent since, in a Facebook download',
    expect: 'flag',
    reasons: ['NAME_EXACT', 'FORMER_PUPIL_UNDER_18'],
    exact: 'flag',
  },
  {
    id: 'download-handle-year',
    staff: 'ST05',
    platform: 'instagram',
    display: '',
    username: `esme.thompson_${pupil('esme').dob.slice(0, 4)}`,
    relationship: 'follower',
    on: '2024-06-15',
    pupil: 'esme',
    file: 'instagramDownload',
    kind: `current pupil Esme Thompson (born ${pupil('esme').dob.slice(0, 4)}) by handle, in an Instagram download (usernames only)`,
    expect: 'flag',
    reasons: ['HANDLE', 'HANDLE_YEAR_MATCHES_DOB', 'CURRENT_PUPIL'],
    exact: 'flag',
  },
];

// ---------------------------------------------------------------------------------------------
// Invented adults and organisations. Pools are checked against the pupils below.

const ADULT_FORENAMES = [
  'Karen',
  'Gareth',
  'Deborah',
  'Nigel',
  'Claire',
  'Stuart',
  'Joanne',
  'Darren',
  'Lisa',
  'Craig',
  'Nicola',
  'Wayne',
  'Tracey',
  'Kerry',
  'Dean',
  'Hayley',
  'Gemma',
  'Jason',
  'Michelle',
  'Paul',
  'Andrew',
  'Richard',
  'Julie',
  'Sharon',
  'Steven',
  'Rachel',
  'Helen',
  'Amanda',
  'Sandra',
  'Alison',
  'Carl',
  'Neil',
  'Simon',
  'Martin',
  'Kevin',
  'Dawn',
  'Mandy',
  'Kirsty',
  'Leanne',
  'Shaun',
  'Donna',
  'Lorraine',
  'Graham',
  'Trevor',
  'Beverley',
  'Jacqueline',
  'Samantha',
  'Victoria',
  'Natalie',
  'Stacey',
  'Gavin',
  'Duncan',
  'Fiona',
  'Agnieszka',
  'Marta',
  'Piotr',
  'Ifeoma',
  'Tunde',
  'Chinwe',
  'Kwame',
  'Rajesh',
  'Sunita',
  'Farzana',
  'Imran',
  'Nasreen',
  'Shabana',
  'Tariq',
  'Deepa',
  'Sanjay',
  'Mihai',
  'Ioana',
  'Thanh',
  'Linh',
  'Eilidh',
  'Bronwen',
  'Dafydd',
  'Gwen',
  'Philippa',
  'Rupert',
  'Moira',
  'Desmond',
  'Yvonne',
];
const ADULT_SURNAMES = [
  'Pemberton',
  'Whitfield',
  'Rowley',
  'Cartwright',
  'Hollis',
  'Blackwood',
  'Thornton',
  'Fairclough',
  'Brindley',
  'Oakes',
  'Gregson',
  'Hardcastle',
  'Pickering',
  'Ashby',
  'Booth',
  'Chadwick',
  'Dobson',
  'Garside',
  'Holroyd',
  'Kershaw',
  'Lomax',
  'Mellor',
  'Nuttall',
  'Ogden',
  'Platt',
  'Ramsden',
  'Sutcliffe',
  'Tattersall',
  'Upton',
  'Varley',
  'Whittaker',
  'Yates',
  'Adebayo',
  'Nwosu',
  'Eze',
  'Boateng',
  'Kaminski',
  'Lewandowska',
  'Dimitrov',
  'Ferreira',
  'Castillo',
  'Papadopoulos',
  'Chaudhry',
  'Qureshi',
  'Siddiqui',
  'Bhatt',
  'Varga',
  'Horvath',
  'Tran',
  'Pham',
  'Rossi',
  'Moretti',
  'McAllister',
  'Gallagher',
  'Doherty',
  'Quinn',
  'Rees',
  'Llewellyn',
  'Jenkins',
  'Powell',
  'Bevan',
  'Griffiths',
  'Howells',
  'Baxter',
  'Kemp',
  'Knowles',
  'Lambert',
  'Mason',
  'Newton',
  'Osborne',
  'Parkinson',
  'Reynolds',
  'Saunders',
  'Tucker',
  'Vaughan',
  'Fox',
  'Frost',
  'Gibbs',
  'Hayes',
  'Hurst',
];
const ORGANISATIONS = [
  'Westacre Village Hall',
  'Westacre Infant PTA',
  'Westacre Parish Council',
  'Hollybank Garden Centre',
  'The Red Lion Westacre',
  'Little Oaks Pre-School',
  'Westacre Running Club',
  'Sew & So Crafts',
  'Brook Lane Allotments',
  'Westacre Community Library',
  'Kiln Farm Shop',
  'Westacre Scouts',
  'Oakfield Leisure Centre',
  'Primary Maths Ideas',
  'Phonics Fun Corner',
  'KS1 Reading Nook',
  'The Teaching Hub UK',
  'Westacre Community Choir',
  'Mill Street Bakery',
  'Riverside Vets',
];
const ADULT_EMOJI = ['💕', '🌿', '☕', '🏃‍♀️', '🎣', '⚓', '🌻', '🐾'];

/** Letters only, folded: what any matcher compares at the least. */
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/gi, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
function closeTo(a, b) {
  // Optimal string alignment distance ≤ 1.
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = (x, y) => a.slice(x) === b.slice(y);
  return (
    rest(i + 1, i + 1) ||
    rest(i + 1, i) ||
    rest(i, i + 1) ||
    (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(i + 2, i + 2))
  );
}
const pupilTokens = new Set(
  [...current, ...former]
    .flatMap((p) => fold([p.forename, p.surname, p.preferred ?? '', p.middle ?? ''].join(' ')).split(' '))
    .filter((t) => t.length >= 3),
);
const nearPupil = (token) => [...pupilTokens].some((t) => closeTo(t, token));
/** An adult row may share nothing with a pupil's name: no word within one letter, no name inside a handle. */
function clashesWithPupil(display, username) {
  const words = fold(display)
    .split(' ')
    .filter((w) => w.length >= 3);
  if (words.some(nearPupil)) return true;
  const handle = fold(username ?? '').replace(/ /g, '');
  return [...pupilTokens].some((t) => t.length >= 4 && handle.includes(t));
}
const adultForenames = ADULT_FORENAMES.filter((n) => !nearPupil(fold(n)));
const adultSurnames = ADULT_SURNAMES.filter((n) => !nearPupil(fold(n)));

const handleYear = () => int(1962, 1996);
function adultAccount(platform) {
  if (platform !== 'linkedin' && platform !== 'snapchat' && chance(0.07)) {
    const org = pick(ORGANISATIONS);
    return {
      display: org,
      username: fold(org)
        .replace(/ /g, platform === 'x' ? '_' : '')
        .slice(0, 24),
      org: true,
    };
  }
  const first = pick(adultForenames);
  const last = pick(adultSurnames);
  const f = first.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '');
  const l = last.toLowerCase();
  const yy = String(handleYear());
  switch (platform) {
    case 'facebook': {
      const display = weighted([
        [76, `${first} ${last}`],
        [8, `${first} ${pick(adultSurnames)} ${last}`], // maiden name shown
        [5, `${first} ${last}-${pick(adultSurnames)}`],
        [4, `${first} "${first.slice(0, 3)}" ${last}`],
        [4, `${last}, ${first}`],
        [3, `${first} ${last} ${pick(ADULT_EMOJI)}`],
      ]);
      const username = pick(['', '', `${f}.${l}.${int(1, 99)}`, `${f}${l}${yy.slice(2)}`, `${f}.${l}`]);
      return { display, username };
    }
    case 'instagram':
      return {
        display: pick([`${first} ${last}`, `${first} ${pick(ADULT_EMOJI)}`, `${first} ${last[0]}.`, `Mrs ${last}`]),
        username: pick([
          `${f}.${l}`,
          `${f}_${l}${yy.slice(2)}`,
          `${f}${l[0]}_${yy}`,
          `the${l}family`,
          `${f}.${l}.${pick(['runs', 'bakes', 'art', 'reads'])}`,
        ]),
      };
    case 'tiktok':
      return {
        display: pick([first, `${first} ${last[0]}`, `${f}_${l}`, `${first} ${pick(ADULT_EMOJI)}`]),
        username: pick([`user${int(10000000, 99999999)}`, `${f}${l}${yy.slice(2)}`, `${f}.${l}`]),
      };
    case 'snapchat':
      return {
        display: pick([first, `${first} ${last}`, `${first} ${pick(ADULT_EMOJI)}`]),
        username: `${f}${l[0]}_${yy.slice(2)}`,
      };
    case 'x':
      return {
        display: pick([`${first} ${last}`, `${first} ${last} ${pick(ADULT_EMOJI)}`]),
        username: pick([`${first}${last}`, `${f}_${l}`, `${f}${l}${yy.slice(2)}`]),
      };
    case 'linkedin':
      return {
        display: weighted([
          [92, `${first} ${last}`],
          [8, `Dr ${first} ${last}`],
        ]),
        username: `${f}-${l}-${int(0x100000, 0xffffff).toString(16)}`,
      };
    default:
      throw new Error(platform);
  }
}

const RELATIONSHIPS = {
  facebook: ['friend', 'friend', 'friend', 'friend', 'friend', 'request_sent', 'request_received'],
  instagram: ['follower', 'following', 'following'],
  tiktok: ['follower', 'following'],
  snapchat: ['friend'],
  x: ['follower', 'following'],
  linkedin: ['friend'],
};
const SINCE = {
  facebook: '2009-03-01',
  instagram: '2013-05-01',
  tiktok: '2019-06-01',
  snapchat: '2016-01-01',
  x: '2011-01-01',
  linkedin: '2010-06-01',
};
const PROFILE_URL = {
  facebook: (u) => (u ? `https://www.facebook.com/${u}` : ''),
  instagram: (u) => `https://www.instagram.com/${u}/`,
  tiktok: (u) => `https://www.tiktok.com/@${u}`,
  snapchat: (u) => `https://www.snapchat.com/add/${u}`,
  x: (u) => `https://x.com/${u}`,
  linkedin: (u) => `https://www.linkedin.com/in/${u}`,
};

/** How many invented accounts each person's lists hold, per platform. */
const LISTS = {
  ST01: { facebook: 14, linkedin: 12, x: 6 },
  ST02: { facebook: 16, instagram: 14, tiktok: 8, x: 5 },
  ST03: { facebook: 14, instagram: 10, snapchat: 6, tiktok: 6 },
  ST04: { facebook: 12, instagram: 12, linkedin: 4 },
  ST05: { facebook: 15, instagram: 10, tiktok: 4 },
  ST06: { facebook: 12, instagram: 14, tiktok: 8 },
  ST07: { facebook: 15, instagram: 8 },
  ST08: { tiktok: 12, snapchat: 8, instagram: 8, facebook: 6 },
  ST09: { linkedin: 16, facebook: 6, instagram: 5, x: 4 },
  ST10: { facebook: 12 },
  ST11: { instagram: 18, tiktok: 6, snapchat: 5 },
  ST12: { facebook: 26, instagram: 8, snapchat: 4 },
};
/** Lists kept in their own files under connections/ rather than in connections.csv. */
const OWN_FILES = {
  'ST10|facebook': 'volunteer',
  'ST11|instagram': 'coach',
  'ST06|facebook': 'facebookDownload',
  'ST05|instagram': 'instagramDownload',
};
const fileOf = (staffId, platform) => OWN_FILES[`${staffId}|${platform}`] ?? 'main';

const lists = new Map(); // `${staff}|${platform}` -> rows
for (const [staffId, platforms] of Object.entries(LISTS)) {
  for (const [platform, count] of Object.entries(platforms)) {
    const rows = [];
    const seen = new Set();
    while (rows.length < count) {
      const account = adultAccount(platform);
      if (seen.has(account.display) || clashesWithPupil(account.display, account.username)) continue;
      seen.add(account.display);
      rows.push({
        staff: staffId,
        platform,
        display: account.display,
        username: account.username,
        relationship: pick(RELATIONSHIPS[platform]),
        on: chance(0.1) ? '' : dateBetween(SINCE[platform], '2026-11-20'),
      });
    }
    lists.set(`${staffId}|${platform}`, rows);
  }
}
for (const plant of PLANTS) {
  const rows = lists.get(`${plant.staff}|${plant.platform}`);
  if (!rows) throw new Error(`plant ${plant.id}: ${plant.staff} has no ${plant.platform} list`);
  if ((plant.file ?? 'main') !== fileOf(plant.staff, plant.platform)) throw new Error(`plant ${plant.id}: wrong file`);
  rows.splice(int(0, rows.length), 0, { ...plant, username: plant.username ?? '', plant });
}

// ---------------------------------------------------------------------------------------------
// Self-checks: the answers below must hold on the audit date.

for (const plant of PLANTS) {
  const p = pupil(plant.pupil);
  if (plant.on > AUDIT_DATE) throw new Error(`plant ${plant.id} is dated after the audit`);
  if (p.dob && plant.on < p.dob && plant.id !== 'trap-before-birth')
    throw new Error(`plant ${plant.id} predates ${p.forename}`);
}
const expectAge = { megan: 13, ethan: 17, chloe: 18, thomas: 20, mohammedFormer: 12, jack: 9, poppy: 6 };
for (const [key, age] of Object.entries(expectAge)) {
  if (ageOn(pupil(key).dob, AUDIT_DATE) !== age) throw new Error(`${key} should be ${age} on ${AUDIT_DATE}`);
}
for (const p of current) {
  const age = ageOn(p.dob, AUDIT_DATE);
  if (age < 4 || age > 11) throw new Error(`${p.forename} ${p.surname} is ${age}`);
}
if (former.some((p) => p.left >= AUDIT_DATE)) throw new Error('a leaver leaves after the audit date');

// ---------------------------------------------------------------------------------------------
// Writing

const csv = (rows, options = {}) => stringify(rows, { record_delimiter: 'unix', ...options });
const files = new Map(); // relative path -> text
const bySurname = (a, b) => a.surname.localeCompare(b.surname, 'en') || a.forename.localeCompare(b.forename, 'en');

files.set(
  'roll.csv',
  csv(
    [
      [
        'UPN',
        'Adno',
        'Legal Surname',
        'Legal Forename',
        'Preferred Forename',
        'Middle Name(s)',
        'DOB',
        'Gender',
        'Year',
        'Reg',
      ],
      ...[...current]
        .sort(bySurname)
        .map((p) => [
          p.upn,
          p.adno,
          p.surname,
          p.forename,
          p.preferred ?? p.forename,
          p.middle ?? '',
          uk(p.dob),
          p.gender,
          SIMS_YEAR(p.year),
          REG[p.year],
        ]),
    ],
    { bom: true, record_delimiter: 'windows' },
  ),
);
files.set(
  'leavers.csv',
  csv([
    ['UPN', 'First Name', 'Last Name', 'Date of Birth', 'Year Group', 'Date of Leaving'],
    ...[...former]
      .sort((a, b) => b.left.localeCompare(a.left) || bySurname(a, b))
      .map((p) => [p.upn, p.forename, p.surname, uk(p.dob), `Year ${p.year}`, uk(p.left)]),
  ]),
);
files.set(
  'staff.csv',
  csv([['staff_id', 'name', 'role', 'email'], ...STAFF.map((s) => [s.id, s.name, s.role, s.email])]),
);
files.set(
  'exemptions.csv',
  csv([['staff_id', 'pupil_id', 'relationship', 'recorded_on', 'recorded_by', 'review_on', 'note'], ...EXEMPTIONS]),
);

const CONNECTION_FILES = {
  main: {
    path: 'connections.csv',
    header: [
      'staff_id',
      'staff_name',
      'platform',
      'display_name',
      'username',
      'profile_url',
      'relationship',
      'connected_on',
    ],
  },
  // Typed up by the office from the volunteer's phone: staff name only, UK dates, MIS habits.
  volunteer: {
    path: 'connections/colin-fairweather.csv',
    header: ['Staff Name', 'Platform', 'Display Name', 'Username', 'Relationship', 'Connected On'],
  },
  coach: {
    path: 'connections/ST11-instagram.csv',
    header: ['Staff ID', 'Platform', 'Display Name', 'Username', 'Profile URL', 'Relationship', 'Connected On'],
  },
};
const rowFor = (file, r) => {
  const s = staffById.get(r.staff);
  const platformName = r.platform === 'x' ? 'X' : r.platform;
  const url = r.username ? PROFILE_URL[r.platform](r.username) : '';
  if (file === 'main') return [s.id, s.name, platformName, r.display, r.username, url, r.relationship, r.on];
  if (file === 'volunteer')
    return [
      s.name,
      'Facebook',
      r.display,
      r.username,
      r.relationship === 'friend' ? 'Friends' : r.relationship,
      uk(r.on),
    ];
  return [s.id, 'Instagram', r.display, r.username, url, r.relationship, r.on];
};
const located = []; // { plant, source }
for (const [file, spec] of Object.entries(CONNECTION_FILES)) {
  const rows = [spec.header];
  for (const [key, list] of lists) {
    const [staffId, platform] = key.split('|');
    if (fileOf(staffId, platform) !== file) continue;
    for (const r of list) {
      rows.push(rowFor(file, r));
      // One line per row: no cell holds a line break.
      if (r.plant) located.push({ plant: r.plant, source: `${spec.path}:${rows.length}` });
    }
  }
  files.set(spec.path, csv(rows));
}

// ---------------------------------------------------------------------------------------------
// Staff's own platform downloads, shaped as the platforms write them (see
// test/read/connections/fixtures/): newest first, Unix-second timestamps.

/** A time on the day, between 08:00 and 20:00 UTC, so the date is the same in UK time. */
const timestampOn = (iso) =>
  toDay(iso || dateBetween('2015-01-01', '2026-11-20')) * 86400 + int(8 * 3600, 20 * 3600 - 1);
/** Meta writes each UTF-8 byte of a string as its own \u00XX escape: "Zoë" as "Zo\u00c3\u00ab". */
const metaJson = (value) =>
  `${JSON.stringify(
    value,
    (_, v) => (typeof v === 'string' ? Buffer.from(v, 'utf8').toString('latin1') : v),
    2,
  ).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
/** Rows of one list as [entry, row], newest first. */
const newestFirst = (list, entry) =>
  list
    .map((r) => ({ r, timestamp: timestampOn(r.on) }))
    .sort((a, b) => b.timestamp - a.timestamp)
    .map(({ r, timestamp }) => [entry(r, timestamp), r]);
/** Writes one list file and notes where its planted rows landed (entry N is `file:N`, as the importer reports it). */
function writeList(display, relative, key, pairs, write) {
  pairs.forEach(([, r], i) => {
    if (r.plant) located.push({ plant: r.plant, source: `${display}:${i + 1}` });
  });
  const entries = pairs.map(([e]) => e);
  write(relative, key ? { [key]: entries } : entries);
}

// Gemma Pritchard's Facebook download, unpacked into connections/ST06/. Names only: Facebook
// gives no usernames, and its names carry no "Surname, Forename" (the office's habit).
const FACEBOOK_DIR = 'connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL';
{
  const rows = lists.get('ST06|facebook');
  const name = (r) => r.display.replace(/^([^,]+), (.+)$/, '$2 $1');
  const write = (relative, value) => files.set(`${FACEBOOK_DIR}/${relative}`, metaJson(value));
  const FILES = [
    ['friend', 'connections/friends/your_friends.json', 'friends_v2'],
    ['request_sent', 'connections/friends/sent_friend_requests.json', 'sent_requests_v2'],
    ['request_received', 'connections/friends/received_friend_requests.json', 'received_requests_v2'],
  ];
  for (const [relationship, relative, key] of FILES) {
    const pairs = newestFirst(
      rows.filter((r) => r.relationship === relationship),
      (r, timestamp) => ({ name: name(r), timestamp }),
    );
    writeList(`${FACEBOOK_DIR}/${relative}`, relative, key, pairs, write);
  }
  // Lists that are not connections, and the rest of a download, which the audit passes over.
  let removed;
  do removed = adultAccount('facebook');
  while (removed.org || clashesWithPupil(removed.display) || rows.some((r) => r.display === removed.display));
  write('connections/friends/removed_friends.json', {
    deleted_friends_v2: [{ name: name(removed), timestamp: timestampOn('2023-02-14') }],
  });
  write('personal_information/profile_information/profile_information.json', {
    profile_v2: {
      name: { full_name: 'Gemma Pritchard', first_name: 'Gemma', middle_name: '', last_name: 'Pritchard' },
      emails: { emails: ['g.pritchard@westacre.example'] },
    },
  });
}

// Amina Farouk's Instagram download, the ZIP as Instagram sends it, renamed ST05.zip. Usernames
// only; followers_1.json is a bare array with `value`, following.json the newer shape with the
// username in `title` and an `/_u/` link.
const INSTAGRAM_ZIP = 'connections/ST05.zip';
{
  const rows = lists.get('ST05|instagram');
  const entries = new Map();
  const write = (relative, value) => entries.set(relative, JSON.stringify(value, null, 2));
  const followers = newestFirst(
    rows.filter((r) => r.relationship === 'follower'),
    (r, timestamp) => ({
      title: '',
      media_list_data: [],
      string_list_data: [{ href: `https://www.instagram.com/${r.username}`, value: r.username, timestamp }],
    }),
  );
  const following = newestFirst(
    rows.filter((r) => r.relationship === 'following'),
    (r, timestamp) => ({
      title: r.username,
      string_list_data: [{ href: `https://www.instagram.com/_u/${r.username}`, timestamp }],
    }),
  );
  const folder = 'connections/followers_and_following';
  writeList(`${INSTAGRAM_ZIP}/${folder}/followers_1.json`, `${folder}/followers_1.json`, undefined, followers, write);
  writeList(
    `${INSTAGRAM_ZIP}/${folder}/following.json`,
    `${folder}/following.json`,
    'relationships_following',
    following,
    write,
  );
  files.set(INSTAGRAM_ZIP, await zipOf(entries));
}

/**
 * A ZIP whose bytes depend on nothing but its entries: fixed order, a fixed DOS time read in
 * local time (so the time zone does not matter), no extended timestamp, and entries stored, not
 * deflated, since zlib's output may differ between builds and processors.
 */
async function zipOf(entries) {
  const zip = new yazl.ZipFile();
  for (const [name, text] of entries) {
    zip.addBuffer(Buffer.from(text), name, {
      mtime: new Date(2026, 10, 10, 21, 14, 6),
      mode: 0o100644,
      compress: false,
      forceDosTimestamp: true,
    });
  }
  zip.end();
  const chunks = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------
// ANSWERS.md and answers.json

const pupilLine = (p) => {
  const list =
    p.status === 'current'
      ? [...current].sort(bySurname)
      : [...former].sort((a, b) => b.left.localeCompare(a.left) || bySurname(a, b));
  return `${p.status === 'current' ? 'roll.csv' : 'leavers.csv'}:${list.indexOf(p) + 2}`;
};
const describePupil = (p) => {
  const age = p.dob ? ageOn(p.dob, AUDIT_DATE) : 'age unknown';
  const where = p.status === 'current' ? `${p.year === 'R' ? 'Reception' : `Year ${p.year}`}` : `left ${p.left}`;
  return `${p.preferred && p.preferred !== p.forename ? `${p.forename} (${p.preferred})` : p.forename} ${p.surname}, ${p.status}, ${where}, ${age}`;
};
const answers = located
  .sort((a, b) => PLANTS.indexOf(a.plant) - PLANTS.indexOf(b.plant))
  .map(({ plant, source }) => {
    const p = pupil(plant.pupil);
    const candidates = [p, ...(plant.also ? [pupil(plant.also)] : [])];
    return {
      id: plant.id,
      source,
      staff: { id: plant.staff, name: staffById.get(plant.staff).name },
      platform: plant.platform,
      displayName: plant.display,
      username: plant.username ?? '',
      connectedOn: plant.on,
      kind: plant.kind,
      pupils: candidates.map((c) => ({
        id: c.upn,
        name: `${c.forename} ${c.surname}`,
        status: c.status,
        age: c.dob ? ageOn(c.dob, AUDIT_DATE) : null,
        row: pupilLine(c),
      })),
      expected: plant.expect,
      expectedReasons: plant.reasons,
      exactMatcher: plant.exact,
      ...(plant.note ? { note: plant.note } : {}),
    };
  });
const count = (level) => answers.filter((a) => a.expected === level).length;
const warnings = [
  {
    code: 'EXEMPTION_REVIEW_DUE',
    source: 'exemptions.csv:3',
    about: 'ST12 ↔ Arjun Sharma, review_on 2026-09-01 has passed',
  },
  {
    code: 'EXEMPTION_UNKNOWN_PUPIL',
    source: 'exemptions.csv:4',
    about: `pupil_id ${UNKNOWN_PUPIL} is on neither roll.csv nor leavers.csv`,
  },
];
const totals = {
  pupils: { current: current.length, former: former.length },
  staff: STAFF.length,
  connections: [...lists.values()].reduce((n, l) => n + l.length, 0),
  findings: { flag: count('flag'), review: count('review') },
  exempted: count('exempted'),
  planted: answers.length,
};
/** Connections read per member of staff and platform, as the report's summary lists them; {} is "nothing handed in". */
const coverage = Object.fromEntries(
  STAFF.map((s) => [
    s.id,
    Object.fromEntries(
      [...lists]
        .filter(([key]) => key.startsWith(`${s.id}|`))
        .map(([key, l]) => [key.split('|')[1], l.length])
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  ]),
);
const handedInNothing = STAFF.filter((s) => Object.keys(coverage[s.id]).length === 0);
files.set(
  'answers.json',
  `${JSON.stringify({ auditDate: AUDIT_DATE, totals, answers, warnings, coverage }, null, 2)}\n`,
);

const OUTCOME = { flag: '**flag**', review: '**review**', exempted: 'exempted', none: 'not reported' };
const md = [];
md.push(
  '# Westacre Infant: what the audit should find',
  '',
  'An invented primary school (every person, id, address and account here is made up), written by',
  '`npm run samples` (`scripts/make-samples.mjs`, fixed seed). Do not edit these files by hand: change the',
  'generator and rerun it. The same answers are in `answers.json` for tests.',
  '',
  `Judged with \`social-audit audit samples/westacre-infant --date ${AUDIT_DATE}\`; ages are calendar ages on that day.`,
  '',
  '## What is in the folder',
  '',
  `- \`roll.csv\`: ${current.length} current pupils, Reception to Year 6, SIMS-style export (UTF-8 with BOM, CRLF, \`Year  1\``,
  '  padded with two spaces, admission numbers with leading zeros, UPNs with valid check letters).',
  `- \`leavers.csv\`: ${former.length} former pupils, Arbor-style export, leaving dates 2003–2026, one with an empty DOB.`,
  `- \`staff.csv\`: ${STAFF.length} people (Headteacher, teachers, teaching assistants, governor, volunteer, sports coach, PTA chair,`,
  '  midday supervisor).',
  '- `exemptions.csv`: two declared family links and one naming a child who is not on either roll.',
  '- `connections.csv` plus `connections/colin-fairweather.csv` (staff name only, UK dates, typed up by the office),',
  `  \`connections/ST11-instagram.csv\`, and two staff's own platform downloads: ${totals.connections} connections in all,`,
  `  ${answers.length} of them planted.`,
  `- \`${FACEBOOK_DIR}/\`: ${staffById.get('ST06').name}'s Facebook download (JSON), unpacked:`,
  `  ${coverage.ST06.facebook} names in \`connections/friends/\` (friends, sent and received requests), newest first, with Unix-second`,
  "  timestamps and Facebook's mojibake for every non-ASCII character; its removed friend and profile file are not connections.",
  `- \`${INSTAGRAM_ZIP}\`: ${staffById.get('ST05').name}'s Instagram download (JSON) as the ZIP Instagram sends, renamed after`,
  `  her staff id: ${coverage.ST05.instagram} usernames (no names) in \`followers_1.json\` (bare array, username in \`value\`) and`,
  '  `following.json` (username in `title`, `/_u/` links). Stored rather than deflated, so that it is byte-for-byte reproducible.',
  `- ${handedInNothing.map((s) => `${s.name} (${s.id})`).join(', ')} handed in nothing: the report's summary says so.`,
  '',
  'Every connection not listed below is an invented adult or organisation whose name and handle come',
  'nowhere near any pupil: a matcher that reports any of them is wrong. Pupils not named below have no',
  'connections at all.',
  '',
  '## Expected outcome',
  '',
  `With the full matcher (issue 4): **${totals.findings.flag} flagged, ${totals.findings.review} for review, ${totals.exempted} exempted** and these`,
  'warnings:',
  '',
  ...warnings.map((w) => `- \`${w.code}\` (${w.source}): ${w.about}`),
  '',
  'With the first, exact-name matcher (issue 3) the disguises marked "missed" are not found, and the two',
  'traps marked "flag" in the last column are flagged wrongly.',
  '',
  '| # | where | staff | platform | shown as | pupil (row) | what it is | expected | exact matcher |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
);
answers.forEach((a, i) => {
  const shown = [a.displayName ? `\`${a.displayName.replace(/\|/g, '\\|')}\`` : '', a.username ? `@${a.username}` : '']
    .filter(Boolean)
    .join(' ');
  const pupils = a.pupils.map((c) => `${c.name} \`${c.id}\` (${c.row})`).join('; ');
  const exact =
    a.exactMatcher === a.expected ? 'same' : a.exactMatcher === 'none' ? 'missed' : `${a.exactMatcher} (wrong)`;
  md.push(
    `| ${i + 1} | ${a.source} | ${a.staff.name} (${a.staff.id}) | ${a.platform} | ${shown} | ${pupils} | ${a.kind} | ${OUTCOME[a.expected]}${a.note ? ` (${a.note})` : ''} | ${exact} |`,
  );
});
md.push(
  '',
  '## Pupils behind the planted rows',
  '',
  ...[...new Set(answers.flatMap((a) => a.pupils.map((c) => c.id)))].map((id) => {
    const p = [...current, ...former].find((x) => x.upn === id);
    return `- \`${id}\` ${describePupil(p)}, born ${p.dob || '(blank)'} (${pupilLine(p)})`;
  }),
  '',
  '## Notes',
  '',
  '- Reason codes in `answers.json` are the evidence a full matcher is expected to give; the level is what',
  '  matters most. The typo may fairly stop at review and the leetspeak may fairly reach flag.',
  '- Row 2 (Harvey Lewis) shares Rebecca Lewis’s surname and has no declared link: it is flagged, with a',
  '  reason suggesting the family link be declared, not exempted.',
  '- The Mohammed Khan row is one connection with two candidates in scope (current Year 5, and a former',
  '  pupil now 12): the full matcher reports it once, at review, naming both.',
  `- The formula row's display name is \`${FORMULA}\`: a CSV report must neutralise it.`,
  '- Chloe Evans turned 18 on 2026-11-20 and Ethan Marsh turns 18 on 2026-11-25: on the audit date one is',
  '  out of scope and the other in it.',
  '- In the platform downloads a source is `file:N`, the Nth entry of that list (the platforms write them',
  '  newest first), as the importer reports it. Facebook gives names only and Instagram usernames only, so',
  '  those plants are found by name and by handle respectively.',
  '',
);
files.set('ANSWERS.md', md.join('\n'));

rmSync(ROOT, { recursive: true, force: true });
for (const [relative, text] of files) {
  const full = path.join(ROOT, relative);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
}
console.log(
  `Wrote ${path.relative(process.cwd(), ROOT)}: ${current.length} pupils, ${former.length} leavers, ${STAFF.length} staff, ` +
    `${totals.connections} connections (${answers.length} planted).`,
);
