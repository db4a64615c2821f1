#!/usr/bin/env node
// eval3: invented schools written blind to the engine (see eval3/README.md).
// node eval3/generate.mjs --seed N [--size school|trust|tiny] [--out DIR]
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIT_DATE, ageOn } from './lib/dates.mjs';
import { ListBuilder } from './lib/lists.mjs';
import { loadPools } from './lib/pools.mjs';
import { Random } from './lib/random.mjs';
import { SchoolBuilder } from './lib/school.mjs';
import { NameIndex, truthRows, writeTruth } from './lib/truth.mjs';
import { writeAudit } from './lib/write.mjs';

const SECONDARY_ROLES = {
  Teacher: 62,
  'Teaching Assistant': 16,
  'Office Manager': 4,
  'Site Manager': 2,
  'Midday Supervisor': 4,
  Governor: 12,
  Volunteer: 4,
  'Sports Coach': 3,
};
const PRIMARY_ROLES = {
  Teacher: 12,
  'Teaching Assistant': 10,
  'Office Manager': 2,
  'Site Manager': 1,
  'Midday Supervisor': 5,
  Governor: 9,
  Volunteer: 3,
  'PTA Chair': 1,
  'Sports Coach': 1,
};

function scaled(roles, factor) {
  return Object.fromEntries(Object.entries(roles).map(([role, n]) => [role, Math.max(1, Math.round(n * factor))]));
}

function secondary(name, scale) {
  return {
    name,
    years: [7, 8, 9, 10, 11, 12, 13],
    cohort: Math.round(165 * scale),
    sixthForm: Math.round(95 * scale),
    leaversSince: 2019,
    forms: ['A', 'B', 'C', 'D', 'E', 'F'],
    roles: scaled(SECONDARY_ROLES, scale),
    staffParentRate: 0.08,
  };
}

function primary(name) {
  return {
    name,
    years: [0, 1, 2, 3, 4, 5, 6],
    cohort: 35,
    sixthForm: 0,
    leaversSince: 2020,
    forms: ['Oak', 'Ash'],
    roles: PRIMARY_ROLES,
    staffParentRate: 0.15,
  };
}

export const SIZES = {
  tiny: { listScale: 0.08, schools: (names) => [{ ...secondary(names.secondary[0], 0.12), leaversSince: 2024 }] },
  school: { listScale: 1, schools: (names) => [secondary(names.secondary[0], 1)] },
  trust: {
    listScale: 0.6,
    schools: (names) => [
      secondary(names.secondary[0], 0.65),
      secondary(names.secondary[1], 0.55),
      primary(names.primary[0]),
      primary(names.primary[1]),
    ],
  },
};

export function generate({ seed, size, out }) {
  const random = new Random(`eval3/${size}/${seed}`);
  const pools = loadPools();
  const shuffled = random.shuffle([...pools.schoolNames]);
  const names = {
    primary: shuffled.filter((n) => /Primary/.test(n)),
    secondary: shuffled.filter((n) => !/Primary/.test(n)),
  };
  const specs = SIZES[size].schools(names).map((spec, i) => ({
    ...spec,
    la: String(300 + ((seed * 7 + i) % 600)),
    estab: String(4000 + i * 17 + (seed % 900)).padStart(4, '0'),
  }));
  const ids = { upnSerial: random.int(1000, 5000), adno: random.int(1000, 9000), staff: 0, names: new Set() };
  const staffPrefix = random.pick(['S', 'T', 'ST', 'E']);
  const schools = specs.map((spec) => new SchoolBuilder(random, pools, ids, spec).buildRoll().buildStaff(staffPrefix));
  const world = { schools, staff: schools.flatMap((s) => s.staff), listScale: SIZES[size].listScale };

  const lists = new ListBuilder(random, pools, world);
  lists.plantPupils();
  lists.plantFamilyLinks();
  lists.fillBackground();
  const rows = lists.rows();

  rmSync(out, { recursive: true, force: true });
  const formats = writeAudit(random, join(out, 'audit'), world, rows, lists.exemptions);

  const inScope = (s) => [...s.current, ...s.leavers.filter((p) => ageOn(p.dob) < 18)];
  const own = new Map(schools.map((s) => [s.spec.name, new NameIndex(inScope(s), pools)]));
  const trustIndex = new NameIndex(schools.flatMap(inScope), pools);
  const truth = truthRows(rows, own, trustIndex);
  const summary = {
    seed,
    size,
    auditDate: AUDIT_DATE,
    formats,
    schools: schools.map((s) => ({
      name: s.spec.name,
      current: s.current.length,
      leavers: s.leavers.length,
      staff: s.staff.length,
    })),
    connections: rows.length,
    exemptions: lists.exemptions.length,
  };
  writeTruth(join(out, 'truth'), truth, summary);
  return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { seed: { type: 'string' }, size: { type: 'string', default: 'school' }, out: { type: 'string' } },
  });
  if (!values.seed || !SIZES[values.size]) {
    console.error('usage: node eval3/generate.mjs --seed N [--size school|trust|tiny] [--out DIR]');
    process.exit(2);
  }
  const seed = Number(values.seed);
  const out = values.out ?? new URL(`out/${values.size}-${seed}`, import.meta.url).pathname;
  const summary = generate({ seed, size: values.size, out });
  console.log(
    `eval3 ${values.size} seed ${seed}: ${summary.connections} connection rows, ${summary.schools.map((s) => `${s.name} ${s.current}+${s.leavers} pupils, ${s.staff} staff`).join('; ')} → ${out}`,
  );
}
