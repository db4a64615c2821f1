import { describe, expect, it } from 'vitest';
import { FOLD, foldNameText, leetReadings } from '../../src/normalise/nameText.js';

const texts = (raw: string) => foldNameText(raw).map((f) => f.text);
const marks = (raw: string) => foldNameText(raw)[0]!.marks;

describe('foldNameText', () => {
  it('keeps plain ASCII names as lower-case words, apostrophes dropped', () => {
    expect(foldNameText("Mary-Jane  O'Brien")).toEqual([{ text: 'mary jane obrien', marks: 0 }]);
    expect(texts('O’Brien')).toEqual(['obrien']);
  });

  it.each([
    ['Zoë', 'zoe'],
    ['Chloé', 'chloe'],
    ['Łucja', 'lucja'],
    ['Oğuz', 'oguz'],
    ['Nguyễn', 'nguyen'],
    ['Müller', 'muller'],
  ])('folds accents: %s → %s', (raw, text) => {
    expect(texts(raw)).toEqual([text]);
    expect(marks(raw) & FOLD.ACCENTS).toBeTruthy();
  });

  it.each([
    ['𝐉𝐚𝐜𝐤', 'jack'],
    ['𝑱𝒂𝒄𝒌', 'jack'],
    ['𝓙𝓪𝓬𝓴', 'jack'],
    ['Ｊａｃｋ', 'jack'],
    ['ᴊᴀᴄᴋ', 'jack'],
    ['Ⓙⓐⓒⓚ', 'jack'],
    ['🄹🄰🄲🄺', 'jack'],
    ['🅹🅰🅲🅺', 'jack'],
    ['🇯🇦🇨🇰', 'jack'],
    ['✨Jack✨', 'jack'],
    ['Ja💕ck', 'jack'],
    ['♡Aria♡', 'aria'],
    ['Jack ❤️ Smith', 'jack smith'],
  ])('undecorates %s → %s', (raw, text) => {
    expect(texts(raw)).toEqual([text]);
    expect(marks(raw) & FOLD.DECORATED).toBeTruthy();
  });

  it('reads look-alike letters from other alphabets as Latin, and also transliterates', () => {
    expect(texts('Аmelia')).toEqual(['amelia']);
    expect(marks('Аmelia') & FOLD.CONFUSABLE).toBeTruthy();
    expect(texts('Рорру')).toEqual(['poppy', 'rorru']);
    expect(foldNameText('Рорру')[1]!.marks & FOLD.TRANSLITERATED).toBeTruthy();
    expect(texts('Анна')).toContain('anna');
  });
});

describe('leetReadings', () => {
  it('turns digits and symbols that stand for letters back into letters', () => {
    expect(leetReadings('j4ck 5m1th')).toContain('jack smith');
    expect(leetReadings('j@ck $mith')).toContain('jack smith');
    expect(leetReadings('ch4rl13')).toContain('charlie');
  });

  it('also keeps a year ending a word, and leaves a plain handle with a year alone', () => {
    expect(leetReadings('j4cksmith09')).toContain('jacksmith 09');
    expect(leetReadings('jacksmith09')).toEqual([]);
  });

  it('reads two or more digits beginning a later word of a handle as a number, not letters (`jamie_84kir` is no `bakir`)', () => {
    expect(leetReadings('jamie 84kir')).toEqual([]);
    expect(leetReadings('jack 12smith')).toEqual([]);
    expect(leetReadings('70mmy murr4y')).toContain('tommy murray');
    expect(leetReadings('jamie 84kir', true)).toContain('jamie bakir');
    expect(leetReadings('5mith')).toEqual(['smith']);
    expect(leetReadings('gr33nw00d')).toContain('greenwood');
  });

  it('gives nothing for text without leetspeak', () => {
    expect(leetReadings('jack smith 2012')).toEqual([]);
  });
});

describe('foldNameText: emoji presentation selectors', () => {
  it('counts the selector after an emoji as decoration, not an accent', () => {
    for (const raw of ['elliot clark ⚽️', '❤️ Jack', 'Amy ☀︎']) {
      const [folded] = foldNameText(raw);
      expect(folded!.marks & FOLD.ACCENTS, raw).toBe(0);
      expect(folded!.marks & FOLD.DECORATED, raw).toBe(FOLD.DECORATED);
    }
  });
});

describe('foldNameText: Cyrillic small letters shaped like Latin small capitals', () => {
  it.each([
    ['Ruвy', 'ruby'],
    ['Jаск', 'jack'],
    ['Тoмas', 'tomas'],
    ['Ruтh', 'ruth'],
  ])('%s reads as %s, a look-alike, once', (raw, text) => {
    const readings = foldNameText(raw);
    expect(readings[0]).toEqual({ text, marks: FOLD.CONFUSABLE });
  });
  it('keeps the transliterated reading where the letter is also the sound (н in Haнnah is n)', () => {
    expect(foldNameText('Haнnah').map((reading) => reading.text)).toContain('hannah');
  });
});
