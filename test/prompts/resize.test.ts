import { Writable } from 'node:stream';
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createPromptKit } from '../../src/prompts/PromptKit.js';

/** A terminal the person can resize: `columns` changed, then 'resize' emitted, as a tty's stdout does. */
function resizableTerminal(columns: number) {
  const written: string[] = [];
  const terminal = Object.assign(
    new Writable({
      write: (chunk, _encoding, callback) => {
        written.push(String(chunk));
        callback();
      },
    }),
    { columns, rows: 24 },
  );
  const resize = (to: number) => {
    terminal.columns = to;
    terminal.emit('resize');
  };
  return { terminal, written, resize };
}

const STAFF = [
  { value: 'ST05', name: 'Amina Farouk — Teacher (Reception) · ST05', short: 'Amina Farouk (ST05, Teacher)' },
  { value: 'ST12', name: 'Priya Sharma — PTA Chair · ST12', short: 'Priya Sharma (ST12, PTA Chair)' },
];

describe('a picker when the terminal is resized', () => {
  it('is drawn again at the new width at once, what was typed kept (a search)', async () => {
    const { terminal, resize } = resizableTerminal(80);
    const kit = createPromptKit({ input: screen.input, output: terminal });
    const chosen = kit.search({
      message: 'Member of staff (type part of a name, role or id)',
      source: (term) => STAFF.filter((s) => !term || s.name.toLowerCase().includes(term)),
    });
    await screen.next();
    screen.type('am');
    await screen.next();
    expect(screen.getScreen().split('\n')[0]).toBe('? Member of staff (type part of a name, role or id) am');
    resize(40);
    await screen.next();
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines.join(' ')).toContain('role or id) am');
    expect(lines.join(' ')).toContain('Amina Farouk');
    expect(lines.join(' ')).not.toContain('Priya Sharma');
    screen.keypress('enter');
    expect(await chosen).toBe('ST05');
  });

  it('says the finding above a choice again at the new width, the question asked anew (a select)', async () => {
    const { terminal, written, resize } = resizableTerminal(80);
    const kit = createPromptKit({ input: screen.input, output: terminal });
    const finding =
      'Finding 1 of 15 — REVIEW: Amina Farouk (ST05, Teacher (Reception)); Facebook "Amelia Ward" may be Amelia Ward';
    kit.say(finding, { heads: true });
    const chosen = kit.select({
      message: 'What is it?',
      choices: [
        { value: 'confirm', name: 'It is this pupil: treat as a flag' },
        { value: 'dismiss', name: 'Not this pupil: dismiss it' },
      ],
    });
    await screen.next();
    written.length = 0;
    resize(40);
    await screen.next();
    const again = written.join('');
    expect(again.startsWith('\u001b[2J\u001b[H')).toBe(true);
    const rows = again.slice('\u001b[2J\u001b[H'.length).trimEnd().split('\n');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.length).toBeLessThanOrEqual(40);
    expect(rows.join(' ').replace(/\s+/g, ' ')).toBe(finding);
    for (const line of screen.getScreen().split('\n')) expect(line.length).toBeLessThanOrEqual(40);
    screen.keypress('down');
    screen.keypress('enter');
    expect(await chosen).toBe('dismiss');
  });

  it('keeps the choice the cursor was on, so that Enter after a resize answers it, not the first', async () => {
    const { terminal, resize } = resizableTerminal(80);
    const kit = createPromptKit({ input: screen.input, output: terminal });
    const chosen = kit.select({
      message: 'What is it?',
      choices: [
        { value: 'confirm', name: 'It is this pupil: treat as a flag' },
        { value: 'dismiss', name: 'Not this pupil: dismiss it' },
        { value: 'later', name: 'Decide later' },
      ],
    });
    await screen.next();
    screen.keypress('down');
    resize(40);
    await screen.next();
    expect(screen.getScreen()).toContain('❯ Not this pupil');
    screen.keypress('down');
    screen.keypress('enter');
    expect(await chosen).toBe('later');
  });

  it('draws a line being typed again at once, what was typed put back to go on with', async () => {
    const { terminal, resize } = resizableTerminal(80);
    const kit = createPromptKit({ input: screen.input, output: terminal });
    const answer = kit.input({ message: 'Recorded by (your name)' });
    await screen.next();
    screen.type('K. He');
    resize(40);
    await screen.next();
    expect(screen.getScreen()).toContain('Recorded by (your name) K. He');
    screen.type('ad');
    screen.keypress('enter');
    expect(await answer).toBe('K. Head');
  });

  it('answers a line emptied after a resize as an empty line, not with what was put back', async () => {
    const { terminal, resize } = resizableTerminal(80);
    const kit = createPromptKit({ input: screen.input, output: terminal });
    const answer = kit.input({ message: 'Note (optional)', default: 'none' });
    await screen.next();
    screen.type('ab');
    resize(40);
    await screen.next();
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.keypress('enter');
    expect(await answer).toBe('none');
  });
});
