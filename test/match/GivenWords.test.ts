import { describe, expect, it } from 'vitest';
import { GivenWords } from '../../src/match/GivenWords.js';

describe('GivenWords', () => {
  it('marks given names by word id, asking about each word once however often the tally grows', () => {
    const asked: string[] = [];
    const given = new GivenWords((word) => {
      asked.push(word);
      return word === 'amara' || word === 'tobias';
    });
    expect([...given.of(['amara', 'bakery'])]).toEqual([1, 0]);
    expect([...given.of(['amara', 'bakery', 'tobias', 'quay'])]).toEqual([1, 0, 1, 0]);
    expect([...given.of(['amara', 'bakery', 'tobias', 'quay'])]).toEqual([1, 0, 1, 0]);
    expect(asked).toEqual(['amara', 'bakery', 'tobias', 'quay']);
  });
});
