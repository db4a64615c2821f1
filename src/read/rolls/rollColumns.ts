import type { ColumnAliases } from '../csvTable.js';

export type RollField =
  | 'upn'
  | 'admissionNumber'
  | 'legalForename'
  | 'legalSurname'
  | 'fullName'
  | 'preferredForename'
  | 'preferredSurname'
  | 'middleNames'
  | 'dob'
  | 'yearGroup'
  | 'regGroup'
  | 'admissionDate'
  | 'leavingDate'
  | 'school';

/**
 * Header names used by SIMS, Arbor, Bromcom, Integris, iSAMS (its table export's `txt…`/`int…`
 * columns and its XML's elements) and friends; the first is what errors quote. Headers compare
 * without case, spaces or punctuation, so `LEGAL_FIRST_NAME` is `Legal First Name`.
 */
export const ROLL_COLUMNS: ColumnAliases<RollField> = {
  upn: ['UPN', 'Unique Pupil Number', 'txtUPN'],
  // iSAMS has both a pupil's SchoolCode (the one people use) and SchoolId (an internal key): the code wins.
  admissionNumber: [
    'Adno',
    'Admission Number',
    'Admission No',
    'Adm No',
    'Admissions Number',
    'Pupil ID',
    'Student ID',
    'txtSchoolCode',
    'School Code',
    'School ID',
    'txtSchoolID',
    'MIS ID',
    'iSAMS Id',
  ],
  legalForename: [
    'Legal Forename',
    'Forename',
    'First Name',
    'Legal First Name',
    'Forenames',
    'Given Name',
    'Firstname',
    'txtForename',
  ],
  legalSurname: ['Legal Surname', 'Surname', 'Last Name', 'Legal Last Name', 'Family Name', 'Lastname', 'txtSurname'],
  fullName: ['Name', 'Full Name', 'Pupil Name', 'Student Name', 'Pupil', 'Student', 'txtFullName'],
  preferredForename: [
    'Preferred Forename',
    'Preferred First Name',
    'Preferred Name',
    'Known As',
    'Chosen Forename',
    'txtPreName',
  ],
  preferredSurname: ['Preferred Surname', 'Preferred Last Name', 'Chosen Surname'],
  middleNames: ['Middle Name(s)', 'Middle Names', 'Middle Name', 'txtMiddleNames'],
  dob: ['DOB', 'Date of Birth', 'Birth Date', 'Birthdate', 'txtDOB'],
  yearGroup: ['Year', 'Year Group', 'NC Year', 'NC Year Actual', 'Yr', 'Curriculum Year', 'intNCYear'],
  regGroup: [
    'Reg',
    'Reg Group',
    'Form',
    'Registration Group',
    'Registration Form',
    'Tutor Group',
    'Form Group',
    'Class',
    'txtForm',
  ],
  admissionDate: [
    'Admission Date',
    'Date of Admission',
    'Entry Date',
    'Start Date',
    'Enrolment Date',
    'txtEnrolmentDate',
  ],
  leavingDate: [
    'Date of Leaving',
    'Leaving Date',
    'Date Left',
    'Left Date',
    'Leave Date',
    'End Date',
    'txtLeavingDate',
  ],
  school: ['School', 'School Name', 'Academy', 'Academy Name'],
};

/** An id and a name: what makes a table a roll. */
export const ROLL_REQUIRED = [
  ['upn', 'admissionNumber'],
  ['legalForename', 'fullName'],
  ['legalSurname', 'fullName'],
] as const satisfies readonly (readonly RollField[])[];
