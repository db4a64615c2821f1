// MIS-like exports of the roll and the leavers, with the headings real systems use.
import { isoDate, ukDate } from './text.mjs';

const yearLabel = (n, style) =>
  n === 0
    ? style === 'sims'
      ? 'Reception'
      : 'R'
    : style === 'sims'
      ? `Year ${n < 10 ? ' ' : ''}${n}`
      : style === 'arbor'
        ? `Year ${n}`
        : String(n);

export const ROLL_FORMATS = {
  sims: {
    header: [
      'UPN',
      'Adno',
      'Legal Surname',
      'Legal Forename',
      'Preferred Forename',
      'Preferred Surname',
      'Middle Name(s)',
      'DOB',
      'Gender',
      'Year',
      'Reg',
    ],
    row: (p) => [
      p.id,
      p.adno,
      p.surname,
      p.forename,
      p.preferred || p.forename,
      p.surname,
      p.middle,
      ukDate(p.dob),
      p.sex,
      yearLabel(p.yearNumber, 'sims'),
      p.form,
    ],
    bom: true,
    eol: '\r\n',
  },
  arbor: {
    header: [
      'UPN',
      'Admission Number',
      'First Name',
      'Middle Name(s)',
      'Last Name',
      'Preferred Forename',
      'Date of Birth',
      'Year Group',
      'Form',
    ],
    row: (p) => [
      p.id,
      p.adno,
      p.forename,
      p.middle,
      p.surname,
      p.preferred,
      isoDate(p.dob),
      yearLabel(p.yearNumber, 'arbor'),
      p.form,
    ],
    bom: false,
    eol: '\n',
  },
  bromcom: {
    header: [
      'UPN',
      'Forename',
      'Surname',
      'Preferred Forename',
      'Middle Name(s)',
      'Date of Birth',
      'Year Group',
      'Reg Group',
      'Admission Date',
    ],
    row: (p) => [
      p.id,
      p.forename,
      p.surname,
      p.preferred,
      p.middle,
      ukDate(p.dob),
      yearLabel(p.yearNumber, 'bromcom'),
      p.form,
      '',
    ],
    bom: false,
    eol: '\r\n',
  },
};

/** Leavers add a leaving date to the roll's columns. */
export function leaverFormat(name) {
  const f = ROLL_FORMATS[name];
  const heading = name === 'sims' ? 'Date of Leaving' : 'Leaving Date';
  const fmt = name === 'arbor' ? isoDate : ukDate;
  return { ...f, header: [...f.header, heading], row: (p) => [...f.row(p), fmt(p.leavingDate)] };
}

/** With several schools, every roll carries a School column. */
export function withSchool(format) {
  return { ...format, header: [...format.header, 'School'], row: (p) => [...format.row(p), p.school] };
}
