/**
 * node scripts/bench/crowdedForenames.js [--cli bin/social-audit.js] [--seed N] [--pool 40] [--rows 150]
 *
 * A bench case of a trust whose pupils share forenames as life's popular ones are shared: eight
 * secondary schools of 1,000 pupils, forenames drawn from the bench's `--pool` commonest (40: about
 * 200 pupils a forename in the trust, 30 a birth year, four a birth year in one school; 100: 80, 11,
 * one or two). Pupils write a forename alone and a number (`olivia_12`, born 2012; `olivia.yr9`;
 * `olivia13`, aged 13), `--rows` of each, and one adult in ten a forename and a number of 1 to 30 (a
 * shirt, a house, a child's age). Planted rows are on the pupil's own school's lists 92 times in 100,
 * as in the held-out trusts. Audited scoped and `--trust-wide`, it prints per kind the pupils found
 * (flag or review) and the adults reported: where a forename is this crowded, how a handle's number is
 * read decides which pupils of that forename are weighed at all (the matcher drops the forename-only
 * matches of an account shared by more than fifty). Writes bench-data/crowded-forenames (invented people).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_DATE, random } from './generate.js';
import { ADULT_FORENAMES, CHILD_FORENAMES, SURNAMES } from './namePools.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const cli = path.resolve(option('cli', path.join(root, 'bin/social-audit.js')));
const seed = Number(option('seed', '20261206'));
const rnd = random(seed);

const COMMONEST = CHILD_FORENAMES.slice(0, Number(option('pool', '40')));
const SCHOOLS = 8;
const PUPILS_PER_SCHOOL = 1000;
const STAFF_PER_SCHOOL = 40;
const ADULTS_PER_LIST = 300;
/** Rates fixed before measuring: planted rows per kind, the share on the pupil's own school's lists, adults writing a forename and number. */
const ROWS_PER_KIND = Number(option('rows', '150'));
const OWN_SCHOOL = 0.92;
const PLATFORMS = ['instagram', 'facebook', 'tiktok', 'x', 'snapchat'];
const ADULT_FORENAME_NUMBER = 0.1;

const pad = (n) => String(n).padStart(2, '0');
const schoolName = (s) => `Crowded School ${pad(s + 1)}`;
const ageOn = (dob, on) => Number(on.slice(0, 4)) - Number(dob.slice(0, 4)) - (on.slice(5) < dob.slice(5) ? 1 : 0);

const pupils = [];
for (let s = 0; s < SCHOOLS; s++)
  for (let i = 0; i < PUPILS_PER_SCHOOL; i++) {
    const year = 7 + rnd.int(7);
    // Born 1 September to 31 August of the year that puts the pupil in `year` on the audit date (2026-11-24).
    const startYear = 2014 - (year - 7);
    const month = 1 + rnd.int(12);
    const dob = `${month >= 9 ? startYear : startYear + 1}-${pad(month)}-${pad(1 + rnd.int(28))}`;
    const fore = rnd.pick(COMMONEST);
    pupils.push({ id: `C${s}${String(i).padStart(4, '0')}`, fore, sur: rnd.pick(SURNAMES), dob, year, school: s });
  }
const staff = [];
for (let s = 0; s < SCHOOLS; s++)
  for (let i = 0; i < STAFF_PER_SCHOOL; i++)
    staff.push({ id: `CS${s}${pad(i)}`, name: `${rnd.pick(ADULT_FORENAMES)} ${rnd.pick(SURNAMES)}`, school: s });

const rows = [];
const truth = {};
const row = (member, displayName, username, connectedOn, label) => {
  rows.push([member.id, member.name, rnd.pick(PLATFORMS), displayName, username, '', 'follower', connectedOn]);
  if (label) truth[rows.length + 1] = label;
};
const dateAfter = () => `2026-${pad(1 + rnd.int(10))}-${pad(1 + rnd.int(28))}`;
for (const member of staff)
  for (let i = 0; i < ADULTS_PER_LIST; i++) {
    const fore = rnd.pick(rnd.chance(0.1) ? CHILD_FORENAMES : ADULT_FORENAMES);
    const sur = rnd.pick(SURNAMES);
    if (rnd.chance(ADULT_FORENAME_NUMBER)) {
      const n = 1 + rnd.int(30);
      row(
        member,
        rnd.chance(0.5) ? `${fore} ${sur}` : fore,
        `${fore.toLowerCase()}${rnd.pick(['', '_', '.'])}${n}`,
        dateAfter(),
        {
          kind: 'adult_forename_number',
          trap: true,
        },
      );
    } else row(member, `${fore} ${sur}`, `${fore.toLowerCase()}.${sur.toLowerCase()}`, dateAfter());
  }
const KINDS = {
  forename_two_digit_year: (p) => `${p.fore.toLowerCase()}${rnd.pick(['_', ''])}${p.dob.slice(2, 4)}`,
  forename_year_group: (p) => `${p.fore.toLowerCase()}${rnd.pick(['.yr', '_y'])}${p.year}`,
  forename_age: (p) => `${p.fore.toLowerCase()}${rnd.pick(['', '_'])}${ageOn(p.dob, AUDIT_DATE)}`,
};
for (const [kind, handle] of Object.entries(KINDS))
  for (let i = 0; i < ROWS_PER_KIND; i++) {
    const p = rnd.pick(pupils);
    const own = rnd.chance(OWN_SCHOOL);
    const lists = staff.filter((m) => (m.school === p.school) === own);
    row(rnd.pick(lists), rnd.chance(0.5) ? p.fore : '', handle(p), dateAfter(), {
      kind,
      pupil: p.id,
      otherSchool: !own,
    });
  }

const dir = path.join(root, 'bench-data', 'crowded-forenames');
mkdirSync(dir, { recursive: true });
const uk = (iso) => iso.split('-').reverse().join('/');
writeFileSync(
  path.join(dir, 'roll.csv'),
  `UPN,Legal Forename,Legal Surname,DOB,Year,School\n${pupils.map((p) => `${p.id},${p.fore},${p.sur},${uk(p.dob)},Year ${p.year},${schoolName(p.school)}`).join('\n')}\n`,
);
writeFileSync(
  path.join(dir, 'staff.csv'),
  `staff_id,name,role,school\n${staff.map((m) => `${m.id},${m.name},Teacher,${schoolName(m.school)}`).join('\n')}\n`,
);
writeFileSync(
  path.join(dir, 'connections.csv'),
  `staff_id,staff_name,platform,display_name,username,profile_url,relationship,connected_on\n${rows.map((r) => r.join(',')).join('\n')}\n`,
);

writeFileSync(path.join(dir, 'truth.json'), JSON.stringify({ truth }));
for (const mode of ['--scoped', '--trust-wide']) {
  const out = path.join(dir, `report${mode.slice(1)}.json`);
  const run = spawnSync(
    process.execPath,
    [
      cli,
      'audit',
      dir,
      '--date',
      AUDIT_DATE,
      '--format',
      'json',
      '--out',
      out,
      ...(mode === '--trust-wide' ? [mode] : []),
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  if (run.status !== 0 && run.status !== 1) throw new Error(`audit failed:\n${run.stderr}`);
  const findings = new Map(
    JSON.parse(readFileSync(out, 'utf8')).findings.map((f) => [Number(f.connection.source.split(':').pop()), f]),
  );
  const tally = {};
  let backgroundReported = 0;
  for (const line of findings.keys()) if (!truth[line]) backgroundReported++;
  for (const [line, label] of Object.entries(truth)) {
    const f = findings.get(Number(line));
    const key = label.trap ? label.kind : `${label.kind}${label.otherSchool ? ' (other school)' : ''}`;
    if (!label.trap && label.otherSchool && mode === '--scoped') continue;
    tally[key] ??= { n: 0, found: 0 };
    const t = tally[key];
    t.n++;
    if (
      label.trap
        ? f
        : f && [f.pupil, ...(f.otherCandidates ?? []).map((c) => c.pupil)].some((p) => p.id === label.pupil)
    )
      t.found++;
  }
  process.stdout.write(
    `\n${mode.slice(2)}: ${rows.length} rows, ${pupils.length} pupils; kind: found (traps: reported)\n`,
  );
  for (const [key, t] of Object.entries(tally).sort())
    process.stdout.write(`  ${key.padEnd(40)} ${String(t.found).padStart(4)} of ${t.n}\n`);
  process.stdout.write(`  ${'other adults reported'.padEnd(40)} ${String(backgroundReported).padStart(4)}\n`);
}
