import { Writable } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import type { Pupil, StaffMember } from '../../src/model/records.js';
import { createPromptKit, type PromptKit } from '../../src/prompts/PromptKit.js';

/**
 * A prompt kit on @inquirer/testing's screen: prompts render to `screen`, and what the flow says
 * between questions is collected in `said`, in order, with the questions it saw so far.
 */
export function testKit(): { kit: PromptKit; said: string[] } {
  const said: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, callback) {
      said.push(String(chunk));
      callback();
    },
  });
  // Read screen.input now: the screen makes a new one before each test.
  return { kit: createPromptKit({ input: screen.input, output: sink }), said };
}

/** Types into the current prompt and presses Enter, then waits for the next question. */
export async function answer(text: string): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

/** Types into the last prompt and presses Enter: nothing more is asked. */
export function answerLast(text: string): void {
  if (text) screen.type(text);
  screen.keypress('enter');
}

/** Types a search and waits for its results (the list is computed after the keypresses). */
export async function typeAndWait(text: string): Promise<void> {
  screen.type(text);
  await screen.next();
}

/** Searches, takes the first result, and waits for the next question. */
export async function pick(text: string): Promise<void> {
  await typeAndWait(text);
  await answer('');
}

export const STAFF: StaffMember[] = [
  { id: 'S1', name: 'Jane Doe', role: 'Teacher' },
  { id: 'S2', name: 'Tom Brown', role: 'Teaching Assistant' },
  { id: 'S3', name: 'Ruth Ní Bhriain', role: 'Governor' },
];

const pupil = (id: string, legalForename: string, legalSurname: string, more: Partial<Pupil> = {}): Pupil => ({
  id,
  legalForename,
  legalSurname,
  source: { file: 'roll.csv', line: 2 },
  ...more,
});

export const PUPILS: Pupil[] = [
  pupil('A1', 'Oliver', 'Smith', {
    preferredForename: 'Ollie',
    dob: '2019-04-03',
    yearGroup: 'Year 2',
    regGroup: '2B',
  }),
  pupil('A2', 'Henry', 'Jones', { dob: '2015-09-01', yearGroup: 'Year 6', regGroup: '6J' }),
  pupil('A3', 'Zoë', 'Núñez', { dob: '2016-01-10', yearGroup: 'Year 5', regGroup: '5N' }),
  pupil('A4', 'Amelia', 'Brown', { dob: '2018-05-05', yearGroup: 'Year 3', regGroup: '3A' }),
  pupil('L1', 'Jack', 'Jones', {
    dob: '2013-01-01',
    leavingDate: '2024-07-20',
    source: { file: 'leavers.csv', line: 2 },
  }),
  pupil('L2', 'Old', 'Boy', { dob: '2000-01-01', leavingDate: '2011-07-20', source: { file: 'leavers.csv', line: 3 } }),
];

export const TODAY = '2026-11-24';

/**
 * Waits until the screen shows `text` (a question that opens after some awaiting). The deadline is
 * only a last guard, generous because a loaded machine can take seconds to get there.
 */
export async function until(text: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!screen.getScreen().includes(text) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 5));
  if (!screen.getScreen().includes(text))
    throw new Error(`the screen never showed ${JSON.stringify(text)}; it shows:\n${screen.getScreen()}`);
}

/**
 * `audit --record-exemptions`: answers no for each pair but `pupil`'s, and for it yes, parent,
 * `recordedBy`, the review date offered (after `atReviewDate` has looked at it) and no note.
 */
export async function declareOnly(
  pupil: string,
  recordedBy: string,
  pairs: number,
  atReviewDate: () => void = () => undefined,
): Promise<void> {
  for (let pair = 0; pair < pairs; pair++) {
    await until('declared a family link');
    if (!screen.getScreen().includes(pupil)) {
      await answer('');
      continue;
    }
    screen.keypress('down');
    await answer('');
    await answer(recordedBy);
    await answer(''); // parent
    atReviewDate();
    await answer('');
    await answer('');
  }
}
