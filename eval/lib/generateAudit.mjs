// Writes one evaluation: an audit folder the tool reads, and a truth folder it never sees.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCsv } from './csvWriter.mjs';
import { makeNameIndex } from './nameIndex.mjs';
import { makeNamer, makeSchoolPupils, makeStaff, pupilKey } from './people.mjs';
import { loadPools } from './pools.mjs';
import { makeRng } from './rng.mjs';
import { leaverFormat, ROLL_FORMATS, withSchool } from './rollFormats.mjs';
import { adultTrapRow, backgroundRow, pupilRow, relationshipFor } from './rows.mjs';
import { SIZES } from './sizes.mjs';
import { addYears, ageOn, handlePart, isoDate, ukDate } from './text.mjs';

export const TRUTH_HEADER = [
  'source',
  'kind',
  'class',
  'who',
  'pupil_id',
  'pupil_school',
  'staff_id',
  'staff_school',
  'near_pupil_id',
];

function schoolList(spec, rng, pools) {
  const places = rng.shuffle([...pools.places]);
  const schools = [];
  const add = (phase, pupils, i) => {
    const place = places[schools.length % places.length];
    const name =
      phase === 'secondary'
        ? `${place} ${rng.pick(['Academy', 'High School', 'School', 'Community College'])}`
        : `${place} ${rng.pick(['Primary School', 'Primary Academy', 'C of E Primary', 'Infant and Junior School'])}`;
    schools.push({
      name,
      slug: handlePart(place),
      phase,
      pupils: Math.round(pupils * (0.85 + 0.3 * rng.next())),
      la: String(300 + schools.length * 7).slice(0, 3),
      estab: String(4000 + schools.length * 13 + i).padStart(4, '0'),
    });
  };
  for (let i = 0; i < spec.secondary.count; i++) add('secondary', spec.secondary.pupils, i);
  for (let i = 0; i < spec.primary.count; i++) add('primary', spec.primary.pupils, i);
  return schools;
}

export function generateAudit({ size = 'school', seed, out, date }) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}: ${Object.keys(SIZES).join(', ')}`);
  seed = seed ?? spec.seed;
  const auditDate = new Date(`${date}T00:00:00Z`);
  const rng = makeRng(seed);
  const pools = loadPools();
  const namer = makeNamer(pools);
  const trust = spec.secondary.count + spec.primary.count > 1;
  const schools = schoolList(spec, rng, pools);

  const realNames = new Set();
  for (const o of Object.values(pools.by))
    for (const t of [o.child.M, o.child.F, o.adult.M, o.adult.F, o.surnames])
      for (const n of t.items) realNames.add(handlePart(n.name));
  for (const m of [pools.nicknames, pools.diminutives, pools.transliterations, pools.spellings])
    for (const [k, v] of m) {
      realNames.add(handlePart(k));
      v.forEach((x) => {
        realNames.add(handlePart(x));
      });
    }
  const commonKeys = new Set(['jessica taylor', 'oliver smith', 'muhammad khan']);
  const ctx = {
    pools,
    namer,
    auditDate,
    realNames,
    commonKeys,
    probe: makeRng(`${seed}/probe`),
    decks: new Map(),
    adultForename: (origin, sex, r) => namer.forename(origin, sex, 'adult', r),
    adultSurname: (origin, r) => namer.surname(origin, r),
  };

  const audit = join(out, 'audit');
  const truthDir = join(out, 'truth');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(audit, 'connections'), { recursive: true });
  mkdirSync(truthDir, { recursive: true });

  // People
  const pupilsBySchool = new Map();
  const staffBySchool = new Map();
  const pupilByKey = new Map();
  const schoolsByKey = new Map();
  const nameIndex = makeNameIndex(pools);
  let staffCount = 0;
  for (const [i, school] of schools.entries()) {
    const { current, former } = makeSchoolPupils(school, namer, rng, auditDate);
    pupilsBySchool.set(school.name, { current, former });
    for (const p of [...current, ...former]) {
      nameIndex.addPupil(p);
      for (const key of [pupilKey(p), p.preferred ? `${handlePart(p.preferred)} ${handlePart(p.surname)}` : null]) {
        if (!key) continue;
        if (!pupilByKey.has(key)) {
          pupilByKey.set(key, p);
          schoolsByKey.set(key, new Set());
        }
        schoolsByKey.get(key).add(p.school);
      }
    }
    const staff = makeStaff(
      school,
      Math.max(3, Math.round(school.pupils * spec.staffPerPupil)),
      namer,
      rng,
      trust ? `${school.slug.slice(0, 4).toUpperCase()}${i}-` : 'S',
    );
    staffBySchool.set(school.name, staff);
    staffCount += staff.length;
  }

  ctx.isPupilName = (a) => pupilByKey.has(`${handlePart(a.forename)} ${handlePart(a.surname)}`);

  // Roll, leavers, staff, exemptions
  const formatName = rng.pick(Object.keys(ROLL_FORMATS));
  const leaversName = rng.pick(Object.keys(ROLL_FORMATS));
  const rollFmt = trust ? withSchool(ROLL_FORMATS[formatName]) : ROLL_FORMATS[formatName];
  const leavFmt = trust ? withSchool(leaverFormat(leaversName)) : leaverFormat(leaversName);
  const roll = openCsv(join(audit, 'roll.csv'), rollFmt.header, rollFmt);
  const leavers = openCsv(join(audit, 'leavers.csv'), leavFmt.header, leavFmt);
  const pupilsTruth = openCsv(join(truthDir, 'pupils.csv'), ['id', 'school', 'status', 'age', 'name']);
  const staffFile = openCsv(
    join(audit, 'staff.csv'),
    trust ? ['staff_id', 'name', 'role', 'school'] : ['staff_id', 'name', 'role', 'email'],
  );
  const staffTruth = openCsv(join(truthDir, 'staff.csv'), ['id', 'school', 'name']);
  const exemptions = openCsv(join(audit, 'exemptions.csv'), [
    'staff_id',
    'pupil_id',
    'relationship',
    'recorded_on',
    'recorded_by',
    'review_on',
    'note',
  ]);
  const exemptFor = new Map();
  for (const school of schools) {
    const { current, former } = pupilsBySchool.get(school.name);
    const staff = staffBySchool.get(school.name);
    const older = current.filter((p) => p.yearNumber >= 4);
    for (let e = 0; e < spec.exemptionsPerSchool; e++) {
      const child = rng.pick(older);
      const parent = staff[2 + e * 3];
      if (!parent || exemptFor.has(parent.id)) continue;
      parent.surname = child.surname;
      parent.name = `${parent.forename} ${parent.surname}`;
      exemptFor.set(parent.id, child);
      exemptions.row([
        parent.id,
        child.id,
        rng.pick(['parent', 'parent', 'aunt', 'grandparent']),
        isoDate(addYears(auditDate, -1)),
        'Headteacher',
        isoDate(addYears(auditDate, 1)),
        'declared family link',
      ]);
    }
    for (const p of current) {
      roll.row(rollFmt.row(p));
      pupilsTruth.row([p.id, school.name, 'current', ageOn(p.dob, auditDate), `${p.forename} ${p.surname}`]);
    }
    for (const p of former) {
      leavers.row(leavFmt.row(p));
      pupilsTruth.row([p.id, school.name, 'former', ageOn(p.dob, auditDate), `${p.forename} ${p.surname}`]);
    }
    for (const s of staff) {
      staffFile.row(
        trust
          ? [s.id, s.name, s.role, school.name]
          : [s.id, s.name, s.role, `${handlePart(s.forename)[0]}.${handlePart(s.surname)}@school.example`],
      );
      staffTruth.row([s.id, school.name, s.name]);
    }
  }
  for (const w of [roll, leavers, pupilsTruth, staffFile, staffTruth, exemptions]) w.close();

  // Connections
  const truth = openCsv(join(truthDir, 'connections.csv'), TRUTH_HEADER);
  const isoDates = rng.chance(0.5);
  const generic = new Map();
  const genericFile = (school) => {
    const rel = trust ? `connections/${school.slug}-lists.csv` : 'connections.csv';
    if (!generic.has(rel))
      generic.set(
        rel,
        openCsv(join(audit, rel), [
          'Staff ID',
          'Staff Name',
          'Platform',
          'Display Name',
          'Username',
          'Profile URL',
          'Relationship',
          'Connected On',
        ]),
      );
    return [rel, generic.get(rel)];
  };
  const fmtDate = (d) => (d ? (isoDates ? isoDate(d) : ukDate(d)) : '');
  let connections = 0;
  const counts = {};
  const otherSchools = schools.filter(() => true);

  for (const school of schools) {
    const { current, former } = pupilsBySchool.get(school.name);
    const plantable = current.filter((p) => ageOn(p.dob, auditDate) >= 9);
    const formerUnder18 = former.filter((p) => ageOn(p.dob, auditDate) < 18 && ageOn(p.dob, auditDate) >= 9);
    const former18 = former.filter((p) => ageOn(p.dob, auditDate) >= 18);
    const trapTargets = [...plantable, ...formerUnder18];
    for (const s of staffBySchool.get(school.name)) {
      const rows = [];
      const nBackground = Math.max(5, Math.round(spec.connectionsPerStaff * (0.25 + 1.5 * rng.next())));
      for (let i = 0; i < nBackground; i++) rows.push(backgroundRow(ctx, rng));
      const nPupils = rng.poisson(spec.pupilPlantsPerStaff);
      for (let i = 0; i < nPupils; i++) {
        const r = rng.next();
        let row;
        if (r < 0.86 || !formerUnder18.length) row = pupilRow(plantable, ctx, rng);
        else if (r < 0.95) row = pupilRow(formerUnder18, ctx, rng);
        else row = former18.length ? pupilRow(former18, ctx, rng, (k) => k.cls === 'clear') : null;
        if (row)
          rows.push({
            ...row,
            who:
              row.pupil.status === 'current'
                ? 'current'
                : ageOn(row.pupil.dob, auditDate) >= 18
                  ? 'former-18plus'
                  : 'former',
          });
      }
      const nTraps = rng.poisson(spec.adultTrapsPerStaff);
      for (let i = 0; i < nTraps; i++) {
        const row = adultTrapRow(trapTargets, ctx, rng);
        if (row) rows.push({ ...row, who: 'adult' });
      }
      const nOther = trust ? rng.poisson(spec.otherSchoolPerStaff) : 0;
      for (let i = 0; i < nOther; i++) {
        const other = rng.pick(otherSchools.filter((o) => o.name !== school.name));
        const pool = pupilsBySchool.get(other.name).current.filter((p) => ageOn(p.dob, auditDate) >= 11);
        const row = pool.length ? pupilRow(pool, ctx, rng, (k) => k.cls === 'clear') : null;
        if (row) rows.push({ ...row, who: 'other-school' });
      }
      const child = exemptFor.get(s.id);
      if (child) {
        const row = pupilRow([child], ctx, rng, (k) =>
          ['exact', 'usual-nickname', 'preferred-name', 'exact-handle', 'emoji-around'].includes(k.kind),
        );
        if (row) rows.push({ ...row, who: 'exempt' });
      }
      rng.shuffle(rows);

      const ownFolder = rng.chance(0.3);
      const write = (rel, writer, r, staffCols) => {
        const relationship = relationshipFor(r.platform, rng);
        const date =
          r.date === undefined
            ? rng.chance(0.15)
              ? null
              : new Date(Date.UTC(2009, 0, 1) + rng.next() * (auditDate.getTime() - Date.UTC(2009, 0, 1)))
            : r.date;
        const line = writer.row([...staffCols, r.platform, r.display, r.username, r.url, relationship, fmtDate(date)]);
        connections++;
        const source = `${rel}:${line}`;
        if (r.pupil) {
          truth.row([
            source,
            r.kind,
            r.cls,
            r.who,
            r.who === 'adult' ? '' : r.pupil.id,
            r.pupil.school,
            s.id,
            school.name,
            r.who === 'adult' ? r.pupil.id : '',
          ]);
          counts[r.who] = (counts[r.who] ?? 0) + 1;
        } else if (r.adult) {
          // An unrelated adult who happens to carry a pupil's exact name: in the staff member's own
          // school, or only elsewhere in the trust.
          const key = `${handlePart(r.adult.forename)} ${handlePart(r.adult.surname)}`;
          if (
            pupilByKey.has(key) &&
            handlePart(`${r.display}${r.username}`).includes(handlePart(r.adult.forename) + handlePart(r.adult.surname))
          ) {
            const own = schoolsByKey.get(key).has(school.name);
            const kind = own ? 'namesake-background' : 'namesake-background-trust';
            truth.row([
              source,
              kind,
              'adult',
              'namesake-background',
              '',
              own ? school.name : pupilByKey.get(key).school,
              s.id,
              school.name,
              pupilByKey.get(key).id,
            ]);
            counts[kind] = (counts[kind] ?? 0) + 1;
          } else if (handlePart(`${r.display}${r.username}`).includes(handlePart(r.adult.forename))) {
            const nearSchool = nameIndex.nearSchool(r.adult.forename, r.adult.surname);
            if (nearSchool) {
              truth.row([
                source,
                'near-namesake-background',
                'adult',
                'namesake-background',
                '',
                nearSchool,
                s.id,
                school.name,
                '',
              ]);
              counts['near-namesake-background'] = (counts['near-namesake-background'] ?? 0) + 1;
            }
          }
        }
      };
      if (ownFolder) {
        const byPlatform = new Map();
        for (const r of rows) {
          if (!byPlatform.has(r.platform)) byPlatform.set(r.platform, []);
          byPlatform.get(r.platform).push(r);
        }
        for (const [platform, list] of byPlatform) {
          const rel = `connections/${s.id}/${platform}.csv`;
          const w = openCsv(join(audit, rel), [
            'platform',
            'display_name',
            'username',
            'profile_url',
            'relationship',
            'connected_on',
          ]);
          for (const r of list) write(rel, w, r, []);
          w.close();
        }
      } else {
        const [rel, w] = genericFile(school);
        for (const r of rows) write(rel, w, r, [s.id, s.name]);
      }
    }
  }
  for (const w of generic.values()) w.close();
  truth.close();

  const meta = {
    size,
    seed,
    auditDate: isoDate(auditDate),
    trust,
    schools: schools.map((s) => s.name),
    pupils: schools.reduce((a, s) => a + pupilsBySchool.get(s.name).current.length, 0),
    formerPupils: schools.reduce((a, s) => a + pupilsBySchool.get(s.name).former.length, 0),
    staff: staffCount,
    connections,
    planted: counts,
    rollFormat: formatName,
    leaversFormat: leaversName,
  };
  writeFileSync(join(truthDir, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  return meta;
}
