import { describe, expect, it } from 'vitest';
import { handleShape, readHandleText } from '../../src/match/readConnection.js';

describe('handleShape', () => {
  it('leaves out the values of a handle’s digits, and only them', () => {
    expect(handleShape('kerry.taylor83')).toBe('kerry.taylor0');
    expect(handleShape('Kerry.Taylor1991')).toBe('kerry.taylor0');
    expect(handleShape('kerry_taylor_07_x')).toBe('kerry_taylor_0_x');
    expect(handleShape('kerrytaylor')).toBe('kerrytaylor');
    expect(handleShape('kerry.taylor83')).not.toBe(handleShape('kerry.taylor_83'));
  });

  it('has none where the digits may change the words', () => {
    expect(handleShape('j4ck.smith')).toBeUndefined(); // digits inside a word: leetspeak
    expect(handleShape('5mith.jack')).toBeUndefined();
    expect(handleShape('jo3.smith')).toBeUndefined(); // digits after a letter or two
    expect(handleShape('sam.taylor.yr12')).toBeUndefined();
    expect(handleShape('amelia.jones.2_k_13')).toBeUndefined(); // the year 2013
    expect(handleShape('zoë.nguyen09')).toBeUndefined();
    expect(handleShape('jack$mith')).toBeUndefined();
    expect(handleShape('jack.smith'.repeat(20))).toBeUndefined(); // longer than any platform allows
  });

  it('gives handles of one shape the same search key', () => {
    const handles = ['kerry.taylor83', 'kerry.taylor1991', 'KERRY.TAYLOR2', 'mrs_amy_jones_1980', 'mrs_amy_jones_12', 'sam.taylor.yr.12', 'sam.taylor.yr.7', 'itsjacksmith_09', 'itsjacksmith_2011'];
    const keyOf = (handle: string) => readHandleText(handle).map((reading) => reading.key);
    const byShape = new Map<string, string[][]>();
    for (const handle of handles) {
      const shape = handleShape(handle);
      expect(shape, handle).toBeDefined();
      byShape.set(shape!, [...(byShape.get(shape!) ?? []), keyOf(handle)]);
    }
    expect(byShape.size).toBe(4);
    for (const keys of byShape.values()) for (const key of keys) expect(key).toEqual(keys[0]);
  });
});
