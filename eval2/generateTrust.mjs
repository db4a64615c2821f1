// eval2's trust: `node eval2/generate.mjs --size trust --seed N` writes an invented multi-academy
// trust's audit folder to eval2/out/trust-N/audit/ and its truth to eval2/out/trust-N/truth/.
// The same seed gives the same bytes. What it plants, and why, is in eval2/README.md.
import { makeCommunity } from './community.mjs';
import { line } from './csv.mjs';
import { withoutAccents } from './nameForms.mjs';
import { BRITISH_HEAD_SHARES } from './namePools.mjs';
import { createRandom } from './random.mjs';
import { AUDIT_DATE } from './school.mjs';
import { buildTrustConnections } from './trustConnections.mjs';
import { TRUST_TRUTH_HEADER, trustStyleFor, truthCsv, writeTrustFiles } from './trustFiles.mjs';
import { makeSchools, makeTrustLinks, makeTrustPupils, makeTrustStaff } from './trustSchools.mjs';

/** Adults at large around each catchment (a town of a secondary and its primaries). */
const ADULTS_PER_CATCHMENT = 9000;
const key = (name) => withoutAccents(name).toLowerCase();

/**
 * Each catchment's adults (eval2's school community: parents, relatives, near names, colleagues,
 * adults at large, pages); then every adult bearing the whole name of any pupil or leaver of the
 * trust is relabelled A_NAMESAKE, naming all the pupils who bear it.
 */
function makeCommunities(r, schools, families, pupils, staff, adults) {
  const britishHead = BRITISH_HEAD_SHARES.map(([n]) => n);
  const catchments = [...new Set(schools.map((s) => s.catchment))];
  const communities = catchments.map((c) => {
    const fams = families.filter((f) => f.catchment === c && f.children.some((x) => x.id));
    const mine = pupils.filter((p) => p.school.catchment === c);
    const colleagues = staff.filter((s) => s.school.catchment === c);
    return makeCommunity(r.fork(`community-${c}`), fams, mine, colleagues, adults, britishHead);
  });
  const byName = new Map();
  for (const p of pupils) {
    for (const first of new Set([p.first, p.legalFirst])) {
      const k = key(`${first} ${p.surname}`);
      if (!byName.has(k)) byName.set(k, []);
      if (!byName.get(k).includes(p)) byName.get(k).push(p);
    }
  }
  communities.forEach((community, c) => {
    for (const a of community) {
      a.id = `C${c + 1}-${a.id}`;
      const named = a.nameForCollision && byName.get(key(a.nameForCollision));
      if (named) Object.assign(a, { kind: 'A_NAMESAKE', wasKind: a.wasKind ?? a.kind, namesakeOf: named });
    }
  });
  return communities;
}

function count(list, keyOf) {
  const out = {};
  for (const x of list) {
    const k = keyOf(x);
    if (k !== null) out[k] = (out[k] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort());
}

/** `scale` (0-1] shrinks the trust for the tests by the same code paths; 1 is every seed's trust. */
export function generateTrust(seed, scale = 1) {
  const root = createRandom(seed * 7919 + 1);
  const schools = makeSchools(root.fork('schools'), scale);
  const { families, pupils } = makeTrustPupils(root.fork('pupils'), schools);
  const staff = makeTrustStaff(root.fork('staff'), schools, scale);
  const links = makeTrustLinks(root.fork('links'), staff, families);
  const communities = makeCommunities(root, schools, families, pupils, staff, ADULTS_PER_CATCHMENT * scale);
  const { rows } = buildTrustConnections(root.fork('connections'), { pupils, staff, links, communities });
  const { files, truth } = writeTrustFiles(root.fork('files'), seed, { pupils, staff, links, rows });
  const pupilRows = truth.filter((t) => t.route);
  const plan = {
    seed,
    size: 'trust',
    ...(scale === 1 ? {} : { scale }),
    auditDate: AUDIT_DATE,
    misStyle: trustStyleFor(seed),
    schools: schools.map((s) => ({
      name: s.name,
      phase: s.phase,
      catchment: s.catchment,
      current: pupils.filter((p) => p.school === s && p.status === 'current').length,
      former: pupils.filter((p) => p.school === s && p.status === 'former').length,
      staff: staff.filter((x) => x.school === s).length,
    })),
    pupils: {
      current: pupils.filter((p) => p.status === 'current').length,
      former: pupils.filter((p) => p.status === 'former').length,
    },
    staff: staff.length,
    staffMoved: staff.filter((s) => s.movedFrom).length,
    coaches: staff.filter((s) => s.coach).length,
    familyLinks: { links: links.length, declared: links.filter((l) => l.staff.declared).length },
    rows: truth.length,
    kinds: count(truth, (t) => t.kind),
    // Pupils' rows by route, and those whose pupil is at another school than the member of staff.
    routes: count(pupilRows, (t) => t.route),
    otherSchoolRoutes: count(pupilRows, (t) => (t.pupil_school !== t.staff_school ? t.route : null)),
    namesakeAccounts: communities.flat().filter((a) => a.kind === 'A_NAMESAKE').length,
  };
  const pupilTruth = [
    ['pupil_id', 'school', 'phase', 'status', 'first', 'legal_first', 'surname', 'dob', 'year_group', 'leaving'],
    ...pupils.map((p) => [
      p.id,
      p.school.name,
      p.school.phase,
      p.status,
      p.first,
      p.legalFirst,
      p.surname,
      p.dob,
      p.yearGroup,
      p.leaving,
    ]),
  ];
  const staffTruth = [
    ['staff_id', 'school', 'moved_from', 'coach', 'role'],
    ...staff.map((s) => [s.id, s.school.name, s.movedFrom?.name ?? '', s.coach ? 'yes' : '', s.role]),
  ];
  const truthFiles = {
    'connections.csv': truthCsv(TRUST_TRUTH_HEADER, truth),
    'pupils.csv': `${pupilTruth.map(line).join('\n')}\n`,
    'staff.csv': `${staffTruth.map(line).join('\n')}\n`,
    'plan.json': `${JSON.stringify(plan, null, 2)}\n`,
  };
  return { files, truthFiles, plan };
}
