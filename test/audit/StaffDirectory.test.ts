import { describe, expect, it } from 'vitest';
import { StaffDirectory } from '../../src/audit/StaffDirectory.js';
import { InputError } from '../../src/errors.js';
import type { Connection, StaffMember } from '../../src/model/records.js';

/** Two colleagues who share a name: a finding must never fall on the wrong one (invented people). */
const janeA: StaffMember = { id: 'S003', name: 'Jane Smith' };
const janeB: StaffMember = { id: 'S017', name: 'Jane\u200b Smith' };
const omar: StaffMember = { id: 'S020', name: 'Omar Haddad' };
const ann: StaffMember = { id: 'S1', name: 'Ann Example' };
const bob: StaffMember = { id: 'S2', name: 'Bob Example', role: 'Teacher' };

const row = (staffId: string | undefined, staffName?: string): Connection => ({
  platform: 'instagram',
  source: { file: 'c.csv', line: 7 },
  ...(staffId ? { staffId } : {}),
  ...(staffName ? { staffName } : {}),
});

describe('StaffDirectory with two members of staff of one name', () => {
  it('refuses a row known only by the shared name, naming file, line and both ids, rather than giving it to the first', () => {
    const directory = new StaffDirectory([janeA, janeB, omar], 'staff.csv');
    let thrown: unknown;
    try {
      directory.resolve(row(undefined, 'jane smith'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).file).toBe('c.csv');
    expect((thrown as InputError).line).toBe(7);
    expect((thrown as InputError).message).toContain('S003 (Jane Smith)');
    expect((thrown as InputError).message).toContain('S017');
  });

  it('keeps each by id, and a name no one else bears still resolves', () => {
    const directory = new StaffDirectory([janeA, janeB, omar], 'staff.csv');
    expect(directory.resolve(row('S017', 'Jane Smith'))).toBe(janeB);
    expect(directory.resolve(row('S003', 'Jane Smith'))).toBe(janeA);
    expect(directory.resolve(row(undefined, 'Omar Haddad'))).toBe(omar);
  });

  it('refuses a subfolder of connections/ named by the shared name, and takes one named by id', () => {
    const directory = new StaffDirectory([janeA, janeB, omar], 'staff.csv');
    expect(() => directory.resolveFolder('Jane Smith')).toThrow(
      /connections\/Jane Smith: "Jane Smith" is the name of 2/,
    );
    expect(directory.resolveFolder('S017')).toBe(janeB);
    expect(directory.resolveFolder('S003 Jane Smith')).toBe(janeA);
  });
});

describe('StaffDirectory.resolve', () => {
  it('resolves rows that alternate between members of staff, known and unknown', () => {
    const directory = new StaffDirectory([ann, bob], 'staff.csv');
    const ids = ['S1', 'S1', 'S2', 'S9', 'S1', 'S9', 'S2'].map((id) => directory.resolve(row(id)).id);
    expect(ids).toEqual(['S1', 'S1', 'S2', 'S9', 'S1', 'S9', 'S2']);
    expect(directory.resolve(row('S1'))).toBe(ann);
    expect(directory.resolve(row(undefined, 'Bob Example'))).toBe(bob);
    expect([...directory.unknownIds]).toEqual(['S9']);
  });
});
