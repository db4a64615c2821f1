// One invented secondary school: families, their children (current pupils in Years 7-13 and those
// who left since July 2023), staff and the family links they declared. Dates are ISO here; the
// writer formats them as the chosen MIS would.

import { SHORT_FORMS } from './nameForms.mjs';
import { drawFirst, drawGroup, drawSurname, surnameFor } from './people.mjs';

export const AUDIT_DATE = '2026-11-30';
const CHECK = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** A UPN with its check letter (DfE: digits weighted by position 2-13, modulo 23). */
export function upn(la, estab, year, serial) {
  const digits = `${la}${estab}${String(year).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i + 2);
  return CHECK[sum % 23] + digits;
}

export const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** A birth date in cohort c: born 1 September c to 31 August c+1. */
export function dobIn(r, c) {
  const m = r.pick([9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]);
  return iso(m >= 9 ? c : c + 1, m, r.int(1, 28));
}

/** Calendar age on `date` (ISO strings). */
export function ageOn(dob, date) {
  const [y, m, d] = dob.split('-').map(Number);
  const [ty, tm, td] = date.split('-').map(Number);
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/** UPNs are unique: a serial per year of allocation. */
function nextSerial(serials, cohort) {
  const next = (serials.get(cohort) ?? 0) + 1;
  serials.set(cohort, next);
  return next;
}

/** A child's legal first name, the name they go by and a middle name (the school's and the trust's alike). */
export function childNames(r, family, sex) {
  // Parents do not give two children the same first name.
  let legalFirst = drawFirst(r, family.group, 'child', sex);
  for (let tries = 0; tries < 20 && family.children.some((c) => c.legalFirst === legalFirst); tries++) {
    legalFirst = drawFirst(r, family.group, 'child', sex);
  }
  const preferredForms = SHORT_FORMS[legalFirst]?.clear ?? [];
  const first = preferredForms.length && r.chance(0.12) ? r.pick(preferredForms) : legalFirst;
  const middle = r.chance(family.group === 'british' ? 0.5 : 0.3) ? drawFirst(r, family.group, 'child', sex) : '';
  return { legalFirst, first, middle };
}

function makeChild(r, family, cohort, serial, upnSerials) {
  const sex = r.chance(0.5) ? 'F' : 'M';
  const { legalFirst, first, middle } = childNames(r, family, sex);
  const dob = dobIn(r, cohort);
  const sixth = r.chance(0.45);
  const movedOn = r.chance(0.04) ? iso(r.int(cohort + 13, cohort + 17), r.pick([10, 12, 2, 4, 6]), r.int(1, 28)) : null;
  const leaving = movedOn ?? (sixth ? iso(cohort + 19, 7, 21) : iso(cohort + 17, 7, 21));
  const former = leaving <= AUDIT_DATE;
  const yearLeft = movedOn ? Math.min(13, Number(movedOn.slice(0, 4)) - cohort - 5) : sixth ? 13 : 11;
  return {
    id: '',
    adno: String(serial).padStart(6, '0'),
    upn: upn(r.pick(['850', '851']), '4021', (cohort + 4) % 100, nextSerial(upnSerials, cohort)),
    family,
    sex,
    legalFirst,
    first,
    middle: middle === legalFirst ? '' : middle,
    surname: surnameFor(family.group, family.surname, sex),
    dob,
    cohort,
    status: former ? 'former' : 'current',
    leaving: former ? leaving : '',
    yearGroup: former ? yearLeft : 2021 - cohort,
  };
}

/**
 * Families and their children, cohorts 2004-2014 (Year 13 now is cohort 2008, Year 7 cohort 2014).
 * `scale` shrinks the year groups for the tests' small school; the draws are the same at any scale.
 */
export function makePupils(r, scale = 1) {
  const families = [];
  const children = [];
  const perCohort = Math.max(1, Math.round(r.int(160, 180) * scale));
  let serial = 1000 + r.int(0, 500);
  const upnSerials = new Map();
  while (children.filter((c) => c.cohort >= 2010).length < perCohort * 5) {
    const group = drawGroup(r, 'child');
    const family = { id: `F${families.length + 1}`, group, surname: drawSurname(r, group), children: [] };
    families.push(family);
    let cohort = r.int(2004, 2014);
    const count = r.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ]);
    for (let k = 0; k < count && cohort <= 2014; k++) {
      const child = makeChild(r, family, cohort, serial++, upnSerials);
      family.children.push(child);
      children.push(child);
      cohort += r.int(1, 4);
    }
  }
  // On the roll: current pupils; on the leavers list: those who left from July 2023 on.
  const pupils = children.filter((c) => c.status === 'current' || c.leaving >= '2023-07-01');
  for (const p of pupils) p.id = p.upn;
  return { families, pupils };
}

const ROLES = [
  ['Teacher', 55],
  ['Teaching Assistant', 14],
  ['Office staff', 6],
  ['Site team', 3],
  ['Technician', 4],
  ['Governor', 9],
  ['Volunteer', 3],
  ['PTA', 3],
];

/** Staff: the leadership, then roles by weight; a few are parents of pupils (their links declared). */
export function makeStaff(r, families, scale = 1) {
  const count = Math.max(8, Math.round(r.int(85, 115) * scale));
  const staff = [];
  const lead = ['Headteacher', 'Deputy Headteacher', 'Designated Safeguarding Lead (Assistant Head)', 'Assistant Head'];
  for (let i = 0; i < count; i++) {
    const group = drawGroup(r, 'adult');
    const sex = r.chance(0.68) ? 'F' : 'M';
    const first = drawFirst(r, group, 'adult', sex);
    const surname = surnameFor(group, drawSurname(r, group), sex);
    staff.push({
      id: `S${String(i + 1).padStart(3, '0')}`,
      first,
      surname,
      group,
      sex,
      role: lead[i] ?? r.weighted(ROLES),
      // How readily they accept pupils' requests: most never, a few (young staff, coaches) often.
      pupilAffinity: r.weighted([
        [0, 5],
        [0.5, 3],
        [2, 1.5],
        [6, 0.5],
      ]),
      children: [],
    });
  }
  // Staff who are parents or aunts of current pupils: take on the family's surname.
  const withCurrent = r.shuffle(families.filter((f) => f.children.some((c) => c.status === 'current')));
  const links = [];
  for (const family of withCurrent.slice(0, r.int(5, 8))) {
    const member = r.pick(staff.slice(4));
    if (member.children.length) continue;
    member.surname = surnameFor(family.group, family.surname, member.sex);
    member.group = family.group;
    member.children = family.children.filter((c) => c.status === 'current');
    const relationship = r.chance(0.8) ? 'parent' : 'aunt';
    member.declared = r.chance(0.85);
    for (const child of member.children) links.push({ staff: member, pupil: child, relationship });
  }
  return { staff, links };
}
