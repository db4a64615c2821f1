import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { readDisplayName, readHandleText } from '../../src/match/nameReadings.js';
import {
  headlineNamesAJob,
  joinHandlePrefixes,
  joinNamePrefixes,
  withoutProfileSuffix,
} from '../../src/match/platformFurniture.js';
import type { Connection } from '../../src/model/records.js';
import { connection, nameStrength, pupil, STAFF } from './fixtures/pupils.js';

describe('withoutProfileSuffix', () => {
  it.each([
    ['andrea-wilkinson-c0451725', 'andrea-wilkinson'],
    ['andrea-wilkinson-8a3b2c1', 'andrea-wilkinson'],
    ['andrea-wilkinson-8a3b2c1/', 'andrea-wilkinson'],
    ['andrea-wilkinson-2012', 'andrea-wilkinson-2012'],
    ['andrea-wilkinson-yr10', 'andrea-wilkinson-yr10'],
    ['andrea-wilkinson-04517253', 'andrea-wilkinson-04517253'],
    ['andrea-wilkinson-smith', 'andrea-wilkinson-smith'],
    ['andrea.wilkinson', 'andrea.wilkinson'],
  ])('%s → %s', (handle, without) => {
    expect(withoutProfileSuffix(handle)).toBe(without);
  });
});

describe('surname prefixes', () => {
  it.each([
    ['Sunita Ó Súilleabháin', 'Sunita ÓSúilleabháin'],
    ['Ó Súilleabháin, Sunita', 'ÓSúilleabháin, Sunita'],
    ['Aoife Ní Bhriain', 'Aoife NíBhriain'],
    ['Jack Mc Donald', 'Jack McDonald'],
    ['Maria da Silva', 'Maria daSilva'],
    ['Maria de la Cruz', 'Maria delaCruz'],
    ['Jan van der Berg', 'Jan vanderBerg'],
    ['Omar al-Hassan', 'Omar alHassan'],
    ['Ahmad bin Ali', 'Ahmad binAli'],
    ['Rhys ap Gruffudd', 'Rhys apGruffudd'],
    // Capitalised, these may be names of their own (Vietnamese Văn and Lê), and first, a forename (Al, Del).
    ['Nguyen Van An', 'Nguyen Van An'],
    ['Tran Le Minh', 'Tran Le Minh'],
    ['Al Smith', 'Al Smith'],
    ['Del Trotter', 'Del Trotter'],
    ['Mary-Jane Smith', 'Mary-Jane Smith'],
  ])('%s → %s', (name, joined) => {
    expect(joinNamePrefixes(name)).toBe(joined);
  });

  it('joins them in handles after a first word', () => {
    expect(joinHandlePrefixes('omar_al_hassan')).toBe('omar_alhassan');
    expect(joinHandlePrefixes('jack.van.dijk')).toBe('jack.vandijk');
    expect(joinHandlePrefixes('sunita_o_suilleabhain')).toBe('sunita_osuilleabhain');
    expect(joinHandlePrefixes('al_smith')).toBe('al_smith');
  });

  it('reads no prefix as an initial, a title or a suffix as a name', () => {
    expect(readDisplayName('Sunita Ó Súilleabháin')[0]!.words).toEqual(['sunita', 'osuilleabhain']);
    expect(readDisplayName('Jack Smith Jr')[0]!.words).toEqual(['jack', 'smith']);
    expect(readDisplayName('Jack Smith III')[0]!.words).toEqual(['jack', 'smith']);
    expect(readHandleText('andrea-wilkinson-8a3b2c1')[0]!.words).toEqual(['andrea', 'wilkinson']);
  });
});

describe('createMatcher: platform furniture', () => {
  const pupils = [
    pupil('F01', 'Orla', 'Ó Súilleabháin'),
    pupil('F02', 'Amelia', 'Wilkinson'),
    pupil('F03', 'Alfie', 'Hassan'),
    pupil('F04', 'Omar', 'Al-Hassan'),
    pupil('F05', 'James', 'Baker'),
  ];
  const matcher = createMatcher(pupils);
  const ids = (c: Connection) => matcher.match(c, STAFF).map((candidate) => candidate.pupil.id);

  it('does not read a relative’s Ó as the pupil’s initial', () => {
    expect(ids(connection('Sunita Ó Súilleabháin'))).toEqual([]);
    expect(ids(connection(undefined, 'sunita_o_suilleabhain'))).toEqual([]);
    expect(nameStrength(matcher.match(connection('Orla Ó Súilleabháin'), STAFF)[0])).toBe('whole');
  });

  it('does not read a LinkedIn profile suffix as initials', () => {
    expect(
      ids({
        ...connection('Andrea Wilkinson'),
        platform: 'linkedin',
        profileUrl: 'https://www.linkedin.com/in/andrea-wilkinson-8a3b2c1',
      }),
    ).toEqual([]);
    expect(ids({ ...connection(undefined, 'andrea-wilkinson-c0451725'), platform: 'linkedin' })).toEqual([]);
    expect(
      matcher.match({ ...connection(undefined, 'amelia-wilkinson-c0451725'), platform: 'linkedin' }, STAFF)[0]?.pupil
        .id,
    ).toBe('F02');
  });

  it('does not read al- as a forename (Al for Alfie), and finds the pupil whose surname it begins', () => {
    expect(ids(connection('Ahmed al-Hassan'))).not.toContain('F03');
    expect(matcher.match(connection('Omar al-Hassan'), STAFF)[0]?.pupil.id).toBe('F04');
  });

  it('does not invent a surname from digits and fragments of a handle (`jamie_84kir` is no Baker)', () => {
    expect(ids(connection('Jamie Kirby', 'jamie_84kir'))).toEqual([]);
  });
});

describe('a LinkedIn headline after the name', () => {
  it('says the account is an adult’s when it names a job', () => {
    expect(headlineNamesAJob('Arthur Knight | Nurse')).toBe(true);
    expect(headlineNamesAJob('Noah Baker - Head of Sales')).toBe(true);
    expect(headlineNamesAJob('Arthur Knight | Year 9')).toBe(false);
    expect(headlineNamesAJob('Arthur Nurse')).toBe(false);
  });

  it('keeps a clean profile address from making a flag of an adult with a job', () => {
    const matcher = createMatcher([pupil('J01', 'Arthur', 'Knight')]);
    const linkedin = (displayName: string): Connection => ({
      ...connection(displayName),
      platform: 'linkedin',
      profileUrl: 'https://www.linkedin.com/in/arthur-knight-13e6a5c5d',
    });
    expect(matcher.match(linkedin('Arthur Knight | Nurse'), STAFF)[0]?.levels.adultWords).toBe('job');
    expect(matcher.match(linkedin('Arthur Knight | Nurse'), STAFF)[0]?.reasons).toContain('ADULT_WORDS');
  });

  // Baker, Butcher, Driver, Gardener are trades and common surnames: a pupil writing `Mollie | Baker` must be found.
  it('never takes a surname that is a trade, after a separator, for the account holder’s job', () => {
    for (const [fore, sur] of [
      ['Mollie', 'Baker'],
      ['Tom', 'Butcher'],
      ['Ava', 'Driver'],
      ['Jack', 'Gardener'],
    ] as const) {
      expect(headlineNamesAJob(`${fore} | ${sur}`)).toBe(false);
      const matcher = createMatcher([pupil('B01', fore, sur)]);
      const [found] = matcher.match(connection(`${fore} - ${sur} 💕`), STAFF);
      expect(found?.pupil.id).toBe('B01');
      expect(found?.reasons).not.toContain('ADULT_WORDS');
    }
  });

  // Children write these after their names too: a pupil's own role, and words of a job phrase that are no job alone.
  it('reads no job in what a pupil writes of themselves after a separator', () => {
    for (const shown of [
      'Tia Cole | Head Girl',
      'Tia Cole - Deputy Head Boy',
      'Tia Cole - Self Love',
      'Tia Cole | life at 15',
      'Tia Cole | Social Butterfly 🦋',
    ]) {
      expect(headlineNamesAJob(shown), shown).toBe(false);
      const [found] = createMatcher([pupil('T01', 'Tia', 'Cole')]).match(connection(shown), STAFF);
      expect(found?.pupil.id, shown).toBe('T01');
      expect(found?.reasons, shown).not.toContain('ADULT_WORDS');
    }
    // Their job phrases still name a job by a word of their own.
    for (const shown of [
      'Ana Cole | Head of Maths',
      'Ana Cole - Self Employed',
      'Ana Cole | Manager at Tesco',
      'Ana Cole | Social Worker',
      'Ana Cole - Estate Agent',
    ])
      expect(headlineNamesAJob(shown), shown).toBe(true);
  });

  it('names a trade by its worker too, whichever name found the pupil (`Jakub | Photographer`)', () => {
    expect(headlineNamesAJob('Jakub | Photographer')).toBe(true);
    expect(headlineNamesAJob('Noah Baker - Joiner')).toBe(true);
    const matcher = createMatcher([pupil('J02', 'Jakub', 'Kowalczyk')]);
    const [found] = matcher.match(
      { ...connection('Jakub | Photographer', 'jakub_kowalczyk07'), platform: 'instagram' },
      STAFF,
    );
    expect(found?.levels.adultWords).toBe('job');
    expect(found?.reasons).toContain('ADULT_WORDS');
  });

  // A trade that is part of a pupil's surname on the roll is theirs, written with spaces about the hyphen after the
  // whole name as well as after the forename.
  it('never reads a word of a pupil’s name on the roll as a job, after the forename or after the whole name', () => {
    for (const [fore, first, second] of [
      ['Ava', 'Smith', 'Driver'],
      ['Sam', 'Ward', 'Photographer'],
      ['Lily', 'Price', 'Baker'],
    ] as const) {
      const matcher = createMatcher([pupil('D01', fore, `${first}-${second}`)]);
      for (const shown of [`${fore} ${first} - ${second}`, `${fore} | ${second}`, `${fore} - ${second} ⚽`])
        expect(matcher.match(connection(shown), STAFF)[0]?.reasons ?? []).not.toContain('ADULT_WORDS');
      const handle = `${fore}_${first}${second}12`.toLowerCase();
      const [found] = matcher.match(connection(`${fore} ${first} - ${second}`, handle), STAFF);
      expect(found?.pupil.id).toBe('D01');
      expect(found?.levels.adultWords).toBe('no');
    }
  });

  // Off the roll, a common surname after a lone forename may be the account's own surname (a preferred one the roll lacks).
  it('reads a common surname after a lone forename as a name, after a whole name as the job', () => {
    expect(headlineNamesAJob('Mollie | Baker')).toBe(false);
    expect(headlineNamesAJob('Ava | Nurse')).toBe(false);
    expect(headlineNamesAJob('Arthur Knight | Nurse')).toBe(true);
    expect(headlineNamesAJob('Ava | Photographer')).toBe(true);
    expect(headlineNamesAJob('Ava | Driver', (word) => word === 'driver')).toBe(false);
    expect(headlineNamesAJob('Ava Driver | Driver', (word) => word === 'driver')).toBe(false);
  });
});

describe('a surname prefix written without its accent or first in a handle is no initial', () => {
  const matcher = createMatcher([pupil('F01', 'Orla', 'Ó Súilleabháin'), pupil('F02', 'Oliver', 'Smith')]);
  const levels = (displayName: string | undefined, username?: string) =>
    matcher.match(connection(displayName, username), STAFF).map((c) => `${c.pupil.id}:${c.levels.fore}`);
  it.each<[string | undefined, string | undefined]>([
    ['Sunita O Suilleabhain', undefined],
    [undefined, 'o.suilleabhain.sunita'],
    [undefined, 'o_suilleabhain'],
  ])('%s %s: Ó with the surname, not O for Orla', (displayName, username) => {
    expect(levels(displayName, username)).not.toContain('F01:initial');
  });
  it('still reads an initial before a surname it does not begin (O Smith)', () => {
    expect(levels('O Smith')).toContain('F02:initial');
  });
});
