import { InputError } from '../../errors.js';
import type { CsvRow } from '../csvTable.js';
import type { Table, TableImporter } from './TableImporter.js';
import { children, parseXml, textAt, type XmlNode } from './xmlTree.js';

/** iSAMS' Pupil Manager elements read as a roll's columns (their names are matched like any header). */
const FIELDS = [
  '@Id',
  'SchoolId',
  'SchoolCode',
  'Forename',
  'Surname',
  'Preferredname',
  'MiddleNames',
  'Fullname',
  'DOB',
  'NCYear',
  'Form',
  'EnrolmentDate',
  'LeavingDate',
  'School',
] as const;
const HEADER = [
  'iSAMS Id',
  'SchoolId',
  'SchoolCode',
  'Forename',
  'Surname',
  'Preferredname',
  'Middle Names',
  'Fullname',
  'DOB',
  'NCYear',
  'Form',
  'Enrolment Date',
  'Leaving Date',
  'School',
];

/**
 * An iSAMS XML export (`PupilManager/CurrentPupils/Pupil`, as the batch API and its exports write
 * it): each pupil becomes a row. Pupils under another list of the Pupil Manager (former pupils)
 * are read too; their leaving date says they have left.
 */
export const isamsXmlTable: TableImporter = {
  format: 'an iSAMS XML export',
  detect: (head) => /<PupilManager[\s>]/.test(head),
  async parse(input): Promise<Table> {
    const tree = await parseXml(input.name, await input.text());
    const manager = findManager(tree);
    if (!manager || typeof manager === 'string')
      throw new InputError(input.name, undefined, 'has no PupilManager element', 'Export the pupils from iSAMS again.');
    // Rows are numbered by pupil (the first pupil in the file is 1): XML has no rows to point at.
    const rows: CsvRow[] = [{ cells: HEADER, line: 0 }];
    let entry = 0;
    for (const [listName, list] of Object.entries(manager)) {
      if (listName.startsWith('@') || Array.isArray(list) || list === undefined) continue;
      for (const pupil of children(list, 'Pupil')) {
        entry++;
        rows.push({ cells: FIELDS.map((field) => textAt(pupil, field)), line: entry });
      }
    }
    return { rows, notes: [] };
  },
};

function findManager(tree: Record<string, XmlNode>): XmlNode | undefined {
  if (tree.PupilManager !== undefined) return tree.PupilManager;
  for (const [name, value] of Object.entries(tree)) {
    if (name.startsWith('?') || typeof value !== 'object' || Array.isArray(value)) continue;
    if (value.PupilManager !== undefined) return value.PupilManager as XmlNode;
  }
  return undefined;
}
