import { describe, expect, it } from 'vitest';
import { wrapLines } from '../../src/report/wrapLine.js';

describe('wrapLines', () => {
  it('folds long lines at spaces and continues them under their indent', () => {
    expect(wrapLines('  Why: the name is the pupil’s name; current pupil\nshort', 24)).toBe(
      '  Why: the name is the\n    pupil’s name;\n    current pupil\nshort',
    );
  });

  it('leaves lines that fit, and words longer than the width, alone', () => {
    expect(wrapLines('fits exactly', 12)).toBe('fits exactly');
    expect(wrapLines('a https://example.invalid/very/long/link b', 10)).toBe(
      'a\n  https://example.invalid/very/long/link\n  b',
    );
  });
});
