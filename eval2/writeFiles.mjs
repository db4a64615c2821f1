// The audit folder's files as a school's MIS and staff would hand them in (headers, date formats,
// BOMs and line ends vary by export), and the truth beside them, row for row.
import { line } from './csv.mjs';
import { AUDIT_DATE } from './school.mjs';

const dmy = (isoDate) => (isoDate ? `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}` : '');
const asIs = (isoDate) => isoDate;

/** Three MIS export styles; the seed picks one. */
export const ROLL_STYLES = {
  sims: {
    bom: true,
    eol: '\r\n',
    idOf: (p) => p.upn,
    roll: [
      'UPN',
      'Adno',
      'Legal Surname',
      'Legal Forename',
      'Preferred Forename',
      'Middle Name(s)',
      'DOB',
      'Gender',
      'Year',
      'Reg',
    ],
    rollRow: (p) => [
      p.upn,
      p.adno,
      p.surname,
      p.legalFirst,
      p.first,
      p.middle,
      dmy(p.dob),
      p.sex,
      `Year ${p.yearGroup}`,
      p.reg,
    ],
    leavers: ['UPN', 'Adno', 'Legal Surname', 'Legal Forename', 'Preferred Forename', 'DOB', 'Year', 'Date of Leaving'],
    leaverRow: (p) => [
      p.upn,
      p.adno,
      p.surname,
      p.legalFirst,
      p.first,
      dmy(p.dob),
      `Year ${p.yearGroup}`,
      dmy(p.leaving),
    ],
  },
  arbor: {
    bom: false,
    eol: '\n',
    idOf: (p) => p.upn,
    roll: [
      'UPN',
      'First Name',
      'Last Name',
      'Preferred Forename',
      'Middle Name(s)',
      'Date of Birth',
      'Year Group',
      'Form',
    ],
    rollRow: (p) => [p.upn, p.legalFirst, p.surname, p.first, p.middle, asIs(p.dob), `Year ${p.yearGroup}`, p.reg],
    leavers: ['UPN', 'First Name', 'Last Name', 'Preferred Forename', 'Date of Birth', 'Year Group', 'Leaving Date'],
    leaverRow: (p) => [p.upn, p.legalFirst, p.surname, p.first, asIs(p.dob), `Year ${p.yearGroup}`, asIs(p.leaving)],
  },
  bromcom: {
    bom: true,
    eol: '\r\n',
    idOf: (p) => p.adno,
    roll: [
      'Admission Number',
      'Forename',
      'Preferred Forename',
      'Surname',
      'Middle Name(s)',
      'Date of Birth',
      'Year Group',
      'Reg Group',
      'Admission Date',
    ],
    rollRow: (p) => [
      p.adno,
      p.legalFirst,
      p.first,
      p.surname,
      p.middle,
      dmy(p.dob),
      String(p.yearGroup),
      p.reg,
      dmy(`${p.cohort + 12}-09-0${(p.adno.charCodeAt(5) % 5) + 1}`),
    ],
    leavers: ['Admission Number', 'Forename', 'Surname', 'Date of Birth', 'Year Group', 'Date of Leaving'],
    leaverRow: (p) => [p.adno, p.legalFirst, p.surname, dmy(p.dob), String(p.yearGroup), dmy(p.leaving)],
  },
};
export const styleFor = (seed) => ['sims', 'arbor', 'bromcom'][(seed - 1) % 3];
export const pupilIdOf = (seed) => ROLL_STYLES[styleFor(seed)].idOf;

export const text = (rows, eol, bom) => (bom ? '\uFEFF' : '') + rows.map(line).join(eol) + eol;

/** How each member of staff's list is handed in: the shared CSV or a file of their own. */
export const LIST_FILES = {
  shared: {
    header: [
      'staff_id',
      'staff_name',
      'platform',
      'display_name',
      'username',
      'profile_url',
      'relationship',
      'connected_on',
    ],
    row: (x) => [
      x.staff.id,
      `${x.staff.first} ${x.staff.surname}`,
      x.account.platform,
      x.account.display,
      x.account.username,
      x.account.profileUrl,
      x.relationship,
      asIs(x.connectedOn),
    ],
  },
  byId: {
    header: ['Staff ID', 'Platform', 'Display Name', 'Username', 'Profile URL', 'Relationship', 'Connected On'],
    row: (x) => [
      x.staff.id,
      cap(x.account.platform),
      x.account.display,
      x.account.username,
      x.account.profileUrl,
      x.relationship,
      dmy(x.connectedOn),
    ],
  },
  byName: {
    header: ['Staff Name', 'Platform', 'Display Name', 'Username', 'Relationship', 'Connected On'],
    row: (x) => [
      `${x.staff.first} ${x.staff.surname}`,
      cap(x.account.platform),
      x.account.display,
      x.account.username,
      x.relationship,
      dmy(x.connectedOn),
    ],
  },
};
const cap = (w) => (w === 'x' ? 'X' : w.charAt(0).toUpperCase() + w.slice(1));
export const slug = (s) =>
  `${s.first}-${s.surname}`
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '');

export const TRUTH_HEADER = [
  'source',
  'staff_id',
  'kind',
  'disguise',
  'class',
  'status',
  'pupil_id',
  'account_id',
  'platform',
  'display_name',
  'username',
];

/** Returns { files: { path: text }, truth: [record…] }. */
/** The family links the Headteacher was told of, as `exemptions.csv` holds them (the school's and the trust's alike). */
export const exemptionsCsv = (links) =>
  text(
    [
      ['staff_id', 'pupil_id', 'relationship', 'recorded_on', 'recorded_by', 'review_on', 'note'],
      ...links
        .filter((l) => l.staff.declared)
        .map((l) => [
          l.staff.id,
          l.pupil.id,
          l.relationship,
          '2026-09-04',
          'Headteacher',
          '2027-09-01',
          `${l.pupil.first} is family`,
        ]),
    ],
    '\n',
    false,
  );

/**
 * Who hands in what: most in the shared CSV, some a file of their own (by id, or by name where
 * unique). One draw per member of staff, in order; `rowsOf(s)` are that member's rows.
 */
export function listFiles(r, staff, rowsOf) {
  const names = new Map();
  for (const s of staff) names.set(`${s.first} ${s.surname}`, (names.get(`${s.first} ${s.surname}`) ?? 0) + 1);
  const byFile = new Map();
  for (const s of staff) {
    const how = r.weighted([
      ['shared', 65],
      ['byId', 20],
      ['byName', names.get(`${s.first} ${s.surname}`) === 1 ? 15 : 0],
    ]);
    const path =
      how === 'shared' ? 'connections.csv' : how === 'byId' ? `connections/${s.id}.csv` : `connections/${slug(s)}.csv`;
    if (!byFile.has(path)) byFile.set(path, { how, rows: [] });
    byFile.get(path).rows.push(...rowsOf(s));
  }
  return byFile;
}

export function writeFiles(r, seed, { pupils, staff, links, rows }) {
  const style = ROLL_STYLES[styleFor(seed)];
  const files = {};
  const current = pupils.filter((p) => p.status === 'current');
  const former = pupils.filter((p) => p.status === 'former');
  files['roll.csv'] = text([style.roll, ...current.map(style.rollRow)], style.eol, style.bom);
  files['leavers.csv'] = text([style.leavers, ...former.map(style.leaverRow)], style.eol, style.bom);
  files['staff.csv'] = text(
    [
      ['staff_id', 'name', 'role', 'email'],
      ...staff.map((s) => [s.id, `${s.first} ${s.surname}`, s.role, `${slug(s)}@oakfield-academy.example`]),
    ],
    '\n',
    false,
  );
  files['exemptions.csv'] = exemptionsCsv(links);
  const byFile = listFiles(r, staff, (s) => rows.filter((x) => x.staff === s));
  const truth = [];
  for (const [path, { how, rows: fileRows }] of byFile) {
    const spec = LIST_FILES[how];
    files[path] = text([spec.header, ...fileRows.map(spec.row)], '\n', false);
    fileRows.forEach((x, i) => {
      const a = x.account;
      truth.push({
        source: `${path}:${i + 2}`,
        staff_id: x.staff.id,
        kind: x.kind,
        disguise: a.pupil ? a.kind : '',
        class: a.pupil && (a.status === 'current' || a.status === 'former-u18') && x.kind !== 'X_EXEMPT' ? a.class : '',
        status: x.kind === 'X_EXEMPT' ? 'exempt' : a.status,
        pupil_id: a.pupilId,
        account_id: a.id,
        platform: a.platform,
        display_name: a.display,
        username: a.username,
      });
    });
  }
  return { files, truth, auditDate: AUDIT_DATE };
}
