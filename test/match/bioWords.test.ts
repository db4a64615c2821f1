import { describe, expect, it } from 'vitest';
import { partsSetOff, setOffAsBefore, setOffFromName } from '../../src/match/bioWords.js';
import { createMatcher } from '../../src/match/createMatcher.js';
import { FLAG_AT } from '../../src/policy/levels.js';
import { bearsWholeName } from '../../src/policy/wholeName.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Invented: a Year 9 pupil who writes about herself beside her name, as children's display names do.
const roll = [pupil('J1', 'Jade', 'Quigley', { dob: '2012-03-10', yearGroup: 'Year 9' })];
const best = (displayName: string) => {
  const matcher = createMatcher(roll);
  const c = { ...connection(displayName, undefined, '2025-06-01'), platform: 'instagram' };
  return matcher.finalise(matcher.match(c, STAFF), c).find((candidate) => candidate.pupil.id === 'J1');
};

describe('what a display name sets off from the name (words45)', () => {
  it('cuts a display name at headline separators, brackets and emoji, and leaves a plain name whole', () => {
    expect(partsSetOff('Jade Quigley | Student')).toEqual([['jade', 'quigley'], ['student']]);
    expect(partsSetOff('Jade Quigley (Jadey)')).toEqual([['jade', 'quigley'], ['jadey']]);
    expect(partsSetOff('Jade Quigley ✨ Dancer ✨')).toEqual([['jade', 'quigley'], ['dancer']]);
    expect(partsSetOff('Jade Quigley • Leeds')).toEqual([['jade', 'quigley'], ['leeds']]);
    for (const whole of ['Jade Quigley', 'Jade Quigley-Marsh', 'Jade Quigley Marsh', 'Jade & Tom Quigley', undefined])
      expect(partsSetOff(whole), String(whole)).toBeUndefined();
  });

  it('sets a word off from the name only where no part holding a word of the name holds it', () => {
    const parts = partsSetOff('Jade Quigley | Student')!;
    expect(setOffFromName(parts, 'student', ['jade', 'quigley'])).toBe(true);
    expect(setOffFromName(parts, 'marsh', ['jade', 'quigley'])).toBe(false);
    expect(setOffFromName(partsSetOff('Jade Marsh | Quigley')!, 'marsh', ['jade', 'quigley'])).toBe(false);
  });
});

describe('a pupil’s whole name with words she writes of herself beside it (words45, issue 14)', () => {
  it.each([
    'Jade Quigley | Student',
    'Jade Quigley | Zorblax',
    'Jade Quigley | MUFC',
    'Jade Quigley | Manchester',
    'Jade Quigley - London',
    'Jade Quigley | Basketball 🏀',
    'Jade Quigley ✨ Dancer ✨',
    'Jade Quigley 🏀 Basketball',
    'Jade Quigley • Leeds',
  ])('reads %s as her whole name with words set off, which the always-review rule keeps', (name) => {
    const found = best(name);
    expect(found?.levels.unexplained).toBe('bio');
    expect(found?.reasons).toContain('WORDS_SET_OFF');
    expect(found?.reasons).not.toContain('UNEXPLAINED_WORDS');
    expect(bearsWholeName(found!.levels)).toBe(true);
    // Never an accusation on words beside the name.
    expect(found!.score).toBeLessThan(FLAG_AT);
  });

  it('reads her own pet form in brackets as hers: nothing set off, nothing unexplained', () => {
    const found = best('Jade Quigley (Jadey)');
    expect(found?.levels.unexplained).toBe('0');
    expect(found?.reasons).not.toContain('WORDS_SET_OFF');
  });

  it('reads her age beside her name in the display name as hers, as in a handle; another number as before', () => {
    // Connected on 1 June 2025, at 13.
    for (const name of ['Jade Quigley | 13', 'Jade Quigley 13']) {
      const found = best(name);
      expect(found?.levels.digits, name).toBe('age');
      expect(found?.reasons).toContain('HANDLE_NUMBER_MATCHES_AGE');
    }
    expect(best('Jade Quigley | 40')?.levels.digits).toBe('otherNumber');
  });

  it.each([
    ['Jade Quigley Marsh', 'a second surname written beside hers'],
    ['Jade & Tom Quigley', 'two people'],
    ['Jade Marsh Quigley | Netball', 'a word between her forename and surname'],
  ])('leaves %s unexplained as before (%s)', (name) => {
    const found = best(name);
    if (found) expect(['1', '2+']).toContain(found.levels.unexplained);
  });

  it('leaves a second surname joined to hers as the name it is', () => {
    expect(best('Jade Quigley-Marsh')?.levels.unexplained).not.toBe('bio');
  });
});

describe('words set off, in the audit’s own estimates (words45)', () => {
  it('counts them as the unexplained words they were, so that every other pair weighs as before', () => {
    const bare = best('Jade Quigley')!;
    const setOff = best('Jade Quigley | MUFC')!;
    const two = best('Jade Quigley | Leeds United')!;
    expect(setOff.levels.setOff).toBe('1');
    expect(two.levels.setOff).toBe('2+');
    const [asBare, asOne, asTwo] = setOffAsBefore([bare, setOff, two]);
    expect(asBare).toBe(bare);
    expect(asOne!.levels.unexplained).toBe('1');
    expect(asTwo!.levels.unexplained).toBe('2+');
    expect(asOne!.levels.setOff).toBeUndefined();
    const none = [bare];
    expect(setOffAsBefore(none)).toBe(none);
  });
});
