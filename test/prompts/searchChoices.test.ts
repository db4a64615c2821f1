import { describe, expect, it } from 'vitest';
import { searchable, searchChoices } from '../../src/prompts/searchChoices.js';

/**
 * At a terminal a Headteacher typed "lucja" for Łucja Nowak and "yilmaz" for Oğuz Yılmaz and was told "No results
 * found": case and accents were set aside, but Ł, ı, ø, ß and æ are letters of their own, which lose no accent.
 */
const PEOPLE = ['Łucja Nowak', 'Oğuz Yılmaz', 'Søren Dahl', 'Jonas Strauß', 'Æbbe Ødegård', 'Amelia Ward'].map((name) =>
  searchable({ name, value: name }, [name], name),
);
const found = (typed: string): string[] => searchChoices(PEOPLE, typed).map((choice) => choice.value);

describe('type-to-search in the pickers', () => {
  it('finds a name by its letters as an English keyboard types them', () => {
    expect(found('lucja')).toEqual(['Łucja Nowak']);
    expect(found('yilmaz')).toEqual(['Oğuz Yılmaz']);
    expect(found('oguz yil')).toEqual(['Oğuz Yılmaz']);
    expect(found('soren')).toEqual(['Søren Dahl']);
    expect(found('strauss')).toEqual(['Jonas Strauß']);
    expect(found('aebbe odegard')).toEqual(['Æbbe Ødegård']);
  });

  it('still finds the name as the roll writes it, and nothing it does not hold', () => {
    expect(found('Łucja')).toEqual(['Łucja Nowak']);
    expect(found('YILMAZ')).toEqual(['Oğuz Yılmaz']);
    expect(found('strauß')).toEqual(['Jonas Strauß']);
    expect(found('lucia')).toEqual([]);
    expect(found('ward')).toEqual(['Amelia Ward']);
  });
});
