// Each member of staff's connection lists: background adults, pages, colleagues, pupils' parents and
// relatives, and the pupils' own accounts planted at the rates eval3/README.md sets out.
import { profileUrl, pupilAccount } from './accounts.mjs';
import { Background } from './background.mjs';
import { AUDIT_DATE, addDays, ageOn, dateBetween } from './dates.mjs';

// Median list sizes (log-normal, σ 0.6) and who holds each platform, by age band of the holder.
const PLATFORMS = {
  facebook: { median: 220, has: { y: 0.4, m: 0.7, o: 0.85 } },
  instagram: { median: 180, has: { y: 0.9, m: 0.6, o: 0.35 } },
  linkedin: { median: 110, has: { y: 0.35, m: 0.45, o: 0.4 } },
  tiktok: { median: 70, has: { y: 0.6, m: 0.3, o: 0.1 } },
  x: { median: 120, has: { y: 0.2, m: 0.25, o: 0.2 } },
  snapchat: { median: 45, has: { y: 0.6, m: 0.15, o: 0.05 } },
};
// Share of pupils with an account on some member of staff's list, by how they stand.
const CONNECT_RATE = { young: 0.004, primaryTop: 0.012, lowerSecondary: 0.02, upperSecondary: 0.05, sixthForm: 0.1 };
const FORMER_UNDER_18_RATE = 0.1;
const FORMER_ADULT_RATE = 0.1;
const ACCOUNT_ON_PARENT_LIST = { declared: 0.6, childUnder10: 0.15 };
const DECLARED_SHARE = 0.75;

function band(age) {
  return age < 30 ? 'y' : age < 50 ? 'm' : 'o';
}

function pupilPlatform(random, age) {
  if (age < 11) return random.choose({ tiktok: 50, instagram: 30, facebook: 10, snapchat: 10 });
  if (age < 14) return random.choose({ tiktok: 35, snapchat: 30, instagram: 30, facebook: 2, x: 3 });
  if (age < 18)
    return random.choose({ instagram: 45, snapchat: 20, tiktok: 25, facebook: 4, x: 5, linkedin: age >= 17 ? 2 : 0 });
  return random.choose({ instagram: 45, facebook: 25, linkedin: 12, snapchat: 8, tiktok: 5, x: 5 });
}

function relationship(random, platform, pupilSide) {
  switch (platform) {
    case 'facebook':
      return random.chance(0.85) ? 'friend' : pupilSide ? 'request_received' : 'request_sent';
    case 'snapchat':
      return 'friend';
    case 'linkedin':
      return 'friend';
    default:
      return pupilSide
        ? random.choose({ follower: 65, following: 20, request_received: 15 })
        : random.choose({ follower: 45, following: 55 });
  }
}

export class ListBuilder {
  constructor(random, pools, world) {
    this.random = random;
    this.pools = pools;
    this.world = world;
    this.lists = new Map(); // staff id → platform → rows
    this.exemptions = [];
    for (const member of world.staff) this.choosePlatforms(member);
  }

  choosePlatforms(member) {
    const r = this.random;
    const byPlatform = new Map();
    for (const [platform, p] of Object.entries(PLATFORMS)) {
      if (!r.chance(p.has[band(member.age)])) continue;
      byPlatform.set(platform, { target: r.lognormal(p.median * this.world.listScale, 0.6, 3, 2000), rows: [] });
    }
    // One in fifteen hands in nothing at all.
    if (r.chance(1 / 15)) byPlatform.clear();
    else if (byPlatform.size === 0)
      byPlatform.set('facebook', { target: r.lognormal(150 * this.world.listScale, 0.6, 3, 900), rows: [] });
    this.lists.set(member.id, byPlatform);
  }

  listOf(member, platform) {
    const lists = this.lists.get(member.id);
    if (!lists.has(platform))
      lists.set(platform, { target: this.random.lognormal(40 * this.world.listScale, 0.6, 2, 400), rows: [] });
    return lists.get(platform);
  }

  /** Adds a row unless the list already holds that account (a list names an account once). */
  add(member, platform, account, truth, connectedOn) {
    const list = this.listOf(member, platform);
    list.keys ??= new Set();
    const key = `${account.display}\u0000${account.username}`;
    if (list.keys.has(key)) return;
    list.keys.add(key);
    list.rows.push({
      staff: member,
      platform,
      display: account.display,
      username: account.username,
      url: this.random.chance(0.7) ? profileUrl(platform, account.username) : '',
      relationship: relationship(this.random, platform, truth.pupilSide),
      // A quarter of rows undated, as lists typed up or exported without dates are; LinkedIn's export always dates.
      connectedOn: this.random.chance(0.25) && platform !== 'linkedin' ? '' : connectedOn,
      truth,
    });
  }

  /** Staff more likely to hold pupils on their lists: the young, coaches, assistants. */
  pickStaff(school, count) {
    const r = this.random;
    const staff = this.world.staff.filter((s) => s.school === school.spec.name && this.lists.get(s.id).size > 0);
    const weight = (s) =>
      (s.age < 30 ? 3 : s.age < 40 ? 1.5 : 0.7) *
      ({ 'Sports Coach': 3, 'Teaching Assistant': 2, Governor: 0.3 }[s.role] ?? 1);
    const chosen = new Set();
    for (let tries = 0; chosen.size < count && tries < 200; tries++) {
      const table = Object.fromEntries(staff.filter((s) => !chosen.has(s)).map((s) => [s.id, weight(s)]));
      if (Object.keys(table).length === 0) break;
      const id = r.choose(table);
      chosen.add(staff.find((s) => s.id === id));
    }
    return [...chosen];
  }

  /** Pupils' own accounts on staff lists. */
  plantPupils() {
    const r = this.random;
    for (const school of this.world.schools) {
      const primary = school.spec.years[school.spec.years.length - 1] === 6;
      for (const pupil of [...school.current, ...school.leavers]) {
        const age = ageOn(pupil.dob);
        let rate;
        if (pupil.status === 'current') {
          if (primary) rate = pupil.year >= 5 ? CONNECT_RATE.primaryTop : CONNECT_RATE.young;
          else
            rate =
              pupil.year >= 12
                ? CONNECT_RATE.sixthForm
                : pupil.year >= 9
                  ? CONNECT_RATE.upperSecondary
                  : CONNECT_RATE.lowerSecondary;
        } else rate = age < 18 ? FORMER_UNDER_18_RATE : FORMER_ADULT_RATE;
        if (age < 9 || !r.chance(rate)) continue;
        const accounts = r.chance(0.15) ? 2 : 1;
        for (let a = 0; a < accounts; a++) this.plantAccount(school, pupil, age);
      }
    }
  }

  plantAccount(school, pupil, age) {
    const r = this.random;
    const platform = pupilPlatform(r, age);
    const account = pupilAccount(r, this.pools, pupil, { adult: age >= 18, platform });
    const n = r.chance(0.65) ? 1 : r.chance(0.6) ? 2 : r.int(3, 5);
    // In a trust, one list in twelve is at another school of the trust (a sports fixture, a former school).
    const others = this.world.schools.filter((s) => s !== school);
    for (const member of this.pickStaff(school, n)) {
      const target = others.length > 0 && r.chance(1 / 12) ? (this.pickStaff(r.pick(others), 1)[0] ?? member) : member;
      this.add(
        target,
        platform,
        account,
        this.pupilTruth(pupil, account, age, 'pupil'),
        this.pupilDate(pupil, age, platform),
      );
    }
  }

  pupilTruth(pupil, account, age, kind) {
    return {
      kind,
      pupilSide: true,
      pupil,
      status: pupil.status,
      age,
      disguise: account.disguise,
      class: account.class,
    };
  }

  /** When a pupil's account was connected: since they were 10 (16 on LinkedIn), mostly after leaving for former pupils. */
  pupilDate(pupil, age, platform) {
    const r = this.random;
    // ISO dates compare as strings: the later of two.
    const later = (a, b) => [a, b].sort()[1];
    let from = later(addDays(pupil.dob, 3653), '2014-01-01');
    if (pupil.status === 'former' && r.chance(0.7)) from = later(pupil.leavingDate, from);
    if (age >= 18 && r.chance(0.5)) from = later(addDays(pupil.dob, 6575), from);
    // LinkedIn takes members from 16.
    if (platform === 'linkedin') from = later(addDays(pupil.dob, 5844), from);
    return from >= AUDIT_DATE ? AUDIT_DATE : dateBetween(r, from, addDays(AUDIT_DATE, -1));
  }

  /** Staff's own children and declared nieces and nephews: exempt where declared. */
  plantFamilyLinks() {
    const r = this.random;
    for (const school of this.world.schools) {
      for (const link of school.staffChildren) {
        const declared = r.chance(DECLARED_SHARE);
        if (declared) this.exemptions.push(link);
        const age = ageOn(link.pupil.dob);
        if (this.lists.get(link.staff.id).size === 0) continue;
        if (!r.chance(age < 10 ? ACCOUNT_ON_PARENT_LIST.childUnder10 : ACCOUNT_ON_PARENT_LIST.declared)) continue;
        const platform = pupilPlatform(r, age);
        const account = pupilAccount(r, this.pools, link.pupil, { adult: false, platform });
        const truth = this.pupilTruth(link.pupil, account, age, declared ? 'exempt' : 'pupil');
        if (!declared) truth.note = 'undeclared family';
        this.add(link.staff, platform, account, truth, this.pupilDate(link.pupil, age, platform));
      }
    }
  }

  /** Everyone else on the lists, up to each list's size. */
  fillBackground() {
    new Background(this).fill();
  }

  rows() {
    const out = [];
    for (const member of this.world.staff) {
      for (const [, list] of this.lists.get(member.id)) out.push(...this.random.shuffle(list.rows));
    }
    return out;
  }
}
