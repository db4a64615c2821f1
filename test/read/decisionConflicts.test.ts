import { describe, expect, it } from 'vitest';
import { textSourceFromString } from '../../src/io/TextSource.js';
import type { Warning } from '../../src/model/warnings.js';
import { readDecisions } from '../../src/read/readDecisions.js';
import { describeWarning } from '../../src/report/warningWording.js';

const HEADER = 'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by,account_name,pupil_name';

async function read(rows: string[], staff = [{ id: 'S1', name: 'Jane Doe' }]) {
  const warnings: { warning: Warning; source: string | undefined }[] = [];
  const decisions = await readDecisions(
    textSourceFromString('decisions.csv', [HEADER, ...rows].join('\r\n')),
    { add: (warning, source) => warnings.push({ warning, source }) },
    staff,
  );
  return { decisions, warnings };
}

describe('decisions.csv rows that contradict each other', () => {
  it('sets aside two rows deciding one account and pupil differently, whichever comes last, and says which lines', async () => {
    const confirm = 'S1|instagram|@ellie.s|P4,S1,P4,confirm,,2026-12-05,K. Head,Ellie Smith,Eleanor Smith';
    const dismiss = 'S1|instagram|@ellie.s|P4,S1,P4,dismiss,her aunt,2026-12-01,J. Smith,Ellie Smith,Eleanor Smith';
    const other = 'S2|facebook|henry jones|P3,S2,P3,dismiss,a parent,2026-12-01,J. Smith,Henry Jones,Henry Jones';
    for (const rows of [
      [confirm, other, dismiss],
      [dismiss, other, confirm],
    ]) {
      const { decisions, warnings } = await read(rows);
      expect(decisions.map((d) => d.key)).toEqual(['S2|facebook|henry jones|P3']);
      expect(warnings.map((w) => [w.warning.code, w.source])).toEqual([['DECISIONS_DISAGREE', 'decisions.csv']]);
      expect(warnings[0]!.warning.args).toMatchObject({
        kind: 'decisions',
        staff: [{ id: 'S1', name: 'Jane Doe' }],
        account: '@ellie.s',
        rows: [
          { line: 2, key: 'S1|instagram|@ellie.s|P4' },
          { line: 4, key: 'S1|instagram|@ellie.s|P4' },
        ],
      });
    }
    const { warnings } = await read([confirm, other, dismiss]);
    expect(describeWarning(warnings[0]!.warning)).toBe(
      'lines 2 and 4 decide Jane Doe’s (S1) Instagram account @ellie.s differently: line 2, it is Eleanor Smith (K. Head, 5 December 2026); line 4, it is not Eleanor Smith (J. Smith, 1 December 2026). None of them is applied, so the audit reports the account as it finds it; decide it again with `social-audit review` (the decision replaces these rows), or delete the rows that are wrong',
    );
  });

  it('sets aside one account confirmed as two pupils (one account is one person), keeping its dismissals', async () => {
    const { decisions, warnings } = await read([
      'S1|facebook|ellie smith|P4,S1,P4,confirm,,2026-12-05,K. Head,Ellie Smith,Eleanor Smith',
      'S1|facebook|ellie smith|P6,S1,P6,dismiss,too old,2026-12-05,K. Head,Ellie Smith,Ellie Smyth',
      'S1|facebook|ellie smith|P5,S1,P5,family,,2026-12-02,J. Smith,Ellie Smith,Eleanor Smith',
    ]);
    expect(decisions.map((d) => [d.pupilId, d.decision])).toEqual([['P6', 'dismiss']]);
    expect(warnings.map((w) => w.warning.args)).toMatchObject([
      {
        kind: 'pupils',
        account: '"Ellie Smith"',
        rows: [
          { line: 2, pupilId: 'P4' },
          { line: 4, pupilId: 'P5' },
        ],
      },
    ]);
    expect(describeWarning(warnings[0]!.warning)).toMatch(
      /^lines 2 and 4 take Jane Doe’s \(S1\) Facebook account "Ellie Smith" to be different pupils, and one account is one person: line 2, it is Eleanor Smith \(K\. Head, 5 December 2026\); line 4, it is Eleanor Smith, a family link/,
    );
  });

  it('takes an account with a username to be one account on every list: the same pupil confirmed on one and dismissed on another, or two pupils', async () => {
    const staff = [
      { id: 'S1', name: 'Jane Doe' },
      { id: 'S2', name: 'Tom Brown' },
    ];
    const janes = 'S1|instagram|@ellie.s|P4,S1,P4,confirm,,2026-12-05,K. Head,Ellie Smith,Eleanor Smith';
    for (const [toms, kind] of [
      ['S2|instagram|@ellie.s|P4,S2,P4,dismiss,not her,2026-12-02,J. Smith,Ellie Smith,Eleanor Smith', 'decisions'],
      ['S2|instagram|@ellie.s|P5,S2,P5,confirm,,2026-12-02,J. Smith,Ellie Smith,Eleanor Smith', 'pupils'],
    ]) {
      const { decisions, warnings } = await read([janes, toms!], staff);
      expect(decisions).toEqual([]);
      expect(warnings.map((w) => w.warning.args)).toMatchObject([{ kind, staff }]);
      expect(describeWarning(warnings[0]!.warning)).toContain(
        'the Instagram account @ellie.s on Jane Doe’s (S1) and Tom Brown’s (S2) lists',
      );
    }
    // Known by a display name only, "Ellie Smith" on two lists may be two people.
    const { decisions, warnings } = await read([
      'S1|facebook|ellie smith|P4,S1,P4,confirm,,2026-12-05,K. Head,Ellie Smith,Eleanor Smith',
      'S2|facebook|ellie smith|P4,S2,P4,dismiss,her aunt,2026-12-05,K. Head,Ellie Smith,Eleanor Smith',
    ]);
    expect(decisions.map((d) => d.decision)).toEqual(['confirm', 'dismiss']);
    expect(warnings).toEqual([]);
  });

  it('weighs every row about the account at once: a third row confirming another pupil is no way out of two that disagree', async () => {
    const { decisions, warnings } = await read([
      'S1|x|@a|P1,S1,P1,confirm,,2026-12-05,K. Head,A,Amy Lee',
      'S1|x|@a|P1,S1,P1,dismiss,not her,2026-12-01,J. Smith,A,Amy Lee',
      'S1|x|@a|P3,S1,P3,dismiss,too young,2026-12-01,J. Smith,A,Amy Lea',
      'S1|x|@a|P2,S1,P2,confirm,,2026-11-30,J. Smith,A,Amy Leigh',
    ]);
    expect(decisions.map((d) => [d.pupilId, d.decision])).toEqual([['P3', 'dismiss']]);
    expect(warnings.map((w) => w.warning.args)).toMatchObject([
      { kind: 'pupils', rows: [{ line: 2 }, { line: 3 }, { line: 5 }] },
    ]);
  });

  it('leaves a dismissal of one pupil and a confirmation of another alone: they agree', async () => {
    const { decisions, warnings } = await read([
      'S1|x|@a|P1,S1,P1,dismiss,her cousin,2026-12-05,K. Head,A,Amy Lee',
      'S1|x|@a|P2,S1,P2,confirm,,2026-12-05,K. Head,A,Amy Leigh',
    ]);
    expect(decisions.map((d) => d.decision)).toEqual(['dismiss', 'confirm']);
    expect(warnings).toEqual([]);
  });
});
