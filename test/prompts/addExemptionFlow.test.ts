import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/errors.js';
import type { Exemption } from '../../src/model/records.js';
import { type AddExemptionContext, addExemptionFlow } from '../../src/prompts/addExemptionFlow.js';
import { answer, answerLast, PUPILS, pick, STAFF, TODAY, testKit, typeAndWait, until } from './harness.js';

const context = (more: Partial<AddExemptionContext> = {}): AddExemptionContext => ({
  staff: STAFF,
  pupils: PUPILS,
  existing: [],
  today: TODAY,
  fileName: 'school/exemptions.csv',
  ...more,
});

describe('exemptions add at a terminal', () => {
  it('walks from staff to confirmation and returns the link to record', async () => {
    const { kit, said } = testKit();
    const result = addExemptionFlow(kit, context({ rememberedRecorder: 'K. Head' }));
    await until('Member of staff');
    await typeAndWait('jane');
    expect(screen.getScreen()).toContain('Jane Doe — Teacher · S1');
    expect(screen.getScreen()).not.toContain('Tom Brown');
    await answer('');
    await typeAndWait('ollie');
    expect(screen.getScreen()).toContain('Oliver (Ollie) Smith — current pupil, Year 2 2B, age 7 · born 3 April 2019');
    await answer('');
    expect(screen.getScreen()).toContain('Relationship');
    await answer(''); // parent
    // The name remembered is the last change's, often a colleague's: said as such, not a bare default.
    expect(screen.getScreen()).toBe('? Recorded by (your name; Enter if you are K. Head, who made the last change)');
    await answer(''); // remembered name
    expect(screen.getScreen()).toContain(
      'Review this link on (DD/MM/YYYY; Enter for 24 November 2027, a year from today)',
    );
    expect(screen.getScreen()).not.toContain('2027-11-24');
    await answer('');
    await answer('Declared in writing, 3 Sept');
    expect(screen.getScreen()).toContain('Record it?');
    expect(said.join('')).toContain('Review on        24 November 2027');
    screen.keypress('enter');
    await expect(result).resolves.toMatchObject({
      kind: 'record',
      exemption: {
        staffId: 'S1',
        pupilId: 'A1',
        relationship: 'parent',
        recordedOn: TODAY,
        recordedBy: 'K. Head',
        reviewOn: '2027-11-24',
        note: 'Declared in writing, 3 Sept',
      },
    });
  });

  it('finds pupils by preferred name, nickname, accents and form, and cannot pick a pupil the policy no longer covers', async () => {
    const { kit } = testKit();
    const nicknames = (name: string): string[] => (name === 'henry' ? ['harry', 'hal'] : []);
    void addExemptionFlow(kit, context({ nameForms: nicknames }), { staff: STAFF[0]! }).catch(() => {});
    await until('Pupil');
    await typeAndWait('harry jones');
    expect(screen.getScreen()).toContain('Henry Jones — current pupil, Year 6 6J');
    expect(screen.getScreen()).not.toContain('Jack Jones');
    for (let i = 0; i < 'harry jones'.length; i++) screen.keypress('backspace');
    await typeAndWait('ZOE nunez');
    expect(screen.getScreen()).toContain('Zoë Núñez');
    for (let i = 0; i < 'ZOE nunez'.length; i++) screen.keypress('backspace');
    await typeAndWait('3a');
    expect(screen.getScreen()).toContain('Amelia Brown');
    expect(screen.getScreen()).not.toContain('Smith');
    for (let i = 0; i < 2; i++) screen.keypress('backspace');
    await typeAndWait('old boy');
    expect(screen.getScreen()).toContain('former pupil aged 18 or over: the policy no longer covers them');
    for (let i = 0; i < 'old boy'.length; i++) screen.keypress('backspace');
    await typeAndWait('jones 01/01/2013');
    expect(screen.getScreen()).toContain('Jack Jones — former pupil, left 20 July 2024, age 13 · born 1 January 2013');
    expect(screen.getScreen()).not.toContain('Henry');
    screen.keypress('escape');
  });

  it('says when the link is already recorded and asks nothing more', async () => {
    const { kit, said } = testKit();
    const existing = {
      staffId: 'S1',
      pupilId: 'A1',
      relationship: 'parent',
      recordedOn: '2026-01-05',
      recordedBy: 'K. Head',
      source: { file: 'exemptions.csv', line: 4 },
    };
    const result = await addExemptionFlow(kit, context({ existing: [existing] }), {
      staff: STAFF[0]!,
      pupil: PUPILS[0]!,
    });
    expect(result).toEqual({ kind: 'duplicate', existing });
    expect(said.join('')).toContain('Already recorded: Jane Doe (S1, Teacher) and Oliver (Ollie) Smith');
    expect(said.join('')).toContain(
      'parent, recorded on 5 January 2026 by K. Head (exemptions.csv line 4).\nNothing was written.',
    );
  });

  it('renews a link past its review date once the member of staff has confirmed it still applies', async () => {
    const { kit, said } = testKit();
    const existing: Exemption = {
      staffId: 'S1',
      pupilId: 'A1',
      relationship: 'parent',
      recordedOn: '2025-01-05',
      recordedBy: 'K. Head',
      reviewOn: '2026-09-01',
      note: 'her son',
      source: { file: 'exemptions.csv', line: 4 },
    };
    const result = addExemptionFlow(kit, context({ existing: [existing] }), { staff: STAFF[0]!, pupil: PUPILS[0]! });
    await until('has passed');
    expect(said.join('')).toContain('to be reviewed on 1 September 2026.');
    expect(screen.getScreen()).toContain(
      'Its review date, 1 September 2026, has passed. Has the member of staff confirmed it still applies? (y/N)',
    );
    await answer('y');
    await answer('A. Deputy');
    answerLast('01/09/2027');
    await expect(result).resolves.toEqual({
      kind: 'renew',
      by: 'A. Deputy',
      staff: STAFF[0],
      pupil: PUPILS[0],
      exemption: {
        staffId: 'S1',
        pupilId: 'A1',
        relationship: 'parent',
        recordedOn: '2025-01-05',
        recordedBy: 'K. Head',
        reviewOn: '2027-09-01',
        note: 'her son; still applies: confirmed 24 November 2026 by A. Deputy',
      },
    });
  });

  it('asks for the staff id when there is no staff list', async () => {
    const { kit } = testKit();
    const result = addExemptionFlow(kit, context({ staff: undefined }), {
      pupil: PUPILS[1]!,
      relationship: 'sibling',
      recordedBy: 'K. Head',
      reviewOn: '2027-06-01',
      note: '',
      yes: true,
    });
    await until('Staff id');
    answerLast('S7');
    await expect(result).resolves.toMatchObject({ kind: 'record', exemption: { staffId: 'S7', pupilId: 'A2' } });
  });

  it('asks for the words of an "other family" link', async () => {
    const { kit } = testKit();
    const result = addExemptionFlow(kit, context(), {
      staff: STAFF[0]!,
      pupil: PUPILS[1]!,
      recordedBy: 'K. Head',
      note: '',
      yes: true,
    });
    await until('Relationship');
    for (let i = 0; i < 7; i++) screen.keypress('down');
    await answer('');
    expect(screen.getScreen()).toContain('Which family link?');
    await answer('godmother');
    answerLast('');
    await expect(result).resolves.toMatchObject({
      kind: 'record',
      exemption: { relationship: 'godmother', pupilId: 'A2' },
    });
  });

  it('refuses a review date that is not a future date', async () => {
    const { kit } = testKit();
    const result = addExemptionFlow(kit, context(), {
      staff: STAFF[0]!,
      pupil: PUPILS[1]!,
      relationship: 'cousin',
      recordedBy: 'K. Head',
      note: '',
    });
    await until('Review this link on');
    screen.type('31/02/2027');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('"31/02/2027" is no such day');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    screen.type('01/01/2020');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('1 January 2020 is not after today');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    await answer('01/09/2027');
    answerLast('');
    await expect(result).resolves.toMatchObject({ exemption: { reviewOn: '2027-09-01' } });
  });

  it('records nothing when the answer to "Record it?" is no', async () => {
    const { kit, said } = testKit();
    const result = addExemptionFlow(kit, context(), {
      staff: STAFF[0]!,
      pupil: PUPILS[1]!,
      relationship: 'cousin',
      recordedBy: 'K. Head',
      reviewOn: '2027-06-01',
      note: '',
    });
    await until('Record it?');
    answerLast('n');
    await expect(result).resolves.toEqual({ kind: 'declined' });
    expect(said.join('')).toContain('Nothing was recorded.');
  });

  // Each step of the flow, reached by answering the ones before it.
  const searches = ['jane', 'ollie'];
  const answers = ['', 'K. Head', '', ''];
  const steps = ['staff', 'pupil', 'relationship', 'recorded by', 'review date', 'note', 'confirmation'];
  steps.forEach((step, at) => {
    for (const key of [{ name: 'escape' }, { name: 'c', ctrl: true }]) {
      it(`is cancelled by ${key.name === 'escape' ? 'Esc' : 'Ctrl+C'} at the ${step} question`, async () => {
        const { kit } = testKit();
        const result = addExemptionFlow(kit, context());
        await until('Member of staff');
        for (const text of searches.slice(0, at)) await pick(text);
        for (const text of answers.slice(0, Math.max(0, at - searches.length))) await answer(text);
        expect(screen.getScreen()).toMatch(/^\?/);
        screen.keypress(key);
        await expect(result).rejects.toBeInstanceOf(CancelledError);
      });
    }
  });
});
