// One invented school: its current roll, leavers, staff and the families behind them.
import { AUDIT_DATE, ageOn, birthWindow, dateBetween, iso } from './dates.mjs';
import { COMMUNITIES, genderedSurname } from './pools.mjs';

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** A UPN with its DfE check letter: weights 2…13 over the twelve digits, modulo 23. */
function upn(la, estab, serial) {
  const digits = `${la}${estab}${String(serial).padStart(5, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i + 2);
  return UPN_LETTERS[sum % 23] + digits;
}

/** Shares of each community among a school's families, drawn afresh for each school. */
function communityMix(random) {
  const mix = {
    wb: 55 + random.int(0, 30),
    sa_pk: random.int(2, 20),
    sa_in: random.int(1, 8),
    bl_af: random.int(2, 8),
    bl_cb: random.int(1, 4),
    ee: random.int(2, 8),
    ea: random.int(1, 3),
  };
  return mix;
}

function band(age) {
  if (age < 30) return 'y';
  if (age < 50) return 'm';
  return 'o';
}

function otherCommunity(random, mix, own) {
  const c = random.choose(mix);
  return c === own ? random.pick(COMMUNITIES) : c;
}

export class SchoolBuilder {
  constructor(random, pools, ids, spec) {
    this.random = random;
    this.pools = pools;
    this.ids = ids; // shared across a trust: { upnSerial, adno, staff }
    this.spec = spec;
    this.mix = communityMix(random);
    this.town = random.pick(pools.towns);
    this.families = [];
    this.pupils = [];
  }

  newFamily(community) {
    const r = this.random;
    const surname = this.pools.surname(r, community);
    const family = { community, surname, parents: [], adultSiblings: [], children: [] };
    const twoParents = r.chance(0.72);
    const parentAgeBase = r.int(34, 52);
    const addParent = (sex, sharesSurname) => {
      const age = parentAgeBase + r.int(-3, 4);
      const c = r.chance(0.1) ? otherCommunity(r, this.mix, community) : community;
      family.parents.push({
        sex,
        age,
        forename: this.pools.adultForename(r, c, sex, band(age)),
        surname: sharesSurname ? genderedSurname(surname, sex) : this.pools.surname(r, c),
      });
    };
    if (twoParents) {
      addParent('m', r.chance(0.85));
      addParent('f', r.chance(0.7));
    } else {
      addParent(r.chance(0.88) ? 'f' : 'm', r.chance(0.55));
    }
    // Brothers and sisters of 18-28: a quarter of pupils have one.
    if (r.chance(0.25)) {
      const n = r.chance(0.3) ? 2 : 1;
      for (let i = 0; i < n; i++) {
        const sex = r.chance(0.5) ? 'f' : 'm';
        family.adultSiblings.push({
          sex,
          age: r.int(18, 28),
          forename: this.pools.adultForename(r, community, sex, 'y'),
          surname: r.chance(0.85) ? genderedSurname(surname, sex) : this.pools.surname(r, community),
        });
      }
    }
    this.families.push(family);
    return family;
  }

  /** A child of the school, born within the window, in a new family or a sibling's. */
  newPupil(dobFrom, dobTo) {
    const r = this.random;
    let family;
    if (this.families.length > 20 && r.chance(0.18)) family = r.pick(this.families);
    else family = this.newFamily(r.choose(this.mix));
    const sex = r.chance(0.5) ? 'f' : 'm';
    const nameCommunity = r.chance(0.08) ? otherCommunity(r, this.mix, family.community) : family.community;
    let forename = this.pools.childForename(r, nameCommunity, sex);
    // A son named after his father: about one boy in seventy.
    const father = family.parents.find((p) => p.sex === 'm');
    if (sex === 'm' && father && r.chance(0.015)) forename = father.forename;
    const middle = r.chance(0.6) ? this.pools.childForename(r, family.community, sex) : '';
    let surname = genderedSurname(family.surname, sex);
    if (r.chance(0.03)) surname = `${surname}-${this.pools.surname(r, family.community)}`;
    let preferred = forename;
    const shorts = this.pools.shortForms.get(forename);
    const translit = this.pools.transliterations.get(forename);
    if (translit && r.chance(0.3)) preferred = translit[0];
    else if (shorts && r.chance(0.07)) preferred = shorts[0];
    this.ids.upnSerial += r.int(1, 7);
    this.ids.adno += 1;
    const pupil = {
      id: upn(this.spec.la, this.spec.estab, this.ids.upnSerial),
      adno: String(this.ids.adno).padStart(6, '0'),
      forename,
      preferred,
      middle: middle === forename ? '' : middle,
      surname,
      sex,
      community: family.community,
      dob: dateBetween(r, dobFrom, dobTo),
      school: this.spec.name,
      family,
    };
    family.children.push(pupil);
    this.pupils.push(pupil);
    return pupil;
  }

  /** Current pupils of each year group, and each year's leavers back to `leaversSince`. */
  buildRoll() {
    const { years, cohort, sixthForm, leaversSince } = this.spec;
    const r = this.random;
    const current = [];
    const leavers = [];
    for (const year of years) {
      const w = birthWindow(year);
      const n = year >= 12 ? sixthForm + r.int(-8, 8) : cohort + r.int(-10, 10);
      for (let i = 0; i < n; i++) {
        const p = this.newPupil(w.from, w.to);
        Object.assign(p, { status: 'current', year, reg: `${year}${r.pick(this.spec.forms)}` });
        current.push(p);
      }
    }
    const top = years[years.length - 1];
    for (let leftIn = leaversSince; leftIn <= 2026; leftIn++) {
      const leaveDate = iso(leftIn, 7, r.int(18, 23));
      // The last year group leaves whole; in a secondary, Year 11 pupils who do not stay on leave too.
      const exits = [{ year: top, share: 1 }];
      if (top === 13) exits.push({ year: 11, share: 0.45 });
      for (const exit of exits) {
        const w = birthWindow(exit.year, leftIn - 1);
        const n = Math.round((exit.year >= 12 ? sixthForm : cohort) * exit.share) + r.int(-5, 5);
        for (let i = 0; i < n; i++) leavers.push(this.leaver(w, exit.year, leaveDate));
      }
      // Pupils who moved away during the year.
      const movers = Math.round(cohort * 0.12);
      for (let i = 0; i < movers; i++) {
        const year = r.pick(years.filter((y) => y < 11));
        const from = iso(leftIn - 1, 9, 5);
        const to = leftIn === 2026 ? '2026-11-27' : iso(leftIn, 7, 15);
        leavers.push(this.leaver(birthWindow(year, leftIn - 1), year, dateBetween(r, from, to)));
      }
    }
    this.current = current;
    this.leavers = leavers.filter((p) => p.leavingDate <= AUDIT_DATE);
    return this;
  }

  leaver(window, year, leavingDate) {
    const p = this.newPupil(window.from, window.to);
    Object.assign(p, { status: 'former', year, reg: `${year}${this.random.pick(this.spec.forms)}`, leavingDate });
    return p;
  }

  /** Staff, governors and volunteers; some of them parents or aunts of pupils here. */
  buildStaff(staffPrefix) {
    const r = this.random;
    const roles = this.spec.roles;
    const staff = [];
    for (const [role, count] of Object.entries(roles)) {
      for (let i = 0; i < count; i++) {
        const age = this.staffAge(role);
        const community = r.chance(0.75) ? 'wb' : r.choose(this.mix);
        const sex = r.chance(role === 'Teaching Assistant' || role === 'Midday Supervisor' ? 0.9 : 0.65) ? 'f' : 'm';
        this.ids.staff += 1;
        const forename = this.pools.adultForename(r, community, sex, band(age));
        let surname = genderedSurname(this.pools.surname(r, community), sex);
        // Two colleagues of one name make a list by name ambiguous, which the tool refuses: redraw.
        while (this.ids.names.has(`${forename} ${surname}`))
          surname = genderedSurname(this.pools.surname(r, 'wb'), sex);
        this.ids.names.add(`${forename} ${surname}`);
        staff.push({
          id: `${staffPrefix}${String(this.ids.staff).padStart(3, '0')}`,
          role,
          age,
          sex,
          community,
          forename,
          surname,
          school: this.spec.name,
        });
      }
    }
    this.staff = staff;
    this.linkStaffFamilies();
    return this;
  }

  staffAge(role) {
    const r = this.random;
    const around = { Governor: [55, 10], Volunteer: [45, 14], 'Sports Coach': [29, 6], Teacher: [38, 9] }[role] ?? [
      42, 10,
    ];
    return Math.max(20, Math.min(72, Math.round(around[0] + around[1] * r.normal())));
  }

  /** Some staff of 32-58 are parents of pupils here (their child carries their surname mostly). */
  linkStaffFamilies() {
    const r = this.random;
    this.staffChildren = [];
    for (const member of this.staff) {
      if (member.age < 32 || member.age > 58 || !r.chance(this.spec.staffParentRate)) continue;
      const candidates = this.current.filter((p) => !p.staffParent && ageOn(p.dob) <= member.age - 20);
      if (candidates.length === 0) continue;
      const child = r.pick(candidates);
      if (r.chance(member.sex === 'm' ? 0.95 : 0.75)) child.surname = genderedSurname(member.surname, child.sex);
      child.community = member.community;
      child.staffParent = member;
      this.staffChildren.push({ staff: member, pupil: child, relationship: member.sex === 'f' ? 'mother' : 'father' });
    }
    // Aunts and uncles who declare a niece or nephew.
    for (const member of this.staff) {
      if (!r.chance(0.03)) continue;
      const child = r.pick(this.current);
      if (child.staffParent) continue;
      if (r.chance(0.5)) child.surname = genderedSurname(member.surname, child.sex);
      this.staffChildren.push({ staff: member, pupil: child, relationship: member.sex === 'f' ? 'aunt' : 'uncle' });
    }
  }
}
