import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

/** Another romanisation or another language's short form of the pupil's forename. Invented pupils. */
const PUPILS = [
  pupil('T01', 'Yusuf', 'Demirel'),
  pupil('T02', 'Zayn', 'Farouk'),
  pupil('T03', 'Maryam', 'Sheikh'),
  pupil('T04', 'Aisha', 'Qureshi'),
  pupil('T05', 'Omar', 'Haddad'),
  pupil('T06', 'Mohamed', 'Warsame'),
  pupil('T07', 'Hüseyin', 'Aksoy'),
  pupil('T08', 'Harpreet', 'Sandhu'),
  pupil('T09', 'Khadija', 'Osman'),
  pupil('T10', 'Willem', 'de Groot'),
  pupil('T11', 'Francisco', 'Ferreira'),
  pupil('T12', 'Constantin', 'Popa'),
  pupil('T13', 'Abdirahman', 'Farah'),
  pupil('T14', 'Jakub', 'Wiśniewski'),
  pupil('T15', 'Mateusz', 'Lewandowski'),
  pupil('T16', 'Jonas', 'Kazlauskas'),
  pupil('T17', 'Ayşe', 'Yıldız'),
  pupil('T18', 'Ayaan', 'Warsame'),
  pupil('T19', 'Hamza', 'Jama'),
  pupil('T20', 'Hatice', 'Kaya'),
  pupil('T21', 'Kwabena', 'Mensah'),
  pupil('T22', 'Tanvir', 'Hossain'),
  pupil('T23', 'Barbara', 'Nowak'),
  pupil('T24', 'Antonina', 'Zielińska'),
  pupil('T25', 'Teresa', 'Costa'),
  pupil('T26', 'Ioan', 'Munteanu'),
];
const matcher = createMatcher(PUPILS);
const fore = (id: string, displayName: string): string | undefined =>
  matcher.match(connection(displayName), STAFF).find((c) => c.pupil.id === id)?.levels.fore;

describe('other romanisations of a forename are one name', () => {
  it.each([
    ['Youssef Demirel', 'T01'],
    ['Yousif Demirel', 'T01'],
    ['Zain Farouk', 'T02'],
    ['Mariam Sheikh', 'T03'],
    ['Ayesha Qureshi', 'T04'],
    ['Umar Haddad', 'T05'],
    ['Maxamed Warsame', 'T06'],
    ['Hussein Aksoy', 'T07'],
    ['Harprit Sandhu', 'T08'],
    ['Khadeeja Osman', 'T09'],
    ['Aishe Yildiz', 'T17'],
    ['Ayan Warsame', 'T18'],
    ['Xamza Jama', 'T19'],
    ['Khadija Kaya', 'T20'],
    ['Ebo Mensah', 'T21'],
    ['Tanveer Hossain', 'T22'],
  ])('%s', (displayName, id) => {
    expect(fore(id, displayName)).toBe('variant');
  });
});

describe('other languages’ short forms are the pupil’s usual short forms', () => {
  it.each([
    ['Wim de Groot', 'T10'],
    ['Chico Ferreira', 'T11'],
    ['Costel Popa', 'T12'],
    ['Abdi Farah', 'T13'],
    ['Kubus Wisniewski', 'T14'],
    ['Mati Lewandowski', 'T15'],
    ['Jonukas Kazlauskas', 'T16'],
    ['Basia Nowak', 'T23'],
    ['Tosia Zielinska', 'T24'],
    ['Teresinha Costa', 'T25'],
    ['Ionut Munteanu', 'T26'],
  ])('%s', (displayName, id) => {
    expect(fore(id, displayName)).toBe('nickname');
  });
});

describe('a Polish name’s English equivalent is a name of its own', () => {
  it.each([
    ['Jacob Wisniewski', 'T14'],
    ['Matthew Lewandowski', 'T15'],
  ])(
    '%s is found as a shared form (an adult of that name may be a relative), not as the pupil’s own name',
    (displayName, id) => {
      expect(fore(id, displayName)).toBe('sharedForm');
    },
  );
});

describe('the English counterpart of a forename of another language is found for review only', () => {
  it.each([
    ['John Kazlauskas', 'T16'],
    ['John Munteanu', 'T26'],
    ['Antonia Zielińska', 'T24'],
    ['Jacob Wiśniewski', 'T14'],
  ])('%s: a name of its own, as likely a relative', (displayName, id) => {
    expect(fore(id, displayName)).toBe('sharedForm');
  });
  it('reads Thiago as Tiago, one name in two spellings', () => {
    const tiago = createMatcher([pupil('E01', 'Tiago', 'Carvalho')]);
    expect(tiago.match(connection('Thiago Carvalho'), STAFF)[0]?.levels.fore).toBe('variant');
  });
});

describe('pet forms no rule makes, from the names’ own diminutives', () => {
  const pets = createMatcher([
    pupil('I01', 'Jan', 'Wróbel'),
    pupil('I02', 'Michał', 'Dudek'),
    pupil('I03', 'Ștefan', 'Lungu'),
    pupil('I04', 'Maria', 'Stoica'),
    pupil('I05', 'Rodrigo', 'Pinto'),
    pupil('I06', 'Ayşe', 'Aslan'),
    pupil('I07', 'Dorota', 'Sikora'),
  ]);
  const levelFor = (id: string, displayName: string) =>
    pets.match(connection(displayName), STAFF).find((c) => c.pupil.id === id)?.levels.fore;
  it.each([
    ['Jasiek Wrobel', 'I01', 'nickname'],
    ['Misiek Dudek', 'I02', 'nickname'],
    ['Fane Lungu', 'I03', 'nickname'],
    ['Mărioara Stoica', 'I04', 'nickname'],
    ['Digo Pinto', 'I05', 'nickname'],
    ['Aysecik Aslan', 'I06', 'nickname'],
    ['Dora Sikora', 'I07', 'sharedForm'],
  ])('%s', (displayName, id, level) => {
    expect(levelFor(id, displayName)).toBe(level);
  });
});
