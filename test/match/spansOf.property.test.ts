import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleText } from '../../src/match/nameReadings.js';
import { createNicknameBook } from '../../src/match/nicknames.js';
import { PupilIndex } from '../../src/match/PupilIndex.js';
import { joinHandlePrefixes, withoutProfileSuffix } from '../../src/match/platformFurniture.js';
import { type Slot, type Span, spansOf } from '../../src/match/spans.js';
import { WordShapes } from '../../src/match/WordShapes.js';
import { PUPILS, pupil } from './fixtures/pupils.js';

const index = new PupilIndex(
  [...PUPILS, pupil('P20', 'Mary', 'Mc Donald'), pupil('P21', 'Anna', 'De La Cruz'), pupil('P22', 'Jo', 'Li')],
  createNicknameBook(),
);

/** `spansOf` as it read before the quick no on words joined: every join made and looked up. */
function spansBefore(slots: readonly Slot[]): Span[] {
  const spans: Span[] = slots.map((slot, i) => ({
    start: i,
    end: i + 1,
    word: slot.word,
    facts: slot.facts,
    ...(slot.joined ? { cut: true } : {}),
  }));
  for (let length = 2; length <= 3; length++) {
    for (let start = 0; start + length <= slots.length; start++) {
      let word = slots[start]!.word;
      for (let i = start + 1; i < start + length; i++) word += slots[i]!.word;
      if (index.idOf(word) < 0) continue;
      spans.push({ start, end: start + length, word, facts: index.facts(word) });
    }
  }
  return spans;
}

/** Pieces of the roll's names (so that some joins are names), short letters, and letters beyond ASCII. */
const piece = fc.oneof(
  fc.constantFrom(
    'mc',
    'donald',
    'de',
    'la',
    'cruz',
    'mary',
    'jack',
    'smith',
    'jo',
    'li',
    'taylor',
    'wood',
    'o',
    'brien',
  ),
  fc.string({ unit: fc.constantFrom(...'abcdlmnorsxyéøА'.split('')), maxLength: 6 }),
);

describe('spansOf', () => {
  it('finds the same spans as when every join was made and looked up', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 6 }), (words, joined) => {
        const slots = words.map((word, i) => ({ word, joined: joined[i] ?? false, facts: index.facts(word) }));
        expect(spansOf(slots, index)).toEqual(spansBefore(slots));
      }),
      { numRuns: 3_000 },
    );
  });

  it('still finds a name written apart', () => {
    const slots = ['mary', 'mc', 'donald'].map((word) => ({ word, joined: false, facts: index.facts(word) }));
    expect(spansOf(slots, index).map((span) => span.word)).toContain('mcdonald');
  });
});

describe('WordShapes.mayHoldJoined', () => {
  it('answers as mayHold of the words joined', () => {
    const unit = fc.constantFrom(...'abklmnoxyzéńАа'.split(''));
    const word = fc.string({ unit, maxLength: 40 });
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 50 }),
        fc.array(word, { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        (added, parts, a, b) => {
          const shapes = new WordShapes();
          for (const w of added) shapes.add(w);
          shapes.add(parts.join(''));
          const start = a % (parts.length + 1);
          const end = start + (b % (parts.length + 1 - start));
          const slots = parts.map((w) => ({ word: w }));
          expect(shapes.mayHoldJoined(slots, start, end)).toBe(shapes.mayHold(parts.slice(start, end).join('')));
        },
      ),
      { numRuns: 3_000 },
    );
  });
});

describe('WordShapes.mayHoldSlice', () => {
  it('answers as mayHold of the slice', () => {
    const word = fc.string({ unit: fc.constantFrom(...'abklmnoxyzéńАа'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 50 }), word, fc.nat(), fc.nat(), (added, text, a, b) => {
        const shapes = new WordShapes();
        for (const w of added) shapes.add(w);
        const start = a % (text.length + 1);
        const end = start + (b % (text.length + 1 - start));
        shapes.add(text.slice(start, end));
        if (added.length > 0) shapes.add(added[0]!.slice(1));
        expect(shapes.mayHoldSlice(text, start, end)).toBe(shapes.mayHold(text.slice(start, end)));
        for (const w of added) expect(shapes.mayHoldSlice(`${w}x`, 0, w.length)).toBe(shapes.mayHold(w));
        if (text.length > 0) expect(shapes.mayHoldSlice(text, 1, text.length)).toBe(shapes.mayHold(text.slice(1)));
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('handleText', () => {
  it('is the handle without platform furniture, as handleShape read it before (within the length read)', () => {
    const handle = fc.string({
      unit: fc.constantFrom(...'abcjks_.-0123456789@xyzé'.split(''), 'its', 'official', '-a1b2c3d4'),
      maxLength: 30,
    });
    fc.assert(
      fc.property(handle, (h) => {
        expect(handleText(h)).toBe(joinHandlePrefixes(withoutProfileSuffix(h)));
      }),
      { numRuns: 3_000 },
    );
  });
});
