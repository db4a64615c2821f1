// The people and pages around the pupils on each list: background adults, colleagues, pupils'
// parents, brothers and sisters, aunts, uncles and grandparents, and pages, at the rates eval3/README.md gives.
import { adultAccount } from './accounts.mjs';
import { AUDIT_DATE, addDays, dateBetween } from './dates.mjs';
import { genderedSurname } from './pools.mjs';

// Share of a list that is pages and organisations rather than people.
const PAGE_SHARE = { facebook: 0.06, instagram: 0.25, linkedin: 0, tiktok: 0.5, x: 0.5, snapchat: 0.02 };
const COLLEAGUE_SHARE = { facebook: 0.08, instagram: 0.06, linkedin: 0.1, tiktok: 0.01, x: 0.03, snapchat: 0.03 };
// Share of a list's people who are parents of pupils (current or former), by role.
const PARENT_SHARE = {
  Teacher: 0.03,
  'Teaching Assistant': 0.07,
  'Midday Supervisor': 0.08,
  'Office Manager': 0.06,
  'Site Manager': 0.05,
  Governor: 0.03,
  Volunteer: 0.08,
  'PTA Chair': 0.1,
  'Sports Coach': 0.05,
};
const SIBLING_SHARE = 0.01;
const RELATIVE_SHARE = 0.01;

function band(age) {
  return age < 30 ? 'y' : age < 50 ? 'm' : 'o';
}

/** Fills a ListBuilder's lists up to their sizes; it draws from the builder's random stream. */
export class Background {
  constructor(builder) {
    this.builder = builder;
    this.random = builder.random;
    this.pools = builder.pools;
    this.world = builder.world;
    this.lists = builder.lists;
  }

  add(...args) {
    this.builder.add(...args);
  }

  listOf(member, platform) {
    return this.builder.listOf(member, platform);
  }

  fill() {
    const r = this.random;
    for (const member of this.world.staff) {
      const school = this.world.schools.find((s) => s.spec.name === member.school);
      for (const [platform, list] of this.lists.get(member.id)) {
        for (let tries = 0; list.rows.length < list.target && tries < list.target * 3; tries++) {
          const roll = r.next();
          // Running totals of each kind's share, in the order drawn; what is left is background adults.
          const pageShare = PAGE_SHARE[platform];
          const people = 1 - pageShare;
          const colleague = COLLEAGUE_SHARE[platform];
          const parent = PARENT_SHARE[member.role] ?? 0.03;
          const sibling = SIBLING_SHARE * (member.age < 30 ? 3 : 1);
          const kinds = [
            [pageShare, () => this.addPage(member, platform, school)],
            [pageShare + people * colleague, () => this.addColleague(member, platform)],
            [pageShare + people * (colleague + parent), () => this.addParent(member, platform, school)],
            [pageShare + people * (colleague + parent + sibling), () => this.addSibling(member, platform, school)],
            [
              pageShare + people * (colleague + parent + sibling + RELATIVE_SHARE),
              () => this.addRelative(member, platform, school),
            ],
          ];
          const kind = kinds.find(([upTo]) => roll < upTo);
          if (kind) kind[1]();
          else this.addAdult(member, platform, school);
        }
      }
    }
  }

  backgroundDate() {
    return dateBetween(this.random, '2009-03-01', addDays(AUDIT_DATE, -1));
  }

  /** A person has one account on a platform, whoever's list it is on, and is on a list once. */
  addPerson(member, platform, person, truth) {
    const list = this.listOf(member, platform);
    list.people ??= new Set();
    if (list.people.has(person)) return;
    list.people.add(person);
    person.accounts ??= {};
    person.accounts[platform] ??= adultAccount(this.random, person, platform);
    this.add(
      member,
      platform,
      person.accounts[platform],
      { ...truth, pupilSide: false, person },
      this.backgroundDate(),
    );
  }

  addAdult(member, platform, school) {
    const r = this.random;
    const age = Math.max(18, Math.min(85, Math.round(member.age + 12 * r.normal())));
    const community = r.chance(0.65) ? member.community : r.choose(school.mix);
    const sex = r.chance(0.55) ? member.sex : member.sex === 'f' ? 'm' : 'f';
    const surname = genderedSurname(this.pools.surname(r, community), sex);
    const person = { forename: this.pools.adultForename(r, community, sex, band(age)), surname, age, sex };
    if (r.chance(0.3)) person.middle = this.pools.adultForename(r, community, sex, band(age));
    if (sex === 'f' && r.chance(0.1)) person.maiden = this.pools.surname(r, community);
    this.addPerson(member, platform, person, { kind: 'adult' });
  }

  addColleague(member, platform) {
    const colleagues = this.world.staff.filter((s) => s.school === member.school && s !== member);
    if (colleagues.length === 0) return this.addAdult(member, platform, this.world.schools[0]);
    const c = this.random.pick(colleagues);
    this.addPerson(member, platform, c, { kind: 'colleague' });
  }

  familyOf(school) {
    const r = this.random;
    const pupil = r.chance(0.8) ? r.pick(school.current) : r.pick(school.leavers);
    return { pupil, family: pupil.family };
  }

  addParent(member, platform, school) {
    const r = this.random;
    const { pupil, family } = this.familyOf(school);
    const parent = r.pick(family.parents);
    if (r.chance(0.03)) {
      // "Olivia's Mum": a parent's account named after the child.
      const word = parent.sex === 'f' ? r.pick(['Mum', 'Mam', 'Mummy']) : r.pick(['Dad', 'Daddy']);
      const account = {
        display: `${pupil.forename}'s ${word}`,
        username: `${pupil.forename.toLowerCase()}s${word.toLowerCase()}${r.int(1, 99)}`,
      };
      this.add(
        member,
        platform,
        account,
        { kind: 'parent', pupilSide: false, pupil, person: parent },
        this.backgroundDate(),
      );
      return;
    }
    this.addPerson(member, platform, parent, {
      kind: parent.forename === pupil.forename ? 'namesake_parent' : 'parent',
      pupil,
    });
  }

  addSibling(member, platform, school) {
    const r = this.random;
    const withSiblings = school.current.filter((p) => p.family.adultSiblings.length > 0);
    if (withSiblings.length === 0) return this.addAdult(member, platform, school);
    const pupil = r.pick(withSiblings);
    this.addPerson(member, platform, r.pick(pupil.family.adultSiblings), { kind: 'sibling', pupil });
  }

  addRelative(member, platform, school) {
    const r = this.random;
    const { pupil, family } = this.familyOf(school);
    const sex = r.chance(0.6) ? 'f' : 'm';
    const age = r.int(28, 80);
    const c = family.community;
    const person = {
      forename: this.pools.adultForename(r, c, sex, band(age)),
      surname: r.chance(0.45) ? genderedSurname(family.surname, sex) : genderedSurname(this.pools.surname(r, c), sex),
      age,
      sex,
    };
    this.addPerson(member, platform, person, { kind: 'relative', pupil });
  }

  addPage(member, platform, school) {
    const r = this.random;
    const page = r.pick(this.pools.pages);
    let display = page.name;
    let username = page.username;
    if (page.platform === 'local') {
      const owner = r.chance(0.3)
        ? r.pick(school.current).family.parents[0]
        : { forename: this.pools.adultForename(r, 'wb', 'f', 'm'), surname: this.pools.surname(r, 'wb') };
      const fill = (text, lower) =>
        text
          .replaceAll('{Surname}', owner.surname)
          .replaceAll('{surname}', lower(owner.surname))
          .replaceAll('{Forename}', owner.forename)
          .replaceAll('{forename}', lower(owner.forename))
          .replaceAll('{Town}', school.town)
          .replaceAll('{town}', lower(school.town))
          .replaceAll('{School}', school.spec.name)
          .replaceAll('{school}', lower(school.spec.name))
          .replaceAll('{Saint}', r.pick(this.pools.saints))
          .replaceAll('{saint}', 'mary');
      const lower = (t) => t.toLowerCase().replace(/[^a-z0-9]/g, '');
      display = fill(display, lower);
      username = fill(username, lower);
    }
    if (platform === 'linkedin') return this.addAdult(member, platform, school);
    this.add(member, platform, { display, username }, { kind: 'page', pupilSide: false }, this.backgroundDate());
  }

  /** Every row, each list shuffled (platforms give newest first, or by name, or by neither). */
}
