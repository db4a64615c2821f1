import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { type Segmentation, segment } from '../../src/match/segment.js';
import { PUPILS, pupil } from './fixtures/pupils.js';

const index = new PupilIndex(
  [...PUPILS, pupil('P20', 'Li', 'Zhang'), pupil('P21', 'Zihan', 'Li'), pupil('P22', 'Amy', 'Jones')],
  createNicknameBook(),
);

/**
 * `cut` as it read before it checked trailing letters by char code and sliced heads only when
 * needed, written the plain way: every cut of every body, the first of the highest rank.
 */
function cutAsBefore(word: string): Segmentation | null {
  for (let trail = 0; trail <= 4 && word.length - trail >= 4; trail++) {
    if (trail > 0 && !/^[xoz]+$/.test(word.slice(-trail))) continue;
    const body = word.slice(0, word.length - trail);
    const ranked: Segmentation[] = [];
    for (let at = 1; at <= body.length - 2; at++) {
      const [head, tail] = [body.slice(0, at), body.slice(at)];
      if (index.mayName(tail) && (at === 1 || index.mayName(head))) ranked.push(rankOf(head, tail, body.length));
    }
    const top = Math.max(0, ...ranked.map((r) => r.rank));
    if (top > 0) return ranked.find((r) => r.rank === top)!;
  }
  return null;
}

function rankOf(head: string, tail: string, length: number): Segmentation {
  const [h, t] = [index.facts(head), index.facts(tail)];
  const [hFore, hSur, tFore, tSur] = [h.fore.length > 0, h.sur.length > 0, t.fore.length > 0, t.sur.length > 0];
  const whole = (hFore && tSur) || (hSur && tFore);
  const rank =
    (!tFore && !tSur) || ((head.length === 2 || tail.length === 2) && (length < 6 || !whole))
      ? 0
      : head.length === 1 && tSur
        ? 1
        : whole
          ? 3
          : hFore || hSur
            ? 2
            : 0;
  return { parts: [head, tail], rank };
}

/** Run-together words made of the roll's names, letters, and the x's, o's and z's people trail them with. */
const NAMES = ['jack', 'smith', 'amelia', 'jones', 'harry', 'evans', 'poppy', 'ward', 'li', 'zhang', 'zihan', 'amy'];
const piece = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom('x', 'o', 'z', 'xo', 'xx', 'j', 'a'),
  fc.stringMatching(/^[a-z]{1,3}$/),
);
const word = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));

describe('segment', () => {
  it('cuts a word as written exactly as before (trailing decoration by char code, heads sliced lazily)', () => {
    fc.assert(
      fc.property(word, (w) => {
        expect(segment(w, index, true)).toEqual(cutAsBefore(w));
      }),
      { numRuns: 3_000 },
    );
  });

  it('still finds the names under trailing decoration, and none under other trailing letters', () => {
    expect(segment('jacksmithxoz', index, true)).toEqual({ parts: ['jack', 'smith'], rank: 3 });
    expect(segment('jacksmithq', index, true)).toBeNull();
    expect(segment('jacksmithqx', index, true)).toBeNull();
  });
});
