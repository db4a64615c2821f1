import { describe, expect, it } from 'vitest';
import { foldName, nameTokens } from '../../src/normalise/names.js';

describe('foldName and nameTokens', () => {
  it('fold case, accents and punctuation for sorting and look-ups', () => {
    expect(foldName("  Zoë O'Brien-Smith ")).toBe('zoe obrien smith');
    expect(nameTokens('Smith, Jack')).toEqual(['smith', 'jack']);
    expect(nameTokens('')).toEqual([]);
  });
});
