import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { textSourceFromString } from '../../src/io/TextSource.js';
import { readDecisions } from '../../src/read/readDecisions.js';

const read = (text: string) => readDecisions(textSourceFromString('decisions.csv', text));
const HEADER =
  'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by,account_name,pupil_name,pupil_dob';

describe('readDecisions', () => {
  it('reads the tool’s columns, UK dates, and neutralised cells back as written', async () => {
    const decisions = await read(
      `${HEADER}\nS1|instagram|@ellie.s|P7,S1,P7,Dismiss,"her aunt, same name",01/03/2026,"O'Brien, Siobhán",'=Ellie,Ellie Smith,2015-03-01\n`,
    );
    expect(decisions).toEqual([
      {
        key: 'S1|instagram|@ellie.s|P7',
        staffId: 'S1',
        pupilId: 'P7',
        decision: 'dismiss',
        reason: 'her aunt, same name',
        decidedOn: '2026-03-01',
        decidedBy: "O'Brien, Siobhán",
        accountName: '=Ellie',
        pupilName: 'Ellie Smith',
        pupilDob: '2015-03-01',
        source: { file: 'decisions.csv', line: 2 },
      },
    ]);
  });

  it('takes staff and pupil from the key when their columns are missing, and lets a later row deciding alike win', async () => {
    const decisions = await read(
      'connection_key,decision,reason\nS1|x|@a|P1,dismiss,aunt\nS1|x|@a|P1,dismiss,her aunt\n',
    );
    expect(decisions.map((d) => [d.staffId, d.pupilId, d.decision, d.reason, d.source?.line])).toEqual([
      ['S1', 'P1', 'dismiss', 'her aunt', 3],
    ]);
  });

  it('names the file, line and value of a decision it does not know', async () => {
    await expect(read('connection_key,decision\nS1|x|@a|P1,maybe\n')).rejects.toThrow(
      'decisions.csv:2: decision "maybe" is not one of confirm, dismiss, family',
    );
    await expect(read('connection_key,decision\nS1|x|@a|P1,maybe\n')).rejects.toMatchObject({
      hint: expect.stringContaining('social-audit review'),
    });
    await expect(read('connection_key,decision,decided_on\nS1|x|@a|P1,dismiss,31/02/2026\n')).rejects.toThrow(
      'decisions.csv:2: decided_on "31/02/2026" is not a date',
    );
  });

  it('names the file, line and missing column of a row cut short, rather than an empty decision', async () => {
    const error = await read(`${HEADER}\nS1|x|@a|P1,S1,P1,dismiss,aunt\r\nS1|x|@b|P1\r\n`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ file: 'decisions.csv', line: 3, exitCode: 2 });
    expect((error as InputError).message).toBe('decisions.csv:3: has 1 of its 10 columns: no decision');
    expect((error as InputError).hint).toMatch(/cut short/);
    // A decision left empty in a whole row is still told as the value it is.
    await expect(read(`${HEADER}\nS1|x|@a|P1,S1,P1,,aunt,,,,,\n`)).rejects.toThrow('decisions.csv:2: decision ""');
  });

  it('reads an overruled FLAG, and refuses an overrule that is not of a dismissal', async () => {
    const [decision] = await read('connection_key,decision,overruled\nS1|x|@a|P1,dismiss,FLAG\n');
    expect(decision).toMatchObject({ decision: 'dismiss', overruled: 'flag' });
    await expect(read('connection_key,decision,overruled\nS1|x|@a|P1,confirm,flag\n')).rejects.toThrow(
      'decisions.csv:2: overruled "flag" goes with the decision dismiss, not "confirm"',
    );
    await expect(read('connection_key,decision,overruled\nS1|x|@a|P1,dismiss,yes\n')).rejects.toThrow(
      'decisions.csv:2: overruled "yes" is not "flag" or empty',
    );
    // Each says how to mend it, as every error about a file does.
    for (const row of ['confirm,flag', 'dismiss,yes'])
      expect(
        await read(`connection_key,decision,overruled\nS1|x|@a|P1,${row}\n`).catch((e: InputError) => e.hint),
      ).toContain('review --overrule');
  });

  it('reads a key an earlier version folded escapes into as this version folds the account name it saved', async () => {
    const E = '\u001b';
    const rows = [
      `S1|facebook|1mtilly ashdown 0m|E2,dismiss,"${E}[1mTilly Ashdown${E}[0m"`,
      `S1|facebook|mr s smith|E3,dismiss,"Mr\u200bs Smith"`,
      // Keys that are not the old fold of the name beside them are left as they are: a username, a hand edit.
      `S1|instagram|@tilly.a|E2,dismiss,"${E}[1mTilly${E}[0m"`,
      `S1|facebook|someone else|E2,dismiss,"${E}[1mTilly${E}[0m"`,
    ];
    const decisions = await read(`connection_key,decision,account_name\n${rows.join('\n')}\n`);
    expect(decisions.map((d) => d.key)).toEqual([
      'S1|facebook|tilly ashdown|E2',
      'S1|facebook|mrs smith|E3',
      'S1|instagram|@tilly.a|E2',
      'S1|facebook|someone else|E2',
    ]);
  });
});
