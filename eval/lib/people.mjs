// Invented pupils, staff and adults drawn from the pools, with UK school years and UPNs.
import { addYears, dayBetween, handlePart } from './text.mjs';

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** A UPN with a valid check letter (DfE algorithm: weights 2..13 on the 12 digits, mod 23). */
export function upn(digits12) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits12[i]) * (i + 2);
  return UPN_LETTERS[sum % 23] + digits12;
}

const POLISH_FEMININE = [
  [/ski$/, 'ska'],
  [/cki$/, 'cka'],
  [/dzki$/, 'dzka'],
];
const POLISH_MASCULINE = [
  [/ska$/, 'ski'],
  [/cka$/, 'cki'],
  [/dzka$/, 'dzki'],
];
const IRISH_FEMININE = [
  [/^Ó /, 'Ní '],
  [/^Mac /, 'Nic '],
];
const PREFERRED_EAST_ASIAN = {
  M: ['Jason', 'Kevin', 'Eric', 'Daniel', 'Jack'],
  F: ['Lily', 'Grace', 'Amy', 'Jenny', 'Cindy'],
};

export function makeNamer(pools) {
  const forename = (origin, sex, gen, rng) => {
    const table = pools.by[origin][gen][sex];
    return (table.items.length ? table : pools.by.english[gen][sex]).pick(rng).name;
  };
  const surname = (origin, rng) => pools.by[origin].surnames.pick(rng).name;

  /** A person of generation GEN ('child' | 'adult'). */
  function person(gen, rng) {
    const origin = pools.origins[gen].pick(rng).origin;
    const sex = rng.chance(0.5) ? 'F' : 'M';
    const foreOrigin = rng.chance(0.08) ? pools.origins[gen].pick(rng).origin : origin;
    const first = forename(foreOrigin, sex, gen, rng);
    let last = surname(origin, rng);
    let middle = '';
    if (origin === 'sikh') middle = sex === 'F' ? 'Kaur' : 'Singh';
    else if (origin === 'somali') middle = forename('somali', 'M', 'adult', rng);
    else if (rng.chance(0.45)) middle = forename(foreOrigin, sex, gen, rng);
    if (middle === first) middle = '';
    if (origin === 'polish')
      for (const [re, to] of sex === 'F' ? POLISH_FEMININE : POLISH_MASCULINE) last = last.replace(re, to);
    if (sex === 'F' && origin === 'irish') for (const [re, to] of IRISH_FEMININE) last = last.replace(re, to);
    if (rng.chance(0.035)) {
      const other = surname(rng.chance(0.7) ? 'english' : pools.origins[gen].pick(rng).origin, rng);
      if (!other.includes(' ') && !last.includes(' ') && other !== last) last = `${last}-${other}`;
    }
    let preferred = '';
    if (gen === 'child') {
      const nick = pools.nicknames.get(first);
      if (nick && rng.chance(0.12)) preferred = rng.pick(nick);
      else if ((origin === 'chinese' || origin === 'vietnamese') && rng.chance(0.35))
        preferred = rng.pick(PREFERRED_EAST_ASIAN[sex]);
    }
    return { origin, sex, forename: first, middle, surname: last, preferred };
  }
  return { person, forename, surname };
}

/** The academic year (0 = Reception) a child born on DOB is in, in the school year holding DAY. */
export function yearGroupOf(dob, day) {
  const startYear = day.getUTCMonth() >= 8 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  const cohort = dob.getUTCMonth() >= 8 ? dob.getUTCFullYear() : dob.getUTCFullYear() - 1;
  return startYear - 5 - cohort;
}

/** A date of birth for a child in year N (0 = Reception) of the school year holding DAY. */
export function dobForYear(n, day, rng) {
  const startYear = day.getUTCMonth() >= 8 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return dayBetween(rng, new Date(Date.UTC(startYear - 5 - n, 8, 1)), new Date(Date.UTC(startYear - 4 - n, 7, 31)));
}

/** The pupils of one school: current (with year, form, UPN) and former (with leaving dates). */
export function makeSchoolPupils(school, namer, rng, auditDate) {
  const years = school.phase === 'primary' ? [0, 1, 2, 3, 4, 5, 6] : [7, 8, 9, 10, 11, 12, 13];
  const share = years.map((y) => (y >= 12 ? 0.6 : 1));
  const totalShare = share.reduce((a, b) => a + b, 0);
  const forms = school.phase === 'primary' ? ['Oak', 'Ash', 'Elm', 'Birch'] : ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
  const current = [];
  // UPN: LA, establishment, year of allocation, then a serial unique within that year.
  let serial = 0;
  const serialByYear = new Map();
  const nextUpn = (dob) => {
    const yy = String(addYears(dob, 5).getUTCFullYear()).slice(2);
    const n = serialByYear.get(yy) ?? 0;
    serialByYear.set(yy, n + 1);
    serial++;
    return upn(`${school.la}${school.estab}${yy}${String(n).padStart(3, '0')}`);
  };
  years.forEach((year, yi) => {
    const n = Math.round((school.pupils * share[yi]) / totalShare);
    for (let i = 0; i < n; i++) {
      const p = namer.person('child', rng);
      p.dob = dobForYear(year, auditDate, rng);
      p.yearNumber = year;
      p.form = `${year === 0 ? 'R' : year}${rng.pick(forms)}`;
      p.status = 'current';
      p.school = school.name;
      p.id = nextUpn(p.dob);
      p.adno = String(1000 + serial).padStart(6, '0');
      current.push(p);
    }
  });
  // Very common names, as real schools have them.
  const common = [
    ['Jessica', 'Taylor', 'F'],
    ['Oliver', 'Smith', 'M'],
    ['Muhammad', 'Khan', 'M'],
  ];
  for (const [f, s, sex] of common) {
    const p = rng.pick(current.filter((c) => c.yearNumber >= 5 && c.sex === sex));
    Object.assign(p, {
      forename: f,
      surname: s,
      preferred: '',
      middle: '',
      origin: s === 'Khan' ? 'pakistani' : 'english',
    });
  }
  const former = [];
  const nFormer = Math.round(school.pupils * 0.22);
  const startYear = auditDate.getUTCMonth() >= 8 ? auditDate.getUTCFullYear() : auditDate.getUTCFullYear() - 1;
  for (let i = 0; i < nFormer; i++) {
    const p = namer.person('child', rng);
    const r = rng.next();
    const top = years.at(-1);
    let left;
    if (r < 0.35) {
      // left at the end of last year from the top year, or from year 11 in a secondary
      const fromYear = school.phase === 'primary' ? 6 : rng.chance(0.6) ? 11 : 13;
      p.dob = dobForYear(fromYear + 1, auditDate, rng);
      left = new Date(Date.UTC(startYear, 6, rng.int(18, 23)));
    } else if (r < 0.6) {
      // moved away mid-way in the last two years
      p.dob = dobForYear(rng.int(years[0], top), auditDate, rng);
      left = dayBetween(rng, new Date(Date.UTC(startYear - 2, 8, 1)), new Date(auditDate.getTime() - 864e5));
    } else {
      // left years ago: adults now, or nearly
      const yearsAgo = rng.int(2, 14);
      p.dob = dobForYear(top + yearsAgo, auditDate, rng);
      left = new Date(Date.UTC(startYear - yearsAgo + 1, 6, rng.int(15, 23)));
    }
    if (p.dob > left) p.dob = addYears(left, -12);
    p.leavingDate = left;
    p.yearNumber = Math.min(top, yearGroupOf(p.dob, left));
    p.form = '';
    p.status = 'former';
    p.school = school.name;
    p.id = nextUpn(p.dob);
    p.adno = String(1000 + serial).padStart(6, '0');
    former.push(p);
  }
  return { current, former };
}

const ROLES = [
  ['Teacher', 40],
  ['Teaching Assistant', 18],
  ['Learning Support Assistant', 5],
  ['Governor', 5],
  ['Volunteer', 4],
  ['Administrator', 4],
  ['Midday Supervisor', 4],
  ['Cleaner', 3],
  ['Sports Coach', 2],
  ['PTA', 2],
  ['Site Manager', 1],
  ['Cover Supervisor', 3],
  ['Technician', 2],
  ['Librarian', 1],
  ['Exams Officer', 1],
  ['Contractor', 1],
];

export function makeStaff(school, n, namer, rng, idPrefix) {
  const staff = [];
  const roleTotal = ROLES.reduce((a, [, w]) => a + w, 0);
  for (let i = 0; i < n; i++) {
    const p = namer.person('adult', rng);
    let x = rng.next() * roleTotal;
    let role = ROLES[0][0];
    for (const [r, w] of ROLES) {
      x -= w;
      if (x < 0) {
        role = r;
        break;
      }
    }
    if (i === 0) role = 'Headteacher';
    if (i === 1) role = 'Deputy Headteacher';
    staff.push({
      ...p,
      id: `${idPrefix}${String(i + 1).padStart(4, '0')}`,
      role,
      school: school.name,
      name: `${p.forename} ${p.surname}`,
    });
  }
  return staff;
}

export function pupilKey(p) {
  return `${handlePart(p.forename)} ${handlePart(p.surname)}`;
}
