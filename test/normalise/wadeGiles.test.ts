import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { wadeGiles } from '../../src/normalise/wadeGiles.js';
import { connection, pupil, STAFF } from '../match/fixtures/pupils.js';

describe('pinyin given names as Wade–Giles spells them', () => {
  it.each([
    ['zihan', ['tzuhan']],
    ['jiahao', ['chiahao']],
    ['zhiwei', ['chihwei']],
    ['yuxuan', ['yuhsuan']],
    ['xiaoming', ['hsiaoming']],
    ['xinyi', ['hsini', 'hsinyi']],
  ])('%s → %s', (name, spelt) => expect(wadeGiles(name)).toEqual(spelt));

  it.each(['oliver', 'chloe', 'jade', 'dana', 'lina', 'joanna', 'haoran'])(
    'leaves %s alone: not pinyin with letters Wade–Giles writes otherwise',
    (name) => expect(wadeGiles(name)).toEqual([]),
  );

  const matcher = createMatcher([pupil('W01', 'Zihan', 'Wang'), pupil('W02', 'Diana', 'Wang')]);
  it.each(['Tzu-han Wang', 'Tzuhan Wang', 'Tzu Han Wang'])('%s is the pupil Zihan Wang, another spelling', (name) => {
    const candidate = matcher.match(connection(name), STAFF)[0];
    expect(candidate?.pupil.id).toBe('W01');
    expect(candidate?.levels.fore).toBe('variant');
  });
  it('takes no known name for a romanisation (Tiana is not Diana in pinyin)', () => {
    expect(matcher.match(connection('Tiana Wang'), STAFF).map((c) => c.pupil.id)).not.toContain('W02');
  });
});
