import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { askRecordedBy } from '../../src/prompts/linkDetails.js';
import { recorderName, recorderProblem } from '../../src/prompts/recorderName.js';
import { testKit } from './harness.js';

/** "Recorded by" took a date typed in the wrong box, or a value that shows as nothing (spaces, an escape), as a name. */
const refusal = /That (shows as nothing|is not a name)/;

async function typed(text: string, remembered?: string): Promise<{ shown: string; asked: Promise<string> }> {
  const { kit } = testKit();
  const asked = askRecordedBy(kit, remembered);
  await screen.next();
  screen.type(text);
  screen.keypress('enter');
  await screen.next();
  return { shown: screen.getScreen(), asked };
}

describe('the "Recorded by" question', () => {
  it.each([
    ['a date', '06/12/2026'],
    ['a date in words', '6 December 2026'],
    ['spaces', '   '],
    ['a zero-width space', '\u200b'],
    ['a full stop', '.'],
  ])('refuses %s and asks again; a name then is taken', async (_what, text) => {
    const { shown, asked } = await typed(text);
    expect(shown).toMatch(refusal);
    screen.keypress({ name: 'backspace', ctrl: false });
    for (let i = 0; i < 30; i++) screen.keypress('backspace');
    screen.type('K. Head');
    screen.keypress('enter');
    expect(await asked).toBe('K. Head');
  });

  it('with a name remembered, refuses a date typed but takes Enter (or spaces) as that name', async () => {
    const { shown, asked } = await typed('06/12/2026', 'J. Other');
    expect(shown).toMatch(refusal);
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    screen.type('  ');
    screen.keypress('enter');
    expect(await asked).toBe('J. Other');
  });

  it.each([
    ['initials as typed', 'KH', 'KH'],
    ['a name with an invisible character in it as it shows', 'K. He\u200bad\u00ad', 'K. Head'],
  ])('takes %s', async (_what, text, name) => {
    const { kit } = testKit();
    const asked = askRecordedBy(kit, undefined);
    await screen.next();
    screen.type(text);
    screen.keypress('enter');
    expect(await asked).toBe(name);
  });
});

describe('recorderProblem: what a terminal or a script may pass that a prompt would not', () => {
  it.each(['\u001b[A', '\u001b[31m\u001b[0m', '\u200b\u2060', '\u00a0\u3000'])('%j shows as nothing', (raw) => {
    expect(recorderProblem(raw)).toMatch(/^That shows as nothing/);
  });

  it.each(['YOUR NAME', ' your  name '])('%j, the placeholder of a printed command, is refused', (raw) => {
    expect(recorderProblem(raw)).toMatch(/^That is the placeholder/);
  });

  it('a name with a colour escape in it is the name it shows', () => {
    expect(recorderProblem('K. \u001b[31mHead\u001b[0m')).toBeUndefined();
    expect(recorderName(' K. \u001b[31mHead\u001b[0m ')).toBe('K. Head');
  });
});
