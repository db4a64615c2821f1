import { describe, expect, it } from 'vitest';
import { deletionKeys, editDistanceWithin, isOneEdit } from '../../src/match/typos.js';

describe('one-edit typos', () => {
  it.each([
    ['olivia', 'oliva', true],
    ['jack', 'jakc', true],
    ['jack', 'jacck', true],
    ['jack', 'jeck', true],
    ['jack', 'jack', false],
    ['jack', 'kcaj', false],
    ['oliver', 'olivia', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(isOneEdit(a, b)).toBe(expected);
    expect(isOneEdit(b, a)).toBe(expected);
  });

  it('indexes a word so that every one-edit neighbour shares a key', () => {
    const keys = new Set(deletionKeys('jack'));
    for (const typo of ['jakc', 'jac', 'jacck', 'jeck'])
      expect(
        deletionKeys(typo).some((k) => keys.has(k)),
        typo,
      ).toBe(true);
  });

  it('bounds edit distance', () => {
    expect(editDistanceWithin('kaitlyn', 'caitlin', 2)).toBe(true);
    expect(editDistanceWithin('lisa', 'lucy', 2)).toBe(false);
  });
});
