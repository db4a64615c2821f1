// The trust's audit folder as its data manager would assemble it: one roll and one leavers list
// exported from the schools' MIS with a School column, the staff list with each member's school
// (typed by hand, so a few name their school in other capitals or without its apostrophe), the
// declared family links and everyone's connection lists; and the truth beside them, row for row.
import { line } from './csv.mjs';
import { exemptionsCsv, LIST_FILES, listFiles, ROLL_STYLES, slug, text } from './writeFiles.mjs';

export const TRUST_TRUTH_HEADER = [
  'source',
  'staff_id',
  'staff_school',
  'kind',
  'route',
  'disguise',
  'class',
  'status',
  'pupil_id',
  'pupil_school',
  'account_id',
  'platform',
  'display_name',
  'username',
];

/** Seeds alternate SIMS-like (School first) and Arbor-like (School Name last) exports. */
export const trustStyleFor = (seed) => (seed % 2 ? 'sims' : 'arbor');

function rollFiles(seed, pupils) {
  const style = ROLL_STYLES[trustStyleFor(seed)];
  const sims = trustStyleFor(seed) === 'sims';
  const shown = (p) => ({ ...p, yearGroup: p.yearGroup === 0 ? 'R' : p.yearGroup });
  const withSchool = (header, rowOf, list) => [
    sims ? ['School', ...header] : [...header, 'School Name'],
    ...list.map((p) => (sims ? [p.school.name, ...rowOf(shown(p))] : [...rowOf(shown(p)), p.school.name])),
  ];
  return {
    'roll.csv': text(
      withSchool(
        style.roll,
        style.rollRow,
        pupils.filter((p) => p.status === 'current'),
      ),
      style.eol,
      style.bom,
    ),
    'leavers.csv': text(
      withSchool(
        style.leavers,
        style.leaverRow,
        pupils.filter((p) => p.status === 'former'),
      ),
      style.eol,
      style.bom,
    ),
  };
}

/** How a member of staff's school is typed on the staff list: mostly as the MIS names it. */
function typedSchool(r, name) {
  return r.weighted([
    [name, 92],
    [name.toUpperCase().replace(/'/g, ''), 4],
    [name.toLowerCase(), 2],
    [name.replace(/'/g, ''), 2],
  ]);
}

export function writeTrustFiles(r, seed, { pupils, staff, links, rows }) {
  const files = rollFiles(seed, pupils);
  files['staff.csv'] = text(
    [
      ['staff_id', 'name', 'role', 'school', 'email'],
      ...staff.map((s) => [
        s.id,
        `${s.first} ${s.surname}`,
        s.role,
        typedSchool(r, s.school.name),
        `${slug(s)}@northvale-trust.example`,
      ]),
    ],
    '\n',
    false,
  );
  files['exemptions.csv'] = exemptionsCsv(links);
  const byStaff = new Map(staff.map((s) => [s, []]));
  for (const x of rows) byStaff.get(x.staff).push(x);
  const byFile = listFiles(r, staff, (s) => byStaff.get(s));
  const truth = [];
  for (const [path, { how, rows: fileRows }] of byFile) {
    const spec = LIST_FILES[how];
    files[path] = text([spec.header, ...fileRows.map(spec.row)], '\n', false);
    fileRows.forEach((x, i) => {
      const a = x.account;
      const named = a.pupil ?? (a.namesakeOf ?? []).find((p) => p.school === x.staff.school) ?? a.namesakeOf?.[0];
      truth.push({
        source: `${path}:${i + 2}`,
        staff_id: x.staff.id,
        staff_school: x.staff.school.name,
        kind: x.kind,
        route: x.route,
        disguise: a.pupil ? a.kind : '',
        class: a.pupil && (a.status === 'current' || a.status === 'former-u18') && x.kind !== 'X_EXEMPT' ? a.class : '',
        status: x.kind === 'X_EXEMPT' ? 'exempt' : a.status,
        pupil_id: a.pupil ? a.pupilId : (named?.id ?? a.pupilId),
        pupil_school: named?.school?.name ?? '',
        account_id: a.id,
        platform: a.platform,
        display_name: a.display,
        username: a.username,
      });
    });
  }
  return { files, truth };
}

export const truthCsv = (header, records) =>
  `${[header, ...records.map((t) => header.map((h) => t[h]))].map(line).join('\n')}\n`;
