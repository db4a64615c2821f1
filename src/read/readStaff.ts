import { InputError, quote } from '../errors.js';
import type { StaffMember } from '../model/records.js';
import { type ColumnAliases, cell, mapColumns } from './csvTable.js';
import type { FileSource } from './rolls/TableImporter.js';
import { tableRows } from './rolls/tableRows.js';

type StaffField = 'id' | 'name' | 'forename' | 'surname' | 'role' | 'email' | 'school';

export const STAFF_COLUMNS: ColumnAliases<StaffField> = {
  id: ['staff_id', 'Staff ID', 'ID', 'Staff Code', 'Employee ID', 'Payroll Number'],
  name: ['name', 'Full Name', 'Staff Name'],
  forename: ['forename', 'First Name', 'Legal Forename', 'Preferred Forename', 'Given Name'],
  surname: ['surname', 'Last Name', 'Legal Surname', 'Family Name'],
  role: ['role', 'Job Title', 'Position', 'Type', 'Category'],
  email: ['email', 'Email Address', 'E-mail'],
  school: ['school', 'School Name', 'Academy', 'Academy Name'],
};

/** A staff id and a name: what makes a table a staff list. */
export const STAFF_REQUIRED = ['id', ['name', 'surname']] as const satisfies readonly (
  | StaffField
  | readonly StaffField[]
)[];

/** Everyone the policy covers: staff, governors, volunteers, PTA, visitors, contractors. */
export async function readStaff(source: FileSource): Promise<StaffMember[]> {
  const staff: StaffMember[] = [];
  const seen = new Map<string, number>();
  let columns: ReturnType<typeof mapColumns<StaffField>> | undefined;
  for await (const row of tableRows(source, STAFF_COLUMNS, STAFF_REQUIRED)) {
    if (!columns) {
      columns = mapColumns(source.name, row, STAFF_COLUMNS, STAFF_REQUIRED, 'a staff list');
      continue;
    }
    const get = (field: StaffField): string | undefined => cell(row, columns!, field);
    const id = get('id');
    if (!id)
      throw new InputError(
        source.name,
        row.line,
        `has no staff_id${get('name') ? ` (${quote(get('name')!)})` : ''}`,
        'Give everyone the policy covers an id, as the connection lists name them (a payroll or MIS staff code will do).',
      );
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new InputError(
        source.name,
        row.line,
        `staff_id ${quote(id)} is used twice (first on line ${earlier})`,
        'Each person needs their own id.',
      );
    }
    seen.set(id, row.line);
    const forename = get('forename');
    const surname = get('surname');
    const name = get('name') ?? [forename, surname].filter(Boolean).join(' ');
    const member: StaffMember = { id, name, source: { file: source.name, line: row.line } };
    if (forename) member.forename = forename;
    if (surname) member.surname = surname;
    const role = get('role');
    if (role) member.role = role;
    const email = get('email');
    if (email) member.email = email;
    const school = get('school');
    if (school) member.school = school.replace(/\s+/g, ' ');
    staff.push(member);
  }
  if (!columns) throw new InputError(source.name, undefined, 'is empty', 'Expected a header row: staff_id, name, role');
  return staff;
}
