// Every connection row of the trust. Pupils reach a member of staff's list by a route: their own
// school's staff (`own`), a member of staff who moved from their school (`moved`), a club the member
// of staff runs (`club`), an older sibling's teacher (`sibling`), their old primary's staff
// (`primary`), or a family link (`family`). The adults come from the staff member's catchment (80 %)
// and the trust's other catchments (20 %).

import {
  dateFor,
  gauss,
  kindWeights,
  pupilAccount,
  pupilKindOf,
  relationshipFor,
  staffPlatforms,
  statusOf,
} from './buildConnections.mjs';
import { AUDIT_DATE } from './school.mjs';

/** Draws up to `n` distinct items by weight (rejection sampling: lists are small beside the pool). */
export function drawDistinct(r, items, weightOf, n) {
  if (items.length === 0) return [];
  if (n >= items.length / 2) return r.shuffle(items).slice(0, n);
  const max = items.reduce((m, x) => Math.max(m, weightOf(x)), 0);
  const chosen = new Set();
  for (let tries = 0; chosen.size < n && tries < n * 200; tries++) {
    const item = items[Math.floor(r.next() * items.length)];
    if (!chosen.has(item) && r.next() * max < weightOf(item)) chosen.add(item);
  }
  return [...chosen];
}

/** Chance that a current (or former) pupil's own account is on some staff list, by school phase. */
function connectChance(p) {
  const status = statusOf(p);
  if (p.school.phase === 'secondary') {
    return status === 'current' ? 0.2 + 0.06 * (p.yearGroup - 7) : status === 'former-u18' ? 0.5 : 0.45;
  }
  if (status !== 'current') return 0.15; // left Year 6 for a school outside the trust, now 11-14
  return p.yearGroup >= 6 ? 0.06 : p.yearGroup === 5 ? 0.04 : p.yearGroup === 4 ? 0.02 : 0.005;
}

const iso = (d) => d.toISOString().slice(0, 10);
/** A primary child's connection is made from age 9 (a parent-run or under-age account). */
function connectedOn(r, account) {
  const p = account.pupil;
  if (p?.school.phase !== 'primary' || statusOf(p) !== 'current') return dateFor(r, account);
  if (r.chance(0.15)) return '';
  const [y, m, d] = p.dob.split('-').map(Number);
  const from = new Date(Date.UTC(y + 9, m - 1, d));
  const to = new Date(`${AUDIT_DATE}T00:00:00Z`);
  return from >= to ? iso(to) : iso(new Date(from.getTime() + r.next() * (to.getTime() - from.getTime())));
}

export function buildTrustConnections(r, { pupils, staff, links, communities }) {
  const lists = new Map(staff.map((s) => [s.id, { rows: [], seen: new Set() }]));
  const put = (s, account, route, exempt) => {
    const list = lists.get(s.id);
    if (list.seen.has(account)) {
      if (exempt !== undefined) list.rows.find((x) => x.account === account).exempt = exempt;
      return;
    }
    list.seen.add(account);
    list.rows.push({ account, route, exempt });
  };
  const weights = kindWeights(pupils);
  const byPupil = new Map();
  const accountOf = (p, forced) => {
    if (!byPupil.has(p.id)) byPupil.set(p.id, pupilAccount(r, p, forced, forced ? undefined : weights));
    return byPupil.get(p.id);
  };
  const staffOf = new Map();
  for (const s of staff) {
    for (const school of [s.school, s.movedFrom].filter(Boolean)) {
      if (!staffOf.has(school)) staffOf.set(school, []);
      staffOf.get(school).push(s);
    }
  }
  // Own school (and staff who moved from it): the pupil's account on 1-5 lists, by affinity.
  for (const p of pupils) {
    if (!r.chance(connectChance(p))) continue;
    const acc = accountOf(p);
    let copies = 1;
    while (copies < 5 && r.chance(statusOf(p) === 'former-18' ? 0.55 : 0.4)) copies++;
    for (const s of drawDistinct(r, staffOf.get(p.school), (x) => x.pupilAffinity + 0.02, copies)) {
      put(s, acc, s.school === p.school ? 'own' : 'moved');
      // A younger or older sibling at another trust school (aged 9+) follows the same teacher.
      for (const sib of p.family.children) {
        if (sib === p || !sib.id || sib.status !== 'current' || sib.school === s.school) continue;
        if ((sib.school.phase === 'secondary' || sib.yearGroup >= 4) && r.chance(0.15))
          put(s, accountOf(sib), 'sibling');
      }
    }
  }
  // Years 7-9 who were at a trust primary: 6 % add one or two of its staff.
  for (const p of pupils) {
    if (!p.formerPrimary || p.status !== 'current' || p.yearGroup > 9 || !r.chance(0.06)) continue;
    const old = staff.filter((s) => s.school === p.formerPrimary);
    for (const s of drawDistinct(r, old, (x) => x.pupilAffinity + 0.1, r.int(1, 2))) put(s, accountOf(p), 'primary');
  }
  // Clubs: a coach's 15-40 members aged 9-17, most from the coach's catchment; 30 % connect.
  const clubAge = pupils.filter((p) => p.status === 'current' && (p.school.phase === 'secondary' || p.yearGroup >= 4));
  for (const s of staff.filter((x) => x.coach)) {
    const near = clubAge.filter((p) => p.school.catchment === s.school.catchment);
    const members = r.int(15, 40);
    for (let i = 0; i < members; i++) {
      const p = r.chance(0.7) ? r.pick(near) : r.pick(clubAge);
      if (r.chance(0.3)) put(s, accountOf(p), 'club');
    }
  }
  // A member of staff's own child (or niece), aged 9 or over: exempt where the link was declared.
  for (const link of links) {
    if (link.pupil.school.phase === 'primary' && link.pupil.yearGroup < 5) continue;
    const acc =
      byPupil.get(link.pupil.id) ?? accountOf(link.pupil, r.pick(['P_PLAIN', 'P_HANDLE_BIRTHYEAR', 'P_EMOJI']));
    put(link.staff, acc, 'family', link.staff.declared);
  }
  // Adults: each member of staff's platforms, a list size, their catchment's community and the others'.
  const pupilRows = [...lists.values()].reduce((n, l) => n + l.rows.length, 0);
  const target = staff.length * r.int(245, 300) - pupilRows;
  const raw = staff.map(() => Math.exp(Math.log(160) + 0.6 * gauss(r)));
  const scale = target / raw.reduce((a, b) => a + b, 0);
  // A catchment's accounts on a set of platforms, in the community's order (many staff share a set).
  const pools = new Map();
  const pool = (c, platforms) => {
    const key = `${c} ${[...platforms].sort().join(' ')}`;
    if (!pools.has(key)) {
      const list = communities[c].filter((a) => platforms.has(a.platform));
      const at = new Map();
      for (const [i, a] of list.entries()) {
        if (!at.has(a.display)) at.set(a.display, []);
        at.get(a.display).push(i);
      }
      pools.set(key, { list, at });
    }
    return pools.get(key);
  };
  // A member of staff is not on their own list.
  const withoutOwnName = ({ list, at }, name) => {
    const own = at.get(name);
    if (!own) return list;
    const out = list.slice();
    for (const i of [...own].reverse()) out.splice(i, 1);
    return out;
  };
  for (const [i, s] of staff.entries()) {
    const platforms = staffPlatforms(r);
    const eligible = (c) => withoutOwnName(pool(c, platforms), `${s.first} ${s.surname}`);
    const mine = eligible(s.school.catchment);
    const others = communities.flatMap((_, c) => (c === s.school.catchment ? [] : eligible(c)));
    const n = Math.max(15, Math.round(raw[i] * scale));
    const local = Math.round(n * 0.8);
    const list = lists.get(s.id);
    for (const a of [
      ...drawDistinct(r, mine, (a) => a.popularity, local),
      ...drawDistinct(r, others, (a) => a.popularity, n - local),
    ]) {
      if (!list.seen.has(a)) list.rows.push({ account: a });
    }
  }
  const rows = [];
  for (const s of staff) {
    for (const row of r.shuffle(lists.get(s.id).rows)) {
      const a = row.account;
      let kind = row.exempt ? 'X_EXEMPT' : a.pupil ? pupilKindOf(a) : a.kind;
      if (kind === 'A_NAMESAKE' && !a.namesakeOf.some((p) => p.school === s.school)) kind = 'A_NAMESAKE_XS';
      rows.push({
        staff: s,
        account: a,
        kind,
        route: a.pupil ? row.route : '',
        relationship: relationshipFor(r, a),
        connectedOn: connectedOn(r, a),
      });
    }
  }
  [...byPupil.values()].forEach((a, i) => {
    a.id = `P${i + 1}`;
  });
  return { rows };
}
