import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/model/records.js';
import type { Finding, PupilRef } from '../../src/model/report.js';
import { applyDecisions, connectionKey, dismissalHolds } from '../../src/policy/applyDecisions.js';

const ellie7: PupilRef = {
  id: 'P7',
  name: 'Ellie Smith',
  status: 'current',
  age: 11,
  dob: '2015-03-01',
  yearGroup: 'Year 7',
};
const ellie9: PupilRef = {
  id: 'P9',
  name: 'Ellie Smith',
  status: 'current',
  age: 14,
  dob: '2012-05-01',
  yearGroup: 'Year 9',
};

const finding = (more: Partial<Finding> = {}): Finding => ({
  level: 'review',
  staff: { id: 'S1', name: 'Jane Doe' },
  pupil: ellie7,
  connection: { platform: 'instagram', name: 'Ellie Smith', username: 'Ellie.S', source: 'connections/jane.csv:3' },
  score: 0.6,
  reasons: ['NAME_EXACT', 'SHARED_NAME', 'CURRENT_PUPIL'],
  otherCandidates: [{ pupil: ellie9, score: 0.6, reasons: ['NAME_EXACT', 'SHARED_NAME', 'CURRENT_PUPIL'] }],
  ...more,
});

const decision = (pupil: PupilRef, kind: Decision['decision'], more: Partial<Decision> = {}): Decision => ({
  key: connectionKey('S1', finding().connection, pupil.id),
  staffId: 'S1',
  pupilId: pupil.id,
  decision: kind,
  decidedBy: 'K. Head',
  decidedOn: '2026-03-01',
  accountName: 'Ellie Smith',
  pupilName: pupil.name,
  pupilDob: pupil.dob!,
  ...(kind === 'dismiss' ? { reason: 'her aunt' } : {}),
  ...more,
});

describe('connectionKey', () => {
  it('names staff, platform, username (or folded name) and pupil, and not the source line', () => {
    expect(connectionKey('S1', { platform: 'Instagram', username: '@Ellie.S', name: 'x' }, 'P7')).toBe(
      'S1|instagram|@ellie.s|P7',
    );
    expect(connectionKey('S1', { platform: 'facebook', name: 'Éllie  SMITH' }, 'P7')).toBe(
      'S1|facebook|ellie smith|P7',
    );
  });
});

describe('applyDecisions', () => {
  it('changes nothing without decisions', () => {
    const findings = [finding()];
    expect(applyDecisions(findings, [])).toEqual({ findings, dismissed: [], stale: [] });
  });

  it('drops a dismissed connection from the findings and lists it with who, when and why', () => {
    const result = applyDecisions([finding({ otherCandidates: [] })], [decision(ellie7, 'dismiss')]);
    expect(result.findings).toEqual([]);
    expect(result.dismissed).toEqual([
      {
        staff: { id: 'S1', name: 'Jane Doe' },
        pupil: ellie7,
        connection: finding().connection,
        decision: { decision: 'dismiss', decidedBy: 'K. Head', decidedOn: '2026-03-01', reason: 'her aunt' },
      },
    ]);
  });

  it('does not let a plain dismissal drop a FLAG: the finding stands and the decision is reported', () => {
    const flag = finding({ level: 'flag', otherCandidates: [] });
    const plain = decision(ellie7, 'dismiss');
    const result = applyDecisions([flag], [plain]);
    expect(result.findings).toEqual([flag]);
    expect(result.dismissed).toEqual([]);
    expect(result.stale).toEqual([{ decision: plain, changed: 'level', finding: flag, pupil: ellie7 }]);
  });

  it('lists an overruled FLAG among the dismissed, marked as overruled', () => {
    const result = applyDecisions(
      [finding({ level: 'flag', otherCandidates: [] })],
      [decision(ellie7, 'dismiss', { overruled: 'flag' })],
    );
    expect(result.findings).toEqual([]);
    expect(result.dismissed.map((d) => d.decision)).toEqual([
      { decision: 'dismiss', decidedBy: 'K. Head', decidedOn: '2026-03-01', reason: 'her aunt', overruled: 'flag' },
    ]);
  });

  it('keeps the next pupil the account may be when only one of them was dismissed', () => {
    const result = applyDecisions([finding({ level: 'flag' })], [decision(ellie7, 'dismiss', { overruled: 'flag' })]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ level: 'review', pupil: ellie9 });
    expect(result.findings[0]!.otherCandidates).toBeUndefined();
    expect(result.dismissed.map((d) => d.pupil.id)).toEqual(['P7']);
  });

  it('makes a confirmed connection a flag with CONFIRMED_EARLIER, naming the confirmed pupil', () => {
    const result = applyDecisions([finding()], [decision(ellie9, 'confirm')]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        level: 'flag',
        pupil: ellie9,
        reasons: ['NAME_EXACT', 'SHARED_NAME', 'CURRENT_PUPIL', 'CONFIRMED_EARLIER'],
        decision: { decision: 'confirm', decidedBy: 'K. Head', decidedOn: '2026-03-01' },
      }),
    ]);
    expect(result.findings[0]!.otherCandidates).toBeUndefined();
  });

  it('no longer applies a decision once the account name or the pupil has changed, and says so', () => {
    const renamed = finding({
      otherCandidates: [],
      connection: { ...finding().connection, name: 'Ellie Smith-Jones' },
    });
    const changedPupil = finding({ otherCandidates: [], pupil: { ...ellie7, dob: '2015-03-02' } });
    const result = applyDecisions([renamed, changedPupil], [decision(ellie7, 'dismiss')]);
    expect(result.findings).toEqual([renamed, changedPupil]);
    expect(result.dismissed).toEqual([]);
    expect(result.stale.map((s) => s.changed)).toEqual(['account', 'pupil']);
  });

  it('leaves family decisions to exemptions.csv and ignores decisions about other connections', () => {
    const other = decision(ellie7, 'dismiss', { key: connectionKey('S2', finding().connection, 'P7') });
    const findings = [finding()];
    expect(applyDecisions(findings, [decision(ellie7, 'family'), other]).findings).toEqual(findings);
  });
});

describe('dismissalHolds (asked before the family links)', () => {
  const scope = { inScope: true, status: 'current', age: 11, rule: 'CURRENT_PUPIL' } as const;
  const pupil7 = {
    id: 'P7',
    legalForename: 'Ellie',
    legalSurname: 'Smith',
    dob: '2015-03-01',
    source: { file: 'roll.csv', line: 2 },
  };
  const account = finding().connection;

  it('is undefined where no dismissal is recorded', () => {
    expect(dismissalHolds([])).toBeUndefined();
    expect(dismissalHolds([decision(ellie7, 'confirm'), decision(ellie7, 'family')])).toBeUndefined();
  });

  it('holds for the account and pupil dismissed, at REVIEW, and not for another pupil or member of staff', () => {
    const holds = dismissalHolds([decision(ellie7, 'dismiss')])!;
    expect(holds('S1', account)(pupil7, scope, 'review')).toBe(true);
    expect(holds('S1', account)({ ...pupil7, id: 'P9' }, scope, 'review')).toBe(false);
    expect(holds('S2', account)(pupil7, scope, 'review')).toBe(false);
    expect(holds('S1', { ...account, username: 'someone.else' })(pupil7, scope, 'review')).toBe(false);
  });

  it('holds at FLAG only where the audit was overruled, as applyDecisions applies it', () => {
    expect(dismissalHolds([decision(ellie7, 'dismiss')])!('S1', account)(pupil7, scope, 'flag')).toBe(false);
    const overruled = dismissalHolds([decision(ellie7, 'dismiss', { overruled: 'flag' })])!;
    expect(overruled('S1', account)(pupil7, scope, 'flag')).toBe(true);
  });

  it('no longer holds once the account’s name or the pupil’s date of birth has changed', () => {
    const holds = dismissalHolds([decision(ellie7, 'dismiss')])!;
    expect(holds('S1', { ...account, name: 'Ellie Smythe' })(pupil7, scope, 'review')).toBe(false);
    expect(holds('S1', account)({ ...pupil7, dob: '2015-03-02' }, scope, 'review')).toBe(false);
  });
});
