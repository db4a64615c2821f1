import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import { connection, nameStrength, pupil, STAFF } from './fixtures/pupils.js';

/** Invented pupils whose names the disguise families below are written from. */
const PUPILS = [
  pupil('D01', 'Elliot', 'Clark'),
  pupil('D02', 'Toby', 'Foster'),
  pupil('D03', 'Ellie', 'Moss'),
  pupil('D04', 'Jack', 'Hartley'),
  pupil('D05', 'Layla', 'Davies'),
  pupil('D06', 'Ana', 'Pereira'),
  pupil('D07', 'Harry', 'Bell'),
];
const matcher = createMatcher(PUPILS);
const best = (displayName: string | undefined, username?: string) =>
  matcher.match(connection(displayName, username), STAFF)[0];

describe('names written a letter at a time, stretched, or with separators between letters', () => {
  it.each<[string, string | undefined, string | undefined, string]>([
    ['spaced letters, wider gap between words', 'E L L I O T   C L A R K', undefined, 'D01'],
    ['spaced letters, even gaps', 'E L L I O T C L A R K', undefined, 'D01'],
    ['spaced letters, doubled spaces', 'E  L  L  I  O  T     C  L  A  R  K', undefined, 'D01'],
    ['a forename, then the surname spaced', 'Elliot C L A R K', undefined, 'D01'],
    ['spaced decorated letters', '𝐄 𝐋 𝐋 𝐈 𝐎 𝐓  𝐂 𝐋 𝐀 𝐑 𝐊', undefined, 'D01'],
    ['spaced letters, emoji and Cyrillic look-alikes', '✨ Е l l і о t  С l а r k ✨', undefined, 'D01'],
    ['stretched letters', 'Elllie Moss', undefined, 'D03'],
    ['stretched vowel', 'Jaaaack Hartley', undefined, 'D04'],
    ['stretched letters in a handle', undefined, 'tobyy_fosterrr', 'D02'],
    ['stretched letters run together in a handle', undefined, 'tobyyfosterrr', 'D02'],
    ['small capitals and stretched letters', 'ᴊᴀᴀᴀᴄᴋ ʜᴀʀᴛʟᴇᴇᴇʏ', undefined, 'D04'],
    ['small capitals and letters doubled', 'ᴛᴏʙʏʏ ꜰᴏꜱᴛᴇʀʀ', undefined, 'D02'],
    ['small capitals and a vowel doubled', 'ᴊᴀᴀᴄᴋ ʜᴀʀᴛʟᴇʏ', undefined, 'D04'],
    ['bullets between letters', 'L•a•y•l•a Davies', undefined, 'D05'],
    ['middle dots between letters', 'L·a·y·l·a Davies', undefined, 'D05'],
    ['full stops between letters', 'J.a.c.k Hartley', undefined, 'D04'],
    ['hyphens between letters', 'l-a-y-l-a davies', undefined, 'D05'],
    ['underscores between letters in a handle', undefined, 'j_a_c_k_hartley', 'D04'],
  ])('%s: %s', (_label, displayName, username, id) => {
    const candidate = best(displayName, username);
    expect(candidate?.pupil.id).toBe(id);
    expect(nameStrength(candidate)).toBe('whole');
    expect(candidate?.reasons).toEqual(expect.arrayContaining<ReasonCode>(['DECORATED']));
  });

  it('reads `tobyy fosterrr` as the pupil’s own name: beside a tripled letter, a doubled one is decoration too, no slip', () => {
    const candidate = best('tobyy fosterrr');
    expect(candidate?.pupil.id).toBe('D02');
    expect(candidate?.levels.fore).toBe('legal');
    expect(candidate?.reasons).toEqual(expect.arrayContaining<ReasonCode>(['NAME_EXACT', 'DECORATED']));
    expect(candidate?.reasons).not.toContain('TYPO');
  });

  it('does not take letters spelt out for initials of another pupil', () => {
    // `J.a.c.k` is Jack; its `a` is no initial of Ana.
    expect(matcher.match(connection('J.a.c.k Pereira'), STAFF).map((c) => c.pupil.id)).not.toContain('D06');
  });

  it('leaves real double letters as written: Anna is not Ana, Harry not Hary', () => {
    expect(best('Anna Pereira')?.reasons ?? []).not.toContain('NAME_EXACT');
    expect(best('Annaaa Pereira')?.reasons ?? []).not.toContain('NAME_EXACT');
    const harry = createMatcher([pupil('H1', 'Hary', 'Bell')]).match(connection('Harry Bell'), STAFF);
    expect(harry.every((c) => nameStrength(c) !== 'whole' || !c.reasons.includes('NAME_EXACT'))).toBe(true);
  });
});

describe('names of other languages: romanised spellings and short forms', () => {
  const others = createMatcher([
    pupil('L01', 'Wiktoria', 'Nowak'),
    pupil('L02', 'Zuzanna', 'Kowalska'),
    pupil('L03', 'Wojciech', 'Zielinski'),
    pupil('L04', 'Babatunde', 'Adeyemi'),
    pupil('L05', 'Francisco', 'García'),
    pupil('L06', 'Mohammed', 'Rahimov'),
  ]);
  it.each([
    ['Viktoria Nowak', 'L01', 'NAME_VARIANT'],
    ['Zuzia Kowalska', 'L02', 'NICKNAME'],
    ['Voytek Zielinski', 'L03', 'NICKNAME'],
    ['Tunde Adeyemi', 'L04', 'NICKNAME'],
    ['Paco Garcia', 'L05', 'NICKNAME'],
    ['Mukhammad Rahimov', 'L06', 'NAME_VARIANT'],
  ] as const)('%s is read as the pupil', (displayName, id, reason) => {
    const candidate = others.match(connection(displayName), STAFF)[0];
    expect(candidate?.pupil.id).toBe(id);
    expect(nameStrength(candidate)).toBe('whole');
    expect(candidate?.reasons).toContain(reason);
  });

  it('finds Victoria for Wiktoria for review only: an English name of its own may be her mother’s', () => {
    const candidate = others.match(connection('Victoria Nowak'), STAFF)[0];
    expect(candidate?.pupil.id).toBe('L01');
    expect(nameStrength(candidate)).toBe('weaker');
    expect(candidate?.reasons).toContain('SHARED_FORM');
  });
});

describe('first-name-only accounts with the pupil’s birth year or year group', () => {
  const year9 = createMatcher([pupil('Y01', 'Olivia', 'Taylor-Wood', { dob: '2012-05-01', yearGroup: 'Year 9' })]);
  it.each(['olivia2012', 'olivia_y9', 'oliviay9', 'oliviayr9', 'livvy_y9', 'olivia.wood7', 'wood.olivia12'])(
    '%s is found, for review',
    (handle) => {
      const candidate = year9.match(connection(undefined, handle), STAFF)[0];
      expect(candidate?.pupil.id).toBe('Y01');
      expect(nameStrength(candidate)).toBe('weaker');
    },
  );
  it('is not found with another year group or a year long before the pupil’s birth', () => {
    expect(year9.match(connection(undefined, 'oliviay8'), STAFF)).toEqual([]);
    expect(year9.match(connection(undefined, 'olivia1984'), STAFF)).toEqual([]);
  });
});

describe('the same letter doubled at the end of two words that are no names', () => {
  const stretched = createMatcher([pupil('T01', 'Ellie', 'Clark'), pupil('T02', 'Jess', 'Hall')]);
  it('reads `Elliee Clarkk` as the pupil’s own name, decorated: the same slip twice is no slip', () => {
    const candidate = stretched.match(connection('Elliee Clarkk'), STAFF)[0];
    expect(candidate?.pupil.id).toBe('T01');
    expect(candidate?.levels.fore).toBe('legal');
    expect(candidate?.levels.sur).toBe('full');
    expect(candidate?.reasons).toContain('DECORATED');
  });
  it('leaves names that end in a double letter as written (`Jess Hall`)', () => {
    const candidate = stretched.match(connection('Jess Hall'), STAFF)[0];
    expect(candidate?.pupil.id).toBe('T02');
    expect(candidate?.reasons).not.toContain('DECORATED');
  });
  it('still reads one doubled end alone as a slip (`Elliee Clark`)', () => {
    expect(stretched.match(connection('Elliee Clark'), STAFF)[0]?.levels.fore).toBe('typo');
  });
});

describe('run-together handles with a name of two letters, or wrapped in x’s', () => {
  const short = createMatcher([
    pupil('R01', 'Li', 'Zhang'),
    pupil('R02', 'Zihan', 'Wu'),
    pupil('R03', 'Ellie', 'Clark'),
    pupil('R04', 'Yu', 'Li'),
  ]);
  const best = (handle: string) => short.match(connection(undefined, handle), STAFF)[0];
  it.each([
    ['x.lizhang.x', 'R01'],
    ['lizhang2012', 'R01'],
    ['zihanwu', 'R02'],
    ['xxellieclarkxx', 'R03'],
  ])('%s is the pupil’s whole name', (handle, id) => {
    const candidate = best(handle);
    expect(candidate?.pupil.id).toBe(id);
    expect(candidate?.levels.fore).toBe('legal');
    expect(candidate?.levels.sur).toBe('full');
  });
  it('does not cut two short names out of a short word (`yuli` may be a word)', () => {
    expect(short.match(connection(undefined, 'yuli'), STAFF).map((c) => c.levels.fore)).not.toContain('legal');
  });
});
