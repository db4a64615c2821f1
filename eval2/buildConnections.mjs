// Every connection row of the school: pupils' own accounts (current, former, the declared family
// links) on the lists of the staff who accept pupils, and the community's adults on everyone's.

import { PUPIL_KINDS, writePupilAccount } from './pupilAccounts.mjs';
import { createRandom } from './random.mjs';
import { AUDIT_DATE, ageOn } from './school.mjs';

const PUPIL_KIND_WEIGHTS = Object.entries(PUPIL_KINDS).map(([k, v]) => [k, v.weight]);
const PLATFORM_START = { facebook: 2008, instagram: 2012, x: 2010, tiktok: 2019, snapchat: 2014, linkedin: 2010 };
const HANDLE_KINDS = new Set(['P_HANDLE_BIRTHYEAR', 'P_HANDLE_YEARGROUP', 'P_FIRST_NUMBER']);

export const statusOf = (p) =>
  p.status === 'current' ? 'current' : ageOn(p.dob, AUDIT_DATE) < 18 ? 'former-u18' : 'former-18';

// Some kinds apply to few pupils (accents to drop, a short form, another transliteration): among the
// kinds that apply to a pupil, each is weighted by its planned share over the share of pupils it
// applies to, so that every kind comes out near its planned share of pupils' accounts.
const probe = createRandom(20261130);
const applies = (p, kind) => writePupilAccount(probe, p, kind) !== null;
export function kindWeights(pupils) {
  return PUPIL_KIND_WEIGHTS.map(([kind, w]) => {
    const share = pupils.filter((p) => applies(p, kind)).length / pupils.length;
    return [kind, share > 0 ? w / share : 0];
  });
}

export function pupilAccount(r, p, forcedKind, weights) {
  let kind = forcedKind;
  let written = null;
  const mine = forcedKind ? [] : weights.filter(([k]) => applies(p, k));
  for (let tries = 0; !written && tries < 30; tries++) {
    if (!forcedKind) kind = r.weighted(mine);
    written = writePupilAccount(r, p, kind);
  }
  const status = statusOf(p);
  const adult = status === 'former-18';
  let platform = adult
    ? r.weighted([
        ['instagram', 35],
        ['facebook', 25],
        ['snapchat', 20],
        ['tiktok', 10],
        ['x', 5],
        ['linkedin', 5],
      ])
    : r.weighted([
        ['snapchat', 32],
        ['instagram', 30],
        ['tiktok', 22],
        ['facebook', 6],
        ['x', 4],
        ['linkedin', p.yearGroup >= 12 ? 3 : 0],
      ]);
  if (platform === 'linkedin' && (HANDLE_KINDS.has(kind) || !written.display)) platform = 'instagram';
  const u = written.username;
  const profileUrl =
    platform === 'instagram' && u
      ? `https://www.instagram.com/${u}/`
      : platform === 'tiktok' && u
        ? `https://www.tiktok.com/@${u}`
        : '';
  return {
    id: '',
    kind,
    class: PUPIL_KINDS[kind].class,
    pupilId: p.id,
    status,
    platform,
    display: written.display,
    username: platform === 'linkedin' ? '' : u,
    profileUrl,
    pupil: p,
  };
}

const iso = (d) => d.toISOString().slice(0, 10);
export function dateFor(r, account) {
  if (r.chance(0.15)) return '';
  let from = new Date(Date.UTC(Math.max(PLATFORM_START[account.platform], 2009), 0, 1));
  if (account.pupil) {
    const [y, m, d] = account.pupil.dob.split('-').map(Number);
    const atAge = new Date(Date.UTC(y + (r.chance(0.9) ? 11 : 10), m - 1, d));
    if (atAge > from) from = atAge;
  }
  const to = new Date(`${AUDIT_DATE}T00:00:00Z`);
  if (from >= to) return iso(to);
  return iso(new Date(from.getTime() + r.next() * (to.getTime() - from.getTime())));
}

export function relationshipFor(r, account) {
  if (account.kind === 'A_PAGE') return 'following';
  if (['facebook', 'snapchat', 'linkedin'].includes(account.platform)) {
    return r.weighted([
      ['friend', 88],
      ['request_received', 8],
      ['request_sent', 4],
    ]);
  }
  return account.pupil
    ? r.weighted([
        ['follower', 60],
        ['following', 25],
        ['request_received', 15],
      ])
    : r.weighted([
        ['follower', 40],
        ['following', 50],
        ['request_received', 5],
        ['request_sent', 5],
      ]);
}

/** Draws `n` of `items` without replacement, by weight (Efraimidis-Spirakis keys). */
function sampleWeighted(r, items, weightOf, n) {
  return items
    .map((item) => [item, r.next() ** (1 / weightOf(item))])
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([item]) => item);
}

/** The rows: { staff, account, kind, relationship, connectedOn }, grouped by member of staff. */
/** The platforms a member of staff is on (Facebook most, at least one). */
export function staffPlatforms(r) {
  const platforms = new Set(r.chance(0.85) ? ['facebook'] : []);
  for (const [p, share] of [
    ['instagram', 0.55],
    ['linkedin', 0.45],
    ['x', 0.2],
    ['tiktok', 0.2],
    ['snapchat', 0.12],
  ]) {
    if (r.chance(share)) platforms.add(p);
  }
  if (platforms.size === 0) platforms.add('facebook');
  return platforms;
}

export function buildConnections(r, { pupils, staff, links, community, scale: size = 1 }) {
  const lists = new Map(staff.map((s) => [s.id, []]));
  const pupilAccounts = [];
  const byPupil = new Map();
  const weights = kindWeights(pupils);
  for (const p of pupils) {
    const status = statusOf(p);
    const pConnect = status === 'current' ? 0.2 + 0.06 * (p.yearGroup - 7) : status === 'former-u18' ? 0.5 : 0.45;
    if (!r.chance(pConnect)) continue;
    const acc = pupilAccount(r, p, undefined, weights);
    pupilAccounts.push(acc);
    byPupil.set(p.id, acc);
    let copies = 1;
    while (copies < 5 && r.chance(status === 'former-18' ? 0.55 : 0.4)) copies++;
    for (const s of sampleWeighted(r, staff, (x) => x.pupilAffinity + 0.02, copies))
      lists.get(s.id).push({ account: acc });
  }
  // A member of staff's own child (or niece) on their list: exempt where the link was declared.
  for (const link of links) {
    let acc = byPupil.get(link.pupil.id);
    if (!acc) {
      acc = pupilAccount(r, link.pupil, r.pick(['P_PLAIN', 'P_HANDLE_BIRTHYEAR', 'P_EMOJI']));
      pupilAccounts.push(acc);
      byPupil.set(link.pupil.id, acc);
    }
    const list = lists.get(link.staff.id);
    const existing = list.find((row) => row.account === acc);
    if (existing) existing.exempt = link.staff.declared;
    else list.push({ account: acc, exempt: link.staff.declared });
  }
  // Adults: each member of staff's platforms, a list size, and the community drawn by popularity.
  const pupilRows = [...lists.values()].reduce((n, l) => n + l.length, 0);
  const target = Math.round(r.int(17000, 23000) * size) - pupilRows;
  const raw = staff.map(() => Math.exp(Math.log(160) + 0.6 * gauss(r)));
  const scale = target / raw.reduce((a, b) => a + b, 0);
  staff.forEach((s, i) => {
    const platforms = staffPlatforms(r);
    const eligible = community.filter((a) => platforms.has(a.platform) && a.display !== `${s.first} ${s.surname}`);
    const n = Math.max(15, Math.round(raw[i] * scale));
    for (const account of sampleWeighted(r, eligible, (a) => a.popularity, n)) lists.get(s.id).push({ account });
  });
  const rows = [];
  for (const s of staff) {
    for (const row of r.shuffle(lists.get(s.id))) {
      const kind = row.exempt ? 'X_EXEMPT' : row.account.pupil ? pupilKindOf(row.account) : row.account.kind;
      rows.push({
        staff: s,
        account: row.account,
        kind,
        relationship: relationshipFor(r, row.account),
        connectedOn: dateFor(r, row.account),
      });
    }
  }
  pupilAccounts.forEach((a, i) => {
    a.id = `P${i + 1}`;
  });
  return { rows, pupilAccounts };
}

/** Former pupils' rows are kinds of their own: those under 18 are to be found, those 18+ never reported. */
export const pupilKindOf = (acc) =>
  acc.status === 'current' ? acc.kind : acc.status === 'former-u18' ? 'FORMER_U18' : 'FORMER_18';

export function gauss(r) {
  const u = Math.max(r.next(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.next());
}
