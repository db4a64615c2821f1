import { describe, expect, it } from 'vitest';
import { CONTINUED, commandPieces } from '../../src/report/commandPieces.js';

const parts = (text: string): string[] => text.split(' ');

describe('a command to copy, in pieces a row holds', () => {
  const command =
    'record it with `social-audit exemptions add \'My School\' --staff-id S1 --recorded-by "YOUR NAME"` so';

  it('is whole where the row holds it, and takes only its own parts', () => {
    const { pieces, taken } = commandPieces(parts(command), 3, 200);
    expect(pieces).toEqual(['`social-audit exemptions add \'My School\' --staff-id S1 --recorded-by "YOUR NAME"`']);
    expect(taken).toBe(10);
    expect(commandPieces(parts(command), 0, 200)).toEqual({ pieces: [], taken: 0 });
  });

  it('folds between shell words, never inside quotes nor between an option and its value', () => {
    const { pieces } = commandPieces(parts(command), 3, 30);
    expect(pieces).toEqual([
      `\`social-audit exemptions add${CONTINUED}`,
      `'My School' --staff-id S1${CONTINUED}`,
      '--recorded-by "YOUR NAME"`',
    ]);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(30);
  });

  it('leaves a backtick that never closes to the words around it', () => {
    expect(commandPieces(parts('run `social-audit audit school'), 1, 10)).toEqual({ pieces: [], taken: 0 });
  });
});
