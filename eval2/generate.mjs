#!/usr/bin/env node
// eval2's generator: `node eval2/generate.mjs --seed N [--size school] [--out DIR]` writes one
// invented secondary school's audit folder to eval2/out/<seed>/audit/ and what each connection
// row really is to eval2/out/<seed>/truth/; `--size trust` a trust's (eval2/out/trust-<seed>/,
// generateTrust.mjs). The same seed gives the same bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConnections } from './buildConnections.mjs';
import { makeCommunity } from './community.mjs';
import { line } from './csv.mjs';
import { generateTrust } from './generateTrust.mjs';
import { BRITISH_HEAD_SHARES, GROUPS } from './namePools.mjs';
import { adultFirstShare, surnameShare } from './people.mjs';
import { createRandom } from './random.mjs';
import { makePupils, makeStaff } from './school.mjs';
import { pupilIdOf, styleFor, TRUTH_HEADER, writeFiles } from './writeFiles.mjs';

const ADULTS_AT_LARGE = 9000;

/** Expected whole-name collisions between the adults at large and the pupils, from the pools alone. */
function expectedNamesakes(pupils, adults) {
  let perAdult = 0;
  for (const p of pupils) {
    const share = GROUPS[p.family.group].adultShare / Object.values(GROUPS).reduce((s, g) => s + g.adultShare, 0);
    const firsts = new Set([p.first, p.legalFirst]);
    let first = 0;
    for (const f of firsts) first += adultFirstShare(p.family.group, p.sex, f);
    perAdult += share * 0.5 * first * surnameShare(p.family.group, p.surname);
  }
  return { perAdult, adults, expected: perAdult * adults };
}

function sharingWholeName(pupils) {
  const count = new Map();
  for (const p of pupils) {
    const key = `${p.first} ${p.surname}`.toLowerCase();
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  return pupils.filter((p) => count.get(`${p.first} ${p.surname}`.toLowerCase()) > 1).length;
}

/** `scale` (0-1] shrinks the school for the tests by the same code paths; 1 is every seed's school. */
export function generateSchool(seed, scale = 1) {
  const root = createRandom(seed);
  const { families, pupils } = makePupils(root.fork('pupils'), scale);
  const idOf = pupilIdOf(seed);
  const regs = root.fork('regs');
  for (const p of pupils) {
    p.id = idOf(p);
    p.reg = `${p.yearGroup}${regs.pick(['A', 'B', 'C', 'D', 'E', 'F'])}`;
  }
  const { staff, links } = makeStaff(root.fork('staff'), families, scale);
  const britishHead = BRITISH_HEAD_SHARES.map(([n]) => n);
  const adults = ADULTS_AT_LARGE * scale;
  const community = makeCommunity(root.fork('community'), families, pupils, staff, adults, britishHead);
  const { rows } = buildConnections(root.fork('connections'), { pupils, staff, links, community, scale });
  const { files, truth, auditDate } = writeFiles(root.fork('files'), seed, { pupils, staff, links, rows });
  const kinds = {};
  for (const t of truth) kinds[t.kind] = (kinds[t.kind] ?? 0) + 1;
  const plan = {
    seed,
    ...(scale === 1 ? {} : { scale }),
    auditDate,
    misStyle: styleFor(seed),
    pupils: {
      current: pupils.filter((p) => p.status === 'current').length,
      former: pupils.filter((p) => p.status === 'former').length,
    },
    staff: staff.length,
    rows: truth.length,
    kinds: Object.fromEntries(Object.entries(kinds).sort()),
    // Pupils and leavers who share a whole name with another (siblings never do).
    pupilsSharingWholeName: sharingWholeName(pupils),
    namesakes: {
      ...expectedNamesakes(pupils, adults),
      observedAccounts: community.filter((a) => a.kind === 'A_NAMESAKE').length,
    },
  };
  const pupilTruth = [
    ['pupil_id', 'status', 'first', 'legal_first', 'surname', 'dob', 'year_group', 'leaving'],
    ...pupils.map((p) => [p.id, p.status, p.first, p.legalFirst, p.surname, p.dob, p.yearGroup, p.leaving]),
  ];
  const truthFiles = {
    'connections.csv': `${[TRUTH_HEADER, ...truth.map((t) => TRUTH_HEADER.map((h) => t[h]))].map(line).join('\n')}\n`,
    'pupils.csv': `${pupilTruth.map(line).join('\n')}\n`,
    'plan.json': `${JSON.stringify(plan, null, 2)}\n`,
  };
  return { files, truthFiles, plan };
}

function main(argv) {
  const arg = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const seed = Number(arg('--seed'));
  if (!Number.isInteger(seed) || seed < 1)
    throw new Error('usage: generate.mjs --seed N [--size school|trust] [--scale F] [--out DIR]');
  const size = arg('--size') ?? 'school';
  if (size !== 'school' && size !== 'trust') throw new Error(`--size ${size}: "school" or "trust"`);
  // A smaller school or trust by the same code paths, for the tests; eval2's figures are at scale 1.
  const scale = Number(arg('--scale') ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale ${arg('--scale')}: a number in (0, 1]`);
  const here = dirname(fileURLToPath(import.meta.url));
  const name = `${size === 'trust' ? `trust-${seed}` : seed}${scale === 1 ? '' : `-scale${scale}`}`;
  const out = arg('--out') ?? join(here, 'out', name);
  const { files, truthFiles, plan } = size === 'trust' ? generateTrust(seed, scale) : generateSchool(seed, scale);
  rmSync(out, { recursive: true, force: true });
  for (const [dir, set] of [
    ['audit', files],
    ['truth', truthFiles],
  ]) {
    for (const [path, content] of Object.entries(set)) {
      const full = join(out, dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  console.log(
    `${size === 'trust' ? `trust seed ${seed}: ${plan.schools.length} schools, ` : `seed ${seed}: `}${plan.pupils.current} pupils, ${plan.pupils.former} leavers, ${plan.staff} staff, ${plan.rows} connection rows -> ${out}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
