import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/**
 * Pupils whose whole name is plainly on the account, yet who were read as somebody else's name
 * because of another pupil on the roll: each family below was missed on the bench's trust.
 */
const PUPILS = [
  pupil('W01', 'Luna', 'Hall'),
  // Una makes `halluna` (the tripled l made double) cut into Hall + Una.
  pupil('W02', 'Una', 'Price'),
  pupil('W03', 'James', 'Wood'),
  // Ameswood makes `jameswood` one slip (a letter too many) from a surname.
  pupil('W04', 'Tom', 'Ameswood'),
  pupil('W05', 'Sadia', 'Ward'),
  pupil('W06', 'James', 'Bradley'),
  // Her surname run together is James Bradley's whole name.
  pupil('W07', 'Ruby', 'James-Bradley'),
  pupil('W08', 'Luna', 'Tedley'),
  pupil('W09', 'Finley', 'Farah'),
  // Fin and Lee make `finleey` (a doubled letter made single) cut into two names.
  pupil('W10', 'Fin', 'Lee'),
  pupil('W11', 'Millie', 'Jones'),
  pupil('W12', 'Olivia', 'Wilson'),
  pupil('W13', 'Chloe', 'Hoang'),
  // Alex and Max end in x: `alexhall` is Alex Hall, no x joining two names.
  pupil('W14', 'Alex', 'Hall'),
  pupil('W15', 'Max', 'Hoang'),
  // Names that begin as a title would, run onto a name (`mrsamyjones`): Mr-, Mri-, Mru-.
  pupil('W16', 'Zofia', 'Mrozowska'),
  pupil('W17', 'Mridula', 'Sharma'),
  pupil('W18', 'Jan', 'Mroczek'),
  pupil('W19', 'Amy', 'Jones'),
  pupil('W20', 'Grace', 'Pemberton'),
  pupil('W21', 'Gracie', 'Ashdown'),
];
const matcher = createMatcher(PUPILS);
const best = (displayName: string | undefined, username?: string) =>
  matcher.match(connection(displayName, username), STAFF)[0];

describe('a whole name read as written, though another pupil’s name is near', () => {
  it('reads a letter three times over where two names meet as the two names (`hallluna`: Hall, Luna)', () => {
    const candidate = best(undefined, 'hallluna');
    expect(candidate?.pupil.id).toBe('W01');
    expect(candidate?.levels).toMatchObject({ fore: 'legal', sur: 'full' });
  });

  it('still reads a stretched name unstretched where only a letter taken for decoration makes it two names (`finleeey`)', () => {
    const candidate = best('finleeey farahhh');
    expect(candidate?.pupil.id).toBe('W09');
    expect(candidate?.levels).toMatchObject({ fore: 'legal', sur: 'full' });
  });

  it('reads a display name spelt a letter at a time with no wider gap as forename and surname, not a surname’s slip', () => {
    for (const displayName of ['J A M E S W O O D', 'JamesWood']) {
      const candidate = best(displayName);
      expect(candidate?.pupil.id, displayName).toBe('W03');
      expect(candidate?.levels, displayName).toMatchObject({ fore: 'legal', sur: 'full' });
    }
  });

  it('still reads a slip in a surname beside a forename as a slip', () => {
    const candidate = best('Tom Jameswood');
    expect(candidate?.pupil.id).toBe('W04');
    expect(candidate?.levels.sur).toBe('typo');
  });

  it('reads stretched letters as the name the roll has, before another spelling of it (`Saaaadia` is Sadia, not Saadia)', () => {
    const candidate = best('Saaaadia Waaard');
    expect(candidate?.pupil.id).toBe('W05');
    expect(candidate?.levels).toMatchObject({ fore: 'legal', sur: 'full' });
    expect(candidate?.reasons).toContain('NAME_EXACT');
  });

  it('reads a lone word that is a double-barrelled surname run together as a forename and surname too (`jamesbradley`)', () => {
    for (const [displayName, username] of [
      [undefined, 'jamesbradley'],
      ['JamesBradley', undefined],
    ]) {
      const candidate = best(displayName, username);
      expect(candidate?.pupil.id, displayName ?? username).toBe('W06');
      expect(candidate?.levels, displayName ?? username).toMatchObject({ fore: 'legal', sur: 'full' });
    }
    // Her surname is still read where her forename is beside it.
    expect(best(undefined, 'ruby.jamesbradley')?.pupil.id).toBe('W07');
  });

  it('reads a stretched surname that is also a pet form (`Tedleyy`) as the surname, beside a stretched forename', () => {
    for (const displayName of ['Luuuuna Tedleyy', 'ʟᴜᴜᴜɴᴀ ᴛᴇᴅʟᴇʏʏ']) {
      const candidate = best(displayName);
      expect(candidate?.pupil.id, displayName).toBe('W08');
      expect(candidate?.levels, displayName).toMatchObject({ fore: 'legal', sur: 'full' });
    }
    // Plainly written, a doubled last letter is no decoration: the pet form stays.
    expect(best('Luna Tedleyy')?.levels.sur).toBe('pet');
  });

  it('reads leetspeak whose 1 is an l in one place and an i in another (`M111i3`, `W1150n`)', () => {
    for (const [displayName, username, id] of [
      ['M111i3 J0n35', undefined, 'W11'],
      ['011v14 W1150n', undefined, 'W12'],
      [undefined, '011v14w1150n', 'W12'],
    ]) {
      const candidate = best(displayName, username);
      expect(candidate?.pupil.id, displayName ?? username).toBe(id);
      expect(candidate?.levels, displayName ?? username).toMatchObject({ fore: 'legal', sur: 'full', leet: 'yes' });
    }
  });

  it('reads letters spelt out between bars as the name (`L|u|n|a Hall`), bars elsewhere still as leetspeak', () => {
    for (const displayName of ['L|u|n|a Hall', 'J|a|m|e|s W|o|o|d']) {
      const candidate = best(displayName);
      expect(candidate?.levels, displayName).toMatchObject({ fore: 'legal', sur: 'full' });
      expect(candidate?.reasons, displayName).toContain('DECORATED');
    }
    expect(best('Lun4 H4||')?.levels).toMatchObject({ fore: 'legal', sur: 'full', leet: 'yes' });
  });

  it('reads a run-together handle signed off with xoxo as the name (`lunahallxoxo`)', () => {
    expect(best(undefined, 'lunahallxoxo')?.levels).toMatchObject({ fore: 'legal', sur: 'full' });
    expect(best(undefined, 'lunahallxoxo')?.pupil.id).toBe('W01');
  });

  it('reads kisses and hugs of any length beside the name as no word (`luna.hall.xoxoxo`, `Luna Hall xxxx`)', () => {
    for (const [displayName, username] of [
      [undefined, 'luna.hall.xoxoxo'],
      [undefined, 'xoxoxo_luna_hall'],
      ['Luna Hall xxxx', undefined],
    ] as const) {
      const candidate = best(displayName, username);
      expect(candidate?.pupil.id, displayName ?? username).toBe('W01');
      expect(candidate?.levels, displayName ?? username).toMatchObject({
        fore: 'legal',
        sur: 'full',
        unexplained: '0',
      });
    }
  });

  it('reads two names joined by a bare x as the names (`lunaxhall`), an x ending a name still as its letter', () => {
    for (const [username, id] of [
      ['lunaxhall', 'W01'],
      ['lunaxhallx', 'W01'],
      ['alexhall', 'W14'],
      ['maxhoang', 'W15'],
      ['maxxhoang', 'W15'],
    ] as const) {
      const candidate = best(undefined, username);
      expect(candidate?.pupil.id, username).toBe(id);
      expect(candidate?.levels, username).toMatchObject({ fore: 'legal', sur: 'full' });
    }
  });

  it('reads a letter doubled inside one word and at the end of the other as decoration (`Chlooe Hoangg`)', () => {
    for (const displayName of ['Chlooe Hoangg', 'Chlooe Hoaang']) {
      const candidate = best(displayName);
      expect(candidate?.pupil.id, displayName).toBe('W13');
      expect(candidate?.levels, displayName).toMatchObject({ fore: 'legal', sur: 'full' });
    }
    // One slip alone is still a slip.
    expect(best('Chloe Hoangg')?.levels).toMatchObject({ fore: 'legal', sur: 'typo' });
  });

  it('reads a name that begins as a title would (Mrozowska, Mridula) as the name, a title run onto a name still as a title', () => {
    for (const [displayName, username, id] of [
      ['Zofia Mrozowska', undefined, 'W16'],
      ['Mridula Sharma', undefined, 'W17'],
      [undefined, 'mroczek.jan', 'W18'],
      [undefined, 'zofia_mrozowska', 'W16'],
    ] as const) {
      const candidate = best(displayName, username);
      expect(candidate?.pupil.id, displayName ?? username).toBe(id);
      expect(candidate?.levels, displayName ?? username).toMatchObject({
        fore: 'legal',
        sur: 'full',
        adultWords: 'no',
      });
    }
    expect(best(undefined, 'mrsamyjones')?.levels).toMatchObject({ fore: 'legal', sur: 'full', adultWords: 'title' });
  });

  it('reads Gracie for a Grace as her nickname, and Grace for a Gracie as a fuller form', () => {
    expect(best('Gracie Pemberton')?.levels).toMatchObject({ fore: 'nickname', sur: 'full' });
    expect(best('Grace Ashdown')?.levels).toMatchObject({ fore: 'fullForm', sur: 'full' });
  });
});
