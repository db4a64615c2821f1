import { describe, expect, it } from 'vitest';
import { createNicknameBook, parseNicknameTable } from '../../src/match/nicknames.js';

describe('the nickname table', () => {
  const entries = parseNicknameTable();

  it('covers at least 300 given names, written as lower-case letters', () => {
    const heads = new Set(entries.map((e) => e.head));
    expect(heads.size).toBeGreaterThanOrEqual(300);
    for (const entry of entries) {
      for (const name of [entry.head, ...entry.forms]) expect(name, `${entry.head}`).toMatch(/^[a-z]{2,}$/);
    }
  });

  it('has one line of each kind per name, no repeats within a line and no name as its own form', () => {
    const seen = new Set<string>();
    for (const entry of entries) {
      const key = `${entry.head}${entry.kind}`;
      expect(seen.has(key), `${key} appears twice`).toBe(false);
      seen.add(key);
      expect(entry.forms.length, entry.head).toBeGreaterThan(0);
      expect(new Set(entry.forms).size, entry.head).toBe(entry.forms.length);
      expect(entry.forms, entry.head).not.toContain(entry.head);
    }
  });

  it('is read in both directions', () => {
    const book = createNicknameBook(entries);
    for (const [formal, short] of [
      ['alexander', 'alex'],
      ['alexander', 'xander'],
      ['alexander', 'sandy'],
      ['elizabeth', 'lizzie'],
      ['elizabeth', 'beth'],
      ['elizabeth', 'libby'],
      ['oliver', 'ollie'],
      ['margaret', 'maggie'],
      ['margaret', 'peggy'],
    ] as const) {
      expect(book.formsOf(formal).get(short), `${formal} → ${short}`).toBe('nickname');
      expect(book.formsOf(short).get(formal), `${short} → ${formal}`).toBe('fullForm');
    }
  });

  it('knows the short forms that are names in their own right (Mark for Marcus), and only those', () => {
    const book = createNicknameBook(entries);
    expect(book.isSharedForm('mark', 'marcus')).toBe(true);
    expect(book.isSharedForm('harry', 'harriet')).toBe(true);
    expect(book.isSharedForm('harry', 'henry')).toBe(false);
    expect(book.isSharedForm('alex', 'alexander')).toBe(false);
    expect(book.formsOf('marcus').get('mark')).toBe('nickname');
    expect(entries.find((e) => e.head === 'marcus')?.forms).toContain('mark');
  });

  it('treats spellings of one name as one name, both ways', () => {
    const book = createNicknameBook(entries);
    expect(book.formsOf('mohammed').get('muhammad')).toBe('variant');
    expect(book.formsOf('muhammad').get('mohammed')).toBe('variant');
    // A spelling shares the nicknames of the name it spells.
    expect(book.formsOf('sofia').get('sophie')).toBe('nickname');
  });

  it('knows short forms of names from many families, both ways', () => {
    const book = createNicknameBook(entries);
    for (const [formal, short] of [
      ['temitope', 'tope'],
      ['temitope', 'temi'],
      ['fiyinfoluwa', 'fiyin'],
      ['oluwaseun', 'seun'],
      ['oluwatobiloba', 'tobi'],
      ['oluwadamilare', 'dami'],
      ['ayomide', 'ayo'],
      ['chukwuemeka', 'emeka'],
      ['kwabena', 'kobby'],
      ['malgorzata', 'gosia'],
      ['malgorzata', 'malgosia'],
      ['katarzyna', 'kasia'],
      ['aleksandra', 'ola'],
      ['wojciech', 'wojtek'],
      ['krzysztof', 'krzys'],
      ['jakub', 'kuba'],
      ['lachlan', 'lachie'],
      ['mohammed', 'md'],
      ['muhammad', 'mohd'],
      ['mohamed', 'muhd'],
      ['mohammad', 'mo'],
      ['olusegun', 'segun'],
      ['olakunle', 'kunle'],
      ['omolola', 'lola'],
      ['damilola', 'lola'],
      ['uchenna', 'uche'],
      ['chidinma', 'chidi'],
      ['ifeoma', 'ify'],
      ['krishna', 'krish'],
      ['jaspreet', 'jassi'],
      ['lucinda', 'lucy'],
      ['philippa', 'pippa'],
      ['christina', 'kirsty'],
      ['susannah', 'susie'],
      ['ezekiel', 'zeke'],
    ] as const) {
      expect(book.formsOf(formal).get(short), `${formal} → ${short}`).toBe('nickname');
      expect(book.formsOf(short).get(formal), `${short} → ${formal}`).toBe('fullForm');
    }
  });

  it('treats the spellings of Muhammad, and of other names, as one name', () => {
    const book = createNicknameBook(entries);
    const muhammad = ['muhammad', 'mohammed', 'mohammad', 'muhammed', 'mohamed', 'mohamad'];
    for (const a of muhammad)
      for (const b of muhammad) if (a !== b) expect(book.formsOf(a).get(b), `${a} ~ ${b}`).toBe('variant');
    for (const [a, b] of [
      ['kwasi', 'kwesi'],
      ['kwadwo', 'kojo'],
      ['kwaku', 'kweku'],
      ['kieran', 'ciaran'],
      ['ewan', 'euan'],
      ['omar', 'umar'],
      ['usman', 'osman'],
      ['maryam', 'mariam'],
      ['aleksandra', 'alexandra'],
    ] as const) {
      expect(book.formsOf(a).get(b), `${a} ~ ${b}`).toBe('variant');
      expect(book.formsOf(b).get(a), `${b} ~ ${a}`).toBe('variant');
    }
  });

  it('does not tie names that only look alike: an adult’s own name is not a pupil’s', () => {
    const book = createNicknameBook(entries);
    for (const [adult, pupil] of [
      ['samina', 'amina'],
      ['fatma', 'fatima'],
      ['kiran', 'kieran'],
      ['ewa', 'ewan'],
      ['hoa', 'khoa'],
    ] as const) {
      expect(book.isKnownGivenName(adult), adult).toBe(true);
      expect(book.formsOf(adult).has(pupil), `${adult} / ${pupil}`).toBe(false);
    }
    // Short forms that are many people's names of their own are not made forms of a longer name.
    expect(book.formsOf('kwabena').has('ben')).toBe(false);
  });

  it('rejects a line it cannot read', () => {
    expect(() => parseNicknameTable('alexander alex')).toThrow(/cannot read/);
  });

  it('knows given names that have no nickname line, so they are nobody’s typo', () => {
    const book = createNicknameBook(entries);
    expect(book.isKnownGivenName('hayley')).toBe(true);
    expect(book.isKnownGivenName('jakc')).toBe(false);
  });
});

describe('names of other languages: short forms and romanised spellings', () => {
  const book = createNicknameBook(parseNicknameTable());

  it.each([
    ['zuzanna', 'zuzia'],
    ['katarzyna', 'kasia'],
    ['malgorzata', 'gosia'],
    ['aleksander', 'olek'],
    ['alexander', 'sasha'],
    ['wojciech', 'voytek'],
    ['jose', 'pepe'],
    ['francisco', 'paco'],
    ['ignacio', 'nacho'],
    ['babatunde', 'tunde'],
    ['oluwakemi', 'kemi'],
    ['olabisi', 'bisi'],
    ['folasade', 'sade'],
    ['mikhail', 'misha'],
  ])('%s → %s, both ways', (name, short) => {
    expect(book.formsOf(name).get(short)).toBe('nickname');
    expect(book.formsOf(short).get(name)).toBe('fullForm');
  });

  it.each([
    ['wiktoria', 'viktoria'],
    ['wojtek', 'voytek'],
    ['jurgis', 'yurgis'],
    ['mohammed', 'mukhammad'],
    ['muhammad', 'mukhammad'],
    ['aleksander', 'oleksandr'],
    ['yuri', 'yury'],
  ])('%s and %s are one name', (a, b) => {
    expect(book.formsOf(a).get(b)).toBe('variant');
    expect(book.formsOf(b).get(a)).toBe('variant');
  });

  it('reads an English name of its own for the romanised one (Victoria for Wiktoria) as a shared form: never a flag', () => {
    expect(book.formsOf('wiktoria').get('victoria')).toBe('nickname');
    expect(book.isSharedForm('victoria', 'wiktoria')).toBe(true);
  });
});

describe('forms checked against a published list (carltonnorthern/nicknames, 2026-12-06)', () => {
  const book = createNicknameBook(parseNicknameTable());
  it.each([
    ['arabella', 'bella'],
    ['caleb', 'cal'],
    ['augustus', 'gus'],
    ['persephone', 'seph'],
    ['prudence', 'prue'],
    ['keziah', 'kizzy'],
    ['amelia', 'mel'],
    ['alfred', 'freddy'],
  ])('reads %s as going by %s', (formal, short) => {
    expect(book.formsOf(formal).get(short)).toBe('nickname');
  });
});
