// What the tool never sees: for each connection row, who it really is, and whether its name is an
// in-scope pupil's (exactly, or one letter, a short form or a spelling away).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText } from './encode.mjs';
import { foldAccents } from './styles.mjs';

export function nameKey(text) {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Whether two words are at most one insertion, deletion, substitution or swap apart. */
export function withinOneEdit(a, b) {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Index of in-scope pupils' names, to label adults who share or nearly share one. */
export class NameIndex {
  constructor(pupils, pools) {
    this.bySurname = new Map();
    this.byForename = new Map();
    this.pools = pools;
    for (const p of pupils) {
      const s = nameKey(p.surname);
      for (const f of new Set([nameKey(p.forename), nameKey(p.preferred)])) {
        if (!this.bySurname.has(s)) this.bySurname.set(s, []);
        this.bySurname.get(s).push([f, p]);
        if (!this.byForename.has(f)) this.byForename.set(f, []);
        this.byForename.get(f).push([s, p]);
      }
    }
  }

  /** How many other pupils of the index share this pupil's whole name (legal or preferred forename). */
  sharing(pupil) {
    const s = nameKey(pupil.surname);
    const forenames = new Set([nameKey(pupil.forename), nameKey(pupil.preferred)]);
    const others = new Set(
      (this.bySurname.get(s) ?? []).filter(([f, p]) => p.id !== pupil.id && forenames.has(f)).map(([, p]) => p.id),
    );
    return others.size;
  }

  /** ['exact' | 'near' | '', pupil]. */
  relation(forename, surname) {
    const f = nameKey(forename);
    const s = nameKey(surname);
    const sameSurname = this.bySurname.get(s) ?? [];
    const exact = sameSurname.find(([pf]) => pf === f);
    if (exact) return ['exact', exact[1]];
    for (const [pf, p] of sameSurname) {
      const variants = [
        ...(this.pools.shortForms.get(p.forename) ?? []),
        ...(this.pools.transliterations.get(p.forename) ?? []),
      ].map(nameKey);
      if (withinOneEdit(pf, f) || variants.includes(f)) return ['near', p];
    }
    for (const [ps, p] of this.byForename.get(f) ?? []) {
      if (withinOneEdit(ps, s)) return ['near', p];
    }
    return ['', null];
  }
}

export const TRUTH_HEADER = [
  'source',
  'staff_id',
  'staff_school',
  'platform',
  'display_name',
  'username',
  'kind',
  'pupil_id',
  'pupil_school',
  'status',
  'age',
  'class',
  'disguise',
  'note',
  'rel_own',
  'rel_own_pupil',
  'rel_trust',
  'rel_trust_pupil',
  'shared_own',
  'shared_trust',
];

export function truthRows(rows, ownIndex, trustIndex) {
  return rows.map((row) => {
    const t = row.truth;
    let rel = ['', null];
    let relTrust = ['', null];
    if (t.person) {
      rel = ownIndex.get(row.staff.school).relation(t.person.forename, t.person.surname);
      relTrust = trustIndex.relation(t.person.forename, t.person.surname);
    }
    return [
      row.source,
      row.staff.id,
      row.staff.school,
      row.platform,
      row.display,
      row.username,
      t.kind,
      t.pupil?.id ?? '',
      t.pupil?.school ?? '',
      t.status ?? '',
      t.age ?? '',
      t.class ?? '',
      t.disguise ?? '',
      t.note ?? '',
      rel[0],
      rel[1]?.id ?? '',
      relTrust[0],
      relTrust[1]?.id ?? '',
      t.pupil && t.pupilSide ? ownIndex.get(t.pupil.school).sharing(t.pupil) : '',
      t.pupil && t.pupilSide ? trustIndex.sharing(t.pupil) : '',
    ];
  });
}

export function writeTruth(root, rows, summary) {
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'connections.csv'), csvText(TRUTH_HEADER, rows, { eol: '\n' }));
  writeFileSync(join(root, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
}
