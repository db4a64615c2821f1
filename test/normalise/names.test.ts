import { describe, expect, it } from 'vitest';
import { foldName, nameTokens } from '../../src/normalise/names.js';

describe('foldName and nameTokens', () => {
  it('fold case, accents and punctuation for sorting and look-ups', () => {
    expect(foldName("  Zoë O'Brien-Smith ")).toBe('zoe obrien smith');
    expect(nameTokens('Smith, Jack')).toEqual(['smith', 'jack']);
    expect(nameTokens('')).toEqual([]);
  });

  it('read a name as a screen shows it: escapes and invisible code points are not letters or spaces', () => {
    const E = '\u001b';
    for (const dressed of [
      'Mr\u200bs Smith',
      'Mrs Smi\u00adth',
      `${E}[31mMrs Smith${E}[0m`,
      `Mrs ${E}]8;;https://x.invalid${E}\\Smith${E}]8;;${E}\\`,
      'Mrs\u200b Smith\u2060',
      'Mrs\tSmith\r\n',
    ])
      expect({ dressed, folded: foldName(dressed) }).toEqual({ dressed, folded: 'mrs smith' });
  });
});
