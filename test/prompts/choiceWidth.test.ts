import { Writable } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../src/model/records.js';
import { createPromptKit } from '../../src/prompts/PromptKit.js';
import { pickPupil, pupilChoices } from '../../src/prompts/pickers.js';
import { searchChoices } from '../../src/prompts/searchChoices.js';

const LONG =
  'Sarah Okafor (ST07, Teaching Assistant) — Chidiebere (Chidi) Okafor (current pupil, Year 4 Hazel, age 8) · parent';

/** A terminal `columns` wide, as an 80-column Headteacher's is. */
function kitOn(columns: number) {
  const terminal = Object.assign(new Writable({ write: (_chunk, _encoding, callback) => callback() }), { columns });
  return createPromptKit({ input: screen.input, output: terminal });
}

describe('long choices on a narrow terminal', () => {
  it.each(['select', 'search'] as const)('%s: folded at spaces to the width, never inside a word', async (kind) => {
    const kit = kitOn(60);
    const choices = [
      { value: 1, name: LONG },
      { value: 2, name: 'Ned Garrow' },
    ];
    const chosen =
      kind === 'select'
        ? kit.select({ message: 'Family link to remove', choices })
        : kit.search({ message: 'Family link to remove', source: () => choices });
    await screen.next();
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const shown = lines.join(' ').replace(/\s+/g, ' ');
    for (const word of LONG.split(' ')) expect(shown).toContain(` ${word} `.trimStart());
    expect(shown).toContain('Year 4 Hazel, age 8) · parent');
    screen.keypress('enter');
    expect(await chosen).toBe(1);
  });
});

describe('an answered question on a narrow terminal', () => {
  it('drops the hint in brackets, so the answer fits beside it and is not broken inside a word', async () => {
    const kit = kitOn(80);
    const chosen = kit.search({
      message: 'Member of staff (type part of a name, role or id)',
      source: () => [{ value: 1, name: 'Gemma Pritchard', short: 'Gemma Pritchard (ST06, Teaching Assistant)' }],
    });
    await screen.next();
    expect(screen.getScreen()).toContain('Member of staff (type part of a name, role or id)');
    screen.keypress('enter');
    expect(await chosen).toBe(1);
    expect(screen.getScreen()).toBe('✔ Member of staff Gemma Pritchard (ST06, Teaching Assistant)');
  });
});

describe('a long question on a narrow terminal', () => {
  it('is folded at spaces, room left for (y/N), never broken inside a word', async () => {
    const kit = kitOn(60);
    const message =
      'Its review date, 1 September 2026, has passed. Has the member of staff confirmed it still applies?';
    const answered = kit.confirm({ message, default: false });
    await screen.next();
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain(`${message} (y/N)`);
    screen.type('y');
    screen.keypress('enter');
    expect(await answered).toBe(true);
  });

  it('drops a hint folded onto a second row too', async () => {
    const kit = kitOn(80);
    const typed = kit.input({
      message: 'Recorded by (your name; Enter if you are Bartholomew Deputy-Headteacher, who made the last change)',
    });
    await screen.next();
    expect(screen.getScreen().split('\n').length).toBe(2);
    screen.type('K. Head');
    screen.keypress('enter');
    expect(await typed).toBe('K. Head');
    expect(screen.getScreen()).toBe('✔ Recorded by K. Head');
  });
});

describe('every choice in sight (pageSize: as many as the choices)', () => {
  it('shows the last choice where one choice is folded onto two rows', async () => {
    // review's "What is it?" at 80 columns: two pupils who share a name, the second's choice folded; "Stop here" was cut.
    const kit = kitOn(80);
    const choices = [
      'It is Mohammed Khan (current pupil, Year 5 Rowan, age 9): treat as a flag',
      'It is Mohammed Khan (former pupil, left 18 July 2025, age 12): treat as a flag',
      'None of these pupils: dismiss it',
      'A declared family link: record it in exemptions',
      'Skip: decide later',
      'Stop here and save the 4 decisions made so far',
    ].map((name, value) => ({ value, name }));
    const chosen = kit.select({ message: 'What is it?', choices, pageSize: choices.length });
    await screen.next();
    expect(screen.getScreen()).toContain('Stop here and save the 4 decisions made so far');
    screen.keypress('enter');
    expect(await chosen).toBe(0);
  });
});

describe('an answer longer than the room left beside its question', () => {
  it('starts a row of its own once chosen, never cut inside a word (40 columns)', async () => {
    const kit = kitOn(40);
    const chosen = kit.select({
      message: 'Relationship of the member of staff to the pupil',
      choices: [
        { value: 'parent', name: 'parent' },
        { value: '', name: 'other family link (you will be asked which)', short: 'other family link' },
      ],
    });
    await screen.next();
    screen.keypress('down');
    screen.keypress('enter');
    expect(await chosen).toBe('');
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.some((line) => line.trim() === 'other family link')).toBe(true);
  });
});

describe('a searched answer longer than the room left beside its question', () => {
  it('starts a row of its own once chosen, never past the edge (40 columns)', async () => {
    const kit = kitOn(40);
    const chosen = kit.search({
      message: 'Member of staff (type part of a name, role or id)',
      source: () => [{ value: 1, name: 'Priya Sharma — PTA Chair · ST12', short: 'Priya Sharma (ST12, PTA Chair)' }],
    });
    await screen.next();
    screen.keypress('enter');
    expect(await chosen).toBe(1);
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.map((line) => line.trim())).toEqual(['✔ Member of staff', 'Priya Sharma (ST12, PTA Chair)']);
  });
});

describe('the pupil search at 40 columns', () => {
  // Names that fold onto one, two or three rows, so that a page counted in rows would end inside one.
  const pupils: Pupil[] = Array.from({ length: 14 }, (_, i) => ({
    id: `P${i}`,
    legalForename: ['Al', 'Chidiebere', 'Oliver', 'Esme'][i % 4]!,
    ...(i % 4 === 1 ? { preferredForename: 'Chidi' } : {}),
    legalSurname: ['Ng', 'Okafor-Whitcombe', 'Smith', 'Thompson'][i % 4]!,
    upn: `J8502011220${String(i).padStart(2, '0')}`,
    admissionNumber: `0018${String(i).padStart(2, '0')}`,
    dob: `201${5 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`,
    yearGroup: `Year ${2 + (i % 4)}`,
    regGroup: ['Hazel', 'Rowan', 'Ash', 'Willow'][i % 4]!,
    source: { file: 'roll.csv', line: i + 2 },
  }));

  it('shows whole choices only, every row within the width, the description folded between its parts', async () => {
    const kit = kitOn(40);
    const chosen = pickPupil(kit, pupils, '2026-11-24');
    await screen.next();
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40);
    const gap = lines.indexOf('');
    const listed = lines.slice(2, gap).join(' ').replace(/^❯/, '').replace(/\s+/g, ' ').trim();
    const choices = searchChoices(pupilChoices(pupils, '2026-11-24'), '');
    const names = choices.map((c) => c.name);
    const whole = names.map((_, k) => names.slice(0, k + 1).join(' '));
    expect(whole).toContain(listed);
    const description = lines.slice(gap + 1, -1);
    expect(description.length).toBeGreaterThan(1);
    for (const row of description) expect(row).not.toMatch(/^\s*·/);
    expect(description.join(' ')).toMatch(/^UPN J\d+ · admission no\. \d+( ·)? from roll\.csv:\d+$/);
    screen.keypress('enter');
    expect(await chosen).toBe(choices[0]!.value);
  });

  it('is never taller than a 40 × 24 screen, typing or not (taller, each keypress left a copy of it above)', async () => {
    const terminal = Object.assign(new Writable({ write: (_chunk, _encoding, callback) => callback() }), {
      columns: 40,
      rows: 24,
    });
    const chosen = pickPupil(createPromptKit({ input: screen.input, output: terminal }), pupils, '2026-11-24');
    await screen.next();
    expect(screen.getScreen().split('\n').length).toBeLessThanOrEqual(24);
    screen.type('o');
    await screen.next();
    expect(screen.getScreen().split('\n').length).toBeLessThanOrEqual(24);
    for (let i = 0; i < 8; i++) screen.keypress('down');
    expect(screen.getScreen().split('\n').length).toBeLessThanOrEqual(24);
    screen.keypress('enter');
    await chosen;
  });
});

describe('review’s “What is it?” on a 40 × 24 terminal', () => {
  /** A terminal `columns` wide and `rows` high. */
  const terminalOf = (columns: number, rows: number) => {
    const terminal = Object.assign(new Writable({ write: (_chunk, _encoding, callback) => callback() }), {
      columns,
      rows,
    });
    return createPromptKit({ input: screen.input, output: terminal });
  };
  const CHOICES = [
    {
      name: 'It is Mohammed Khan (current pupil, Year 5 Rowan, age 9): treat as a flag',
      narrow: 'It is Mohammed Khan, current pupil, Year 5 Rowan, age 9',
    },
    {
      name: 'It is Mohammed Khan (former pupil, left 18 July 2025, age 12): treat as a flag',
      narrow: 'It is Mohammed Khan, former pupil, left 18 July 2025, age 12',
    },
    { name: 'None of these pupils: dismiss it' },
    { name: 'A declared family link: record it in exemptions', narrow: 'A declared family link: record it' },
    { name: 'Skip: decide later' },
    { name: 'Stop here and save the 12 decisions made so far', narrow: 'Stop here and save 12 decisions' },
  ].map((choice, value) => ({ value, ...choice }));
  const finding = (rows: number) =>
    ['', 'Finding 3 of 15 — REVIEW', ...Array.from({ length: rows - 1 }, (_, i) => `  evidence ${i}`)].join('\n');

  it('says every choice its shorter way where one would fold, none cut: 8 rows, not 11', async () => {
    const kit = terminalOf(40, 24);
    const chosen = kit.select({ message: 'What is it?', choices: CHOICES, pageSize: CHOICES.length });
    await screen.next();
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40);
    const listed = lines.slice(1, lines.indexOf('')).join(' ').replace(/^❯/, '').replace(/\s+/g, ' ').trim();
    expect(listed).toBe(CHOICES.map((c) => c.narrow ?? c.name).join(' '));
    expect(lines.indexOf('') - 1).toBe(8);
    expect(lines.at(-1)).toContain('navigate');
    screen.keypress('enter');
    expect(await chosen).toBe(0);
  });

  it('leaves out the keys’ help where that makes the finding fit above the choices, and only then', async () => {
    const kit = terminalOf(40, 24);
    // 15 rows of finding, 9 of question and choices: 24 rows without the help, 26 with it.
    kit.say(finding(15), { heads: true });
    let chosen = kit.select({ message: 'What is it?', choices: CHOICES, pageSize: CHOICES.length });
    await screen.next();
    expect(screen.getScreen().split('\n')).toHaveLength(9);
    expect(screen.getScreen()).toContain('Stop here and save 12 decisions');
    screen.keypress('enter');
    await chosen;
    // A finding of 13 rows fits with the help.
    kit.say(finding(13), { heads: true });
    chosen = kit.select({ message: 'What is it?', choices: CHOICES, pageSize: CHOICES.length });
    await screen.next();
    expect(screen.getScreen().split('\n').at(-1)).toContain('navigate');
    screen.keypress('enter');
    await chosen;
  });

  it('gives a disabled choice’s reason a row of its own where the name’s last row has no room for it', async () => {
    const kit = terminalOf(40, 24);
    const choices = CHOICES.map((choice) =>
      choice.value === 3 ? { ...choice, disabled: 'already recorded' } : choice,
    );
    const chosen = kit.select({ message: 'What is it?', choices, pageSize: choices.length });
    await screen.next();
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(40);
    expect(lines).toContain('- A declared family link: record it');
    expect(lines).toContain('  already recorded');
    expect(screen.getScreen()).toContain('Stop here and save 12 decisions');
    screen.keypress('enter');
    expect(await chosen).toBe(0);
  });

  it('names the finding in the question where the finding cannot stay in sight above it, and only there', async () => {
    const kit = terminalOf(40, 24);
    const recap = 'no. 3: Amina Farouk’s Facebook “Amelia Ward”, may be Amelia Ward';
    kit.say(finding(25), { heads: true });
    let chosen = kit.select({ message: 'What is it?', choices: CHOICES, pageSize: CHOICES.length, recap });
    await screen.next();
    expect(screen.getScreen().split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ')).toBe(`? What is it? (${recap})`);
    screen.keypress('enter');
    expect(await chosen).toBe(0);
    // Once answered, the question alone: the finding is above it.
    expect(screen.getScreen()).toMatch(/^✔ What is it\?\s+It is Mohammed Khan/);
    expect(screen.getScreen()).not.toContain('no. 3');
    kit.say(finding(10), { heads: true });
    chosen = kit.select({ message: 'What is it?', choices: CHOICES, pageSize: CHOICES.length, recap });
    await screen.next();
    expect(screen.getScreen().split('\n')[0]).toBe('? What is it?');
    screen.keypress('enter');
    await chosen;
  });

  it('pages choices that would not fit the screen rather than drawing a question taller than it', async () => {
    const kit = terminalOf(40, 8);
    const chosen = kit.select({ message: 'What is it?', choices: CHOICES, pageSize: CHOICES.length });
    await screen.next();
    expect(screen.getScreen().split('\n').length).toBeLessThanOrEqual(8);
    for (let i = 0; i < CHOICES.length - 1; i++) screen.keypress('down');
    expect(screen.getScreen().split('\n').length).toBeLessThanOrEqual(8);
    expect(screen.getScreen()).toContain('❯ Stop here and save 12 decisions');
    screen.keypress('enter');
    expect(await chosen).toBe(CHOICES.length - 1);
  });
});
