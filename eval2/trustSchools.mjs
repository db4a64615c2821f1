// An invented multi-academy trust: secondaries (Years 7-13) and primaries (Reception-Year 6) in a
// few catchments, the families around them, their children on the schools' rolls and leavers lists,
// and each school's staff (some moved school within the trust; a few have children at its schools).

import { drawFirst, drawGroup, drawSurname, surnameFor } from './people.mjs';
import { AUDIT_DATE, childNames, dobIn, iso, upn } from './school.mjs';

const SECONDARY_NAMES = ['Oakfield Academy', 'Millbridge School', "St Aidan's CE Academy", 'Kestlow Park Academy'];
const PRIMARY_NAMES = [
  "St Mary's Catholic Primary",
  'Ashby Vale Primary',
  'Hadley Green Primary',
  'Brookside Infant and Junior',
  'Kestlow Church of England Primary',
  'Fernhill Primary Academy',
];
const CLASSES = ['Oak', 'Ash', 'Elm', 'Birch'];

/**
 * The schools: 3-4 secondaries (one catchment each) and 4-6 primaries spread over the catchments.
 * `scale` shrinks the year groups (and makeTrustStaff the staff) for the tests' small trust, with
 * the same draws at any scale, so that scale 1 is every seed's trust byte for byte.
 */
export function makeSchools(r, scale = 1) {
  const secondaries = r.int(3, 4);
  const primaries = r.int(5, 6);
  const schools = [];
  for (let i = 0; i < secondaries; i++) {
    schools.push({
      name: SECONDARY_NAMES[i],
      phase: 'secondary',
      catchment: i,
      perCohort: Math.max(1, Math.round(r.int(210, 270) * scale)),
    });
  }
  for (let i = 0; i < primaries; i++) {
    const forms = r.pick([1, 1.5, 2, 2]);
    const perCohort = Math.max(1, Math.round(30 * forms * scale));
    schools.push({ name: PRIMARY_NAMES[i], phase: 'primary', catchment: i % secondaries, perCohort });
  }
  schools.forEach((s, i) => {
    s.la = i % 2 ? '851' : '850';
    s.estab = String(2001 + 37 * i);
    s.code = s.name
      .replace(/[^A-Z]/g, '')
      .slice(0, 3)
      .padEnd(3, 'X');
  });
  return schools;
}

// Year R is cohort 2021, Year 6 cohort 2015, Year 7 cohort 2014, Year 13 cohort 2008.
const yearOf = (cohort) => 2021 - cohort;

/** Where a child of `cohort` is (or was) at school in the trust: secondary and primary, or null. */
function placeChild(r, family, cohort, schools) {
  const mySecondary = schools.find((s) => s.phase === 'secondary' && s.catchment === family.catchment);
  const secondary =
    family.secondaryChoice === 'own'
      ? mySecondary
      : family.secondaryChoice === 'other'
        ? r.pick(schools.filter((s) => s.phase === 'secondary' && s !== mySecondary))
        : null;
  return { secondary, primary: family.primary, primaryAge: cohort >= 2015 };
}

function child(r, family, cohort) {
  const sex = r.chance(0.5) ? 'F' : 'M';
  const { legalFirst, first, middle } = childNames(r, family, sex);
  return {
    id: '',
    family,
    sex,
    legalFirst,
    first,
    middle: middle === legalFirst ? '' : middle,
    surname: surnameFor(family.group, family.surname, sex),
    dob: dobIn(r, cohort),
    cohort,
  };
}

/** Enrols a child: current at a school, or a leaver of it since July 2023, or on no trust list. */
function enrol(r, c, schools, serials) {
  const { secondary, primary, primaryAge } = placeChild(r, c.family, c.cohort, schools);
  const movedAway = r.chance(0.04);
  const moveDate = (from, to) => iso(r.int(from, to), r.pick([10, 12, 2, 4, 6]), r.int(1, 28));
  let school = null;
  let leaving = '';
  let yearLeft = 0;
  if (primaryAge) {
    if (!primary) return null;
    school = primary;
    if (movedAway) leaving = moveDate(Math.max(2024, c.cohort + 6), 2026);
    yearLeft = Math.min(6, Math.max(0, Number(leaving.slice(0, 4)) - c.cohort - 5));
  } else if (secondary) {
    school = secondary;
    const sixth = r.chance(0.45);
    leaving = movedAway ? moveDate(c.cohort + 13, c.cohort + 17) : iso(c.cohort + (sixth ? 19 : 17), 7, 21);
    yearLeft = movedAway ? Math.min(13, Number(leaving.slice(0, 4)) - c.cohort - 5) : sixth ? 13 : 11;
  } else if (primary && c.cohort >= 2012) {
    // Left a trust primary after Year 6 (July 2023-2025) for a secondary outside the trust.
    school = primary;
    leaving = iso(c.cohort + 11, 7, 21);
    yearLeft = 6;
  } else return null;
  if (leaving && leaving < '2023-07-01') return null;
  const former = leaving !== '' && leaving <= AUDIT_DATE;
  Object.assign(c, {
    school,
    status: former ? 'former' : 'current',
    leaving: former ? leaving : '',
    yearGroup: former ? yearLeft : yearOf(c.cohort),
    // A secondary pupil who was at a trust primary (its staff may still know them).
    formerPrimary: !primaryAge && secondary && primary ? primary : null,
    adno: String(serials.adno++).padStart(6, '0'),
  });
  const key = `${school.la}${school.estab}${c.cohort}`;
  const serial = (serials.upn.get(key) ?? 0) + 1;
  serials.upn.set(key, serial);
  c.upn = upn(school.la, school.estab, (c.cohort + 4) % 100, serial);
  c.id = c.upn;
  c.reg =
    school.phase === 'primary'
      ? `${r.pick(CLASSES)} ${c.yearGroup === 0 ? 'R' : c.yearGroup}`
      : `${c.yearGroup}${r.pick('ABCDEFG')}`;
  return c;
}

/** Families per catchment until each secondary's Years 7-11 are full; their children enrolled. */
export function makeTrustPupils(r, schools) {
  const families = [];
  const pupils = [];
  const serials = { adno: 1000 + r.int(0, 500), upn: new Map() };
  for (const sec of schools.filter((s) => s.phase === 'secondary')) {
    const primaries = schools.filter((s) => s.phase === 'primary' && s.catchment === sec.catchment);
    // A trust primary takes a share of the catchment's children; the rest go to primaries outside it.
    const primaryShare = primaries.reduce((n, p) => n + p.perCohort, 0) / (sec.perCohort / 0.8);
    let inYears7to11 = 0;
    while (inYears7to11 < sec.perCohort * 5) {
      const group = drawGroup(r, 'child');
      const family = {
        id: `F${families.length + 1}`,
        group,
        surname: drawSurname(r, group),
        catchment: sec.catchment,
        children: [],
        secondaryChoice: r.weighted([
          ['own', 80],
          ['other', 10],
          ['outside', 10],
        ]),
        primary: r.chance(primaryShare) && primaries.length ? r.pick(primaries) : null,
      };
      families.push(family);
      let cohort = r.int(2004, 2021);
      const count = r.weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ]);
      for (let k = 0; k < count && cohort <= 2021; k++) {
        const c = child(r, family, cohort);
        family.children.push(c);
        const enrolled = enrol(r, c, schools, serials);
        if (enrolled) {
          pupils.push(enrolled);
          if (enrolled.school === sec && enrolled.status === 'current' && enrolled.yearGroup <= 11) inYears7to11++;
        }
        cohort += r.int(1, 4);
      }
    }
  }
  // Children on no trust list keep no id; families keep them (parents name them on their accounts).
  for (const f of families) for (const c of f.children) c.id ||= '';
  return { families, pupils };
}

const ROLES = {
  secondary: [
    ['Teacher', 55],
    ['Teaching Assistant', 14],
    ['Office staff', 6],
    ['Site team', 3],
    ['Technician', 4],
    ['Governor', 9],
    ['Volunteer', 3],
    ['PTA', 3],
  ],
  primary: [
    ['Teacher', 35],
    ['Teaching Assistant', 30],
    ['Office staff', 6],
    ['Site team', 3],
    ['Midday supervisor', 8],
    ['Governor', 10],
    ['Volunteer', 4],
    ['PTA', 4],
  ],
};
const LEAD = ['Headteacher', 'Deputy Headteacher', 'Designated Safeguarding Lead (Assistant Head)'];

/** Each school's staff; 6 % moved here from another trust school in the last four years. */
export function makeTrustStaff(r, schools, scale = 1) {
  const staff = [];
  for (const school of schools) {
    const count = Math.max(6, Math.round((school.phase === 'secondary' ? r.int(130, 155) : r.int(45, 60)) * scale));
    for (let i = 0; i < count; i++) {
      const group = drawGroup(r, 'adult');
      const sex = r.chance(school.phase === 'primary' ? 0.85 : 0.68) ? 'F' : 'M';
      const first = drawFirst(r, group, 'adult', sex);
      staff.push({
        id: `${school.code}${String(i + 1).padStart(3, '0')}`,
        first,
        surname: surnameFor(group, drawSurname(r, group), sex),
        group,
        sex,
        school,
        role: LEAD[i] ?? r.weighted(ROLES[school.phase]),
        pupilAffinity: r.weighted([
          [0, 5],
          [0.5, 3],
          [2, 1.5],
          [6, 0.5],
        ]),
        movedFrom: i >= 3 && r.chance(0.06) ? r.pick(schools.filter((s) => s !== school)) : null,
        coach: r.chance(0.05),
        children: [],
      });
    }
  }
  return staff;
}

/**
 * Staff who are parents or aunts of pupils: 6 % of staff, their children at their own school or
 * (as often) another of the trust's; 85 % declared. Takes on the family's surname.
 */
export function makeTrustLinks(r, staff, families) {
  const links = [];
  const withPupils = r.shuffle(families.filter((f) => f.children.some((c) => c.id && c.status === 'current')));
  let next = 0;
  for (const member of staff) {
    if (member.role === 'Headteacher' || !r.chance(0.06)) continue;
    const sameSchool = r.chance(0.5);
    let family;
    for (let tries = 0; tries < 400 && !family; tries++) {
      const f = withPupils[next++ % withPupils.length];
      const atMine = f.children.some((c) => c.school === member.school && c.status === 'current');
      if (atMine === sameSchool && !f.taken) family = f;
    }
    if (!family) continue;
    family.taken = true;
    member.surname = surnameFor(family.group, family.surname, member.sex);
    member.group = family.group;
    member.children = family.children.filter((c) => c.id && c.status === 'current');
    const relationship = r.chance(0.8) ? 'parent' : 'aunt';
    member.declared = r.chance(0.85);
    for (const c of member.children) links.push({ staff: member, pupil: c, relationship });
  }
  return links;
}
