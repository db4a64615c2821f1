import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { testKit } from './harness.js';

describe('prompts show names from the input inert', () => {
  it('in the message, the choices and what is said between questions', async () => {
    const { kit, said } = testKit();
    kit.say('Link for Dora\u001b[2J Quill\u202e');
    const chosen = kit.select({
      message: 'Which pupil, \u001b]0;pwned\u0007?',
      choices: [
        { value: 1, name: 'Tilly\u001b[?1049h Ashdown', description: 'Year 8\u009b31m' },
        { value: 2, name: 'Ned Garrow' },
      ],
    });
    await screen.next();
    const shown = screen.getScreen({ raw: true });
    expect(shown).toContain('Which pupil, ␛]0;pwned␇?');
    expect(shown).toContain('Tilly␛[?1049h Ashdown');
    expect(shown).not.toContain('\u001b]0;');
    expect(shown).not.toContain('\u001b[?1049h');
    expect(said.join('')).toBe('Link for Dora␛[2J Quill\n');
    screen.keypress('enter');
    expect(await chosen).toBe(1);
  });
});
