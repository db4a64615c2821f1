import { describe, expect, it } from 'vitest';
import { ReportRefs } from '../../src/audit/ReportRefs.js';
import { toStaffRef } from '../../src/audit/refs.js';
import { runAudit } from '../../src/audit/runAudit.js';
import type { Pupil } from '../../src/model/records.js';
import { pupilScope, toPupilRef } from '../../src/policy/pupilScope.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const ZOE: Pupil = {
  id: 'P1',
  legalForename: 'Zoë',
  legalSurname: 'Łukasik',
  dob: '2012-01-01',
  yearGroup: 'Year 9',
  source: { file: 'roll.csv', line: 2 },
};

describe('ReportRefs', () => {
  it('gives one reference a pupil under one scope, as toPupilRef makes it, and makes another under another scope', () => {
    const refs = new ReportRefs();
    const scope = pupilScope(ZOE, '2026-11-24');
    const ref = refs.pupil(ZOE, scope);
    expect(ref).toEqual(toPupilRef(ZOE, scope));
    expect(refs.pupil(ZOE, scope)).toBe(ref);
    const later = pupilScope(ZOE, '2031-11-24');
    expect(refs.pupil(ZOE, later)).toEqual(toPupilRef(ZOE, later));
    expect(refs.pupil(ZOE, later)).not.toBe(ref);
  });

  it('gives one reference a member of staff, and one list of reasons for equal lists', () => {
    const refs = new ReportRefs();
    const member = { id: 'S1', name: 'Jane Doe', role: 'Teacher', school: ' Northfield ' };
    expect(refs.staffMember(member)).toEqual(toStaffRef(member));
    expect(refs.staffMember(member)).toBe(refs.staffMember(member));
    const first = refs.reasons(['NAME_EXACT', 'CURRENT_PUPIL']);
    expect(refs.reasons(['NAME_EXACT', 'CURRENT_PUPIL'])).toBe(first);
    expect(refs.reasons(['NAME_EXACT', 'HANDLE', 'CURRENT_PUPIL'])).toEqual(['NAME_EXACT', 'HANDLE', 'CURRENT_PUPIL']);
  });
});

describe('an audit’s findings', () => {
  it('share the references to one pupil, one member of staff and equal reasons, rather than each holding its own', async () => {
    const report = await runAudit(
      inputsFromText({
        rolls: { 'roll.csv': csv('UPN,Forename,Surname,DOB,Year', 'P1,Zoë,Łukasik,01/01/2012,Year 9') },
        staff: csv('staff_id,name,role', 'S1,Jane Doe,Teacher'),
        connections: {
          'connections.csv': csv(
            'staff_id,platform,display_name,username,relationship,connected_on',
            'S1,instagram,Zoë Łukasik,zoe.lukasik12,follower,2025-03-01',
            'S1,tiktok,Zoë Łukasik,zoe.lukasik12,follower,2025-04-01',
          ),
        },
      }),
      { auditDate: '2026-11-24' },
    );
    const [a, b] = report.findings;
    expect(report.findings).toHaveLength(2);
    expect(a!.pupil).toBe(b!.pupil);
    expect(a!.staff).toBe(b!.staff);
    expect(a!.reasons).toEqual(b!.reasons);
    expect(a!.reasons).toBe(b!.reasons);
  });
});
