import type {
  AuditReport,
  AuditWarning,
  ExemptedConnection,
  Finding,
  PupilRef,
  StaffRef,
} from '../../../src/model/report.js';

/** Small builders of reports about invented people, for tests that need no audit run. */
export function staffMember(id: string, name: string, role = 'Teacher'): StaffRef {
  return { id, name, role };
}

let pupilCount = 0;

export function pupil(name: string, extra: Partial<PupilRef> = {}): PupilRef {
  pupilCount++;
  return {
    id: `UPN${String(pupilCount).padStart(4, '0')}`,
    name,
    status: 'current',
    age: 9,
    dob: '2017-03-01',
    yearGroup: 'Year 4',
    regGroup: '4B',
    ...extra,
  };
}

let line = 1;

export function finding(staff: StaffRef, who: PupilRef, extra: Partial<Finding> = {}): Finding {
  line++;
  const handle = who.name.toLowerCase().replace(/\s+/g, '.');
  return {
    level: 'flag',
    staff,
    pupil: who,
    connection: {
      platform: 'instagram',
      name: who.name,
      username: handle,
      profileUrl: `https://instagram.example/${handle}`,
      relationship: 'follower',
      connectedOn: '2026-03-01',
      source: `connections/${staff.name}/instagram.csv:${line}`,
    },
    score: 0.97,
    reasons: ['NAME_EXACT', who.status === 'current' ? 'CURRENT_PUPIL' : 'FORMER_PUPIL_UNDER_18'],
    ...extra,
  };
}

export function exempted(staff: StaffRef, who: PupilRef, recordedBy = 'Helen Carter'): ExemptedConnection {
  return {
    staff,
    pupil: who,
    connection: { platform: 'facebook', name: who.name, relationship: 'friend', source: `connections.csv:${++line}` },
    exemption: {
      staffId: staff.id,
      pupilId: who.id,
      relationship: 'aunt',
      recordedOn: '2026-09-08',
      recordedBy,
      reviewOn: '2027-09-08',
      note: `${who.name} is ${staff.name}'s niece`,
    },
  };
}

/** A report whose summary agrees with its contents. */
export function report(
  parts: {
    findings?: Finding[];
    exempted?: ExemptedConnection[];
    warnings?: AuditWarning[];
    staff?: StaffRef[];
    school?: string;
    auditDate?: string;
  } = {},
): AuditReport {
  const findings = parts.findings ?? [];
  const exemptedList = parts.exempted ?? [];
  const warnings = parts.warnings ?? [];
  const staff = parts.staff ?? [...new Map([...findings, ...exemptedList].map((f) => [f.staff.id, f.staff])).values()];
  const flag = findings.filter((f) => f.level === 'flag').length;
  return {
    tool: { name: 'social-audit', version: '0.1.0' },
    auditDate: parts.auditDate ?? '2026-11-24',
    school: parts.school ?? 'Hollowmere Primary School',
    summary: {
      pupils: { current: 240, former: 35, formerInScope: 12 },
      staff: staff.length,
      connections: 1234,
      findings: { flag, review: findings.length - flag, total: findings.length },
      staffWithFindings: new Set(findings.map((f) => f.staff.id)).size,
      exempted: exemptedList.length,
      dismissed: 0,
      warnings: warnings.length,
    },
    findings,
    exempted: exemptedList,
    dismissed: [],
    coverage: staff.map((s) => ({ staff: s, platforms: { instagram: 40, facebook: 12 }, connections: 52 })),
    warnings,
  };
}

export const CAROL = staffMember('S01', 'Mrs Carol Ødegaard', 'Class teacher');
export const DAVID = staffMember('S02', 'David Okafor', 'Teaching assistant');

/** The names the issue asks to see exactly: Latin with diacritics, Vietnamese, Greek, Cyrillic. */
export const WORLD_NAMES = [
  'Zoë Łukasik',
  'Łucja Nowak',
  'Oğuz Yılmaz',
  'Nguyễn Thị Lan',
  'Σοφία Παπαδοπούλου',
  'Анна Иванова',
];

export function worldReport(): AuditReport {
  const findings = WORLD_NAMES.map((name, i) =>
    finding(i % 2 ? DAVID : CAROL, pupil(name), i === 3 ? { level: 'review', reasons: ['TYPO', 'CURRENT_PUPIL'] } : {}),
  );
  const niece = pupil('Amira Okafor', { yearGroup: 'Year 2' });
  return report({
    findings: findings.sort((a, b) => a.staff.id.localeCompare(b.staff.id)),
    exempted: [exempted(DAVID, niece)],
    warnings: [
      {
        code: 'ROW_SKIPPED',
        message: 'row 7 has no display_name or username for "Callum Reid"',
        source: 'connections.csv:7',
      },
    ],
  });
}
