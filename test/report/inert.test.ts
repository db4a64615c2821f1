import { describe, expect, it } from 'vitest';
import { inert, inertDeep, inertLines } from '../../src/report/inert.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the controls inert() must remove.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('inert', () => {
  it('shows escapes, C1 controls and line breaks visibly and drops bidi overrides and isolates', () => {
    expect(inert('a\u001b[2Jb')).toBe('a␛[2Jb');
    expect(inert('\u001b]52;c;eA==\u0007')).toBe('␛]52;c;eA==␇');
    expect(inert('x\u009b31m\u0085\u007f')).toBe('x\\x9B31m\\x85␡');
    expect(inert('one\ntwo\r')).toBe('one␊two␍');
    expect(inert('\u202egnp.exe\u2066x\u2069')).toBe('gnp.exex');
    expect(inert("Zoë Łucja 🦋, O'Brien")).toBe("Zoë Łucja 🦋, O'Brien");
    for (let code = 0; code < 0x3000; code++) {
      const shown = inertLines(String.fromCharCode(code));
      expect(code === 0x0a ? shown === '\n' : !UNSAFE.test(shown)).toBe(true);
    }
  });

  it('keeps line feeds only in inertLines', () => {
    expect(inertLines('line one\nline \u001b[2Jtwo')).toBe('line one\nline ␛[2Jtwo');
  });

  it('makes every string of a value inert without changing the original', () => {
    const report = { staff: { name: 'A\u001b[2J', roles: ['\u202eB'] }, count: 3, none: null };
    expect(inertDeep(report)).toEqual({ staff: { name: 'A␛[2J', roles: ['B'] }, count: 3, none: null });
    expect(report.staff.name).toBe('A\u001b[2J');
  });
});
