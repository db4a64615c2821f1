import { describe, expect, it } from 'vitest';
import { readDisplayName } from '../../src/match/nameReadings.js';
import { writtenWhole } from '../../src/match/wordsAsWritten.js';
import { foundBy } from './fixtures/foundBy.js';
import { pupil } from './fixtures/pupils.js';

// An adult "Luke Bramhill" was reviewed as pupil Luca Hill: the display word Bramhill, written as a
// word of its own, was cut into Bram and Hill (issue 14, background adults; calib37's notes).

describe('a display name’s words written as words of their own', () => {
  // Each word once, whichever of the name's readings (as written, leetspeak) has it.
  const whole = (name: string): string[] => [
    ...new Set(
      readDisplayName(name).flatMap((reading) =>
        reading.words.filter((word) => reading.written !== undefined && writtenWhole(reading.written, word)),
      ),
    ),
  ];

  it('are the words with a capital, then small letters, beside another word', () => {
    expect(whole('Luke Bramhill')).toEqual(['luke', 'bramhill']);
    expect(whole('Zoë Ñúñez 🌷')).toEqual(['zoe', 'nunez']);
    expect(whole('Smith, Jack')).toEqual(['smith', 'jack']);
  });

  it('are not words in small letters, in capitals, with a capital inside, with digits, or alone', () => {
    expect(whole('luke bramhill')).toEqual([]);
    expect(whole('LUKE BRAMHILL')).toEqual([]);
    expect(whole('Luke BramHill')).toEqual(['luke']);
    expect(whole('Luke Br4mhill')).toEqual(['luke']);
    expect(whole('Lukebramhill')).toEqual([]);
    expect(whole('Lukebramhill ✨')).toEqual([]);
  });
});

describe('a display word written as a word of its own', () => {
  const PUPILS = [
    pupil('L1', 'Luca', 'Hill'),
    pupil('B1', 'Bram', 'Jones'),
    pupil('J1', 'Jack', 'Smith'),
    pupil('P1', 'Priya', 'Shah'),
    pupil('A1', 'Anastasia', 'Faure'),
  ];
  const found = foundBy(PUPILS);

  it('is not cut into two names (Luke Bramhill is no Luca Hill)', () => {
    expect(found('Luke Bramhill')).toEqual([]);
    expect(found('Luca Bramhill')).toEqual([]);
    expect(found('Ellie Jacksmith')).toEqual([]);
    // Shahana is no Shah and Ana (a short form of Anastasia) beside Anastasia's surname.
    expect(found('Shahana Faure')).toEqual([]);
  });

  it('is cut where the letters were run together: one word, camel case, small letters, a handle', () => {
    expect(found('Jacksmith')).toEqual(['J1']);
    expect(found('JackSmith')).toEqual(['J1']);
    expect(found('Jacksmith ✨')).toEqual(['J1']);
    expect(found('Luca BramHill')).toEqual(['L1']);
    expect(found('ShahAna Faure')).toEqual(['A1']);
    expect(found('luca bramhill')).toEqual(['L1']);
    expect(found('Jack Smith', 'jacksmith')).toEqual(['J1']);
    expect(found('Ellie', 'jacksmith')).toEqual(['J1']);
  });

  it('keeps the names it is, and the disguises written into words', () => {
    expect(found('Luca Hill')).toEqual(['L1']);
    expect(found('Jack Smithx')).toEqual(['J1']);
    expect(found('Jaaack Smiiith')).toEqual(['J1']);
    expect(found('J A C K   S M I T H')).toEqual(['J1']);
  });
});
