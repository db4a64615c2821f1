import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fastStyleLookup } from '../../../src/report/pdf/fastStyleLookup.js';

type Stack = { styleOverrides: unknown[]; getProperty(property: string): unknown };
const StyleContextStack = (
  createRequire(import.meta.url)('pdfmake/js/StyleContextStack.js') as {
    default: {
      new (dictionary: object, defaultStyle?: object | null): Stack;
      getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown;
    };
  }
).default;

const PROPERTIES = ['font', 'bold', 'fontSize', 'color', 'link', 'margin'] as const;
const NAMES = ['h1', 'small', 'cell', 'marking', 'toString', 'missing'] as const;
// Values pdfmake tells apart: null and undefined are "not set", false and 0 are set.
const value = fc.constantFrom(undefined, null, false, 0, 9, 'DejaVuSans', true, '');
const styleProperties = fc.record(
  Object.fromEntries(PROPERTIES.map((p) => [p, value])) as Record<(typeof PROPERTIES)[number], typeof value>,
  { requiredKeys: [] },
);
const styleName = fc.constantFrom(...NAMES);
// Styles that extend others, in chains and in cycles.
const style = fc.record(
  {
    props: styleProperties,
    extends: fc.oneof(styleName, fc.array(styleName, { maxLength: 3 })),
  },
  { requiredKeys: ['props'] },
);
const dictionary = fc
  .dictionary(fc.constantFrom('h1', 'small', 'cell', 'marking'), style)
  .map((styles) =>
    Object.fromEntries(
      Object.entries(styles).map(([name, s]) => [
        name,
        { ...s.props, ...(s.extends !== undefined ? { extends: s.extends } : {}) },
      ]),
    ),
  );
const entry = fc.oneof(styleName, styleProperties);
const item = fc.oneof(
  fc.constantFrom('plain text', ''),
  fc.record(
    {
      text: fc.constant('x'),
      style: fc.oneof(styleName, fc.array(fc.oneof(styleName, styleProperties), { maxLength: 3 })),
      section: fc.constantFrom(undefined, {}),
      font: value,
      bold: value,
      color: value,
    },
    { requiredKeys: ['text'] },
  ),
);
const world = fc.record({
  dictionary,
  defaultStyle: fc.oneof(fc.constant(undefined), fc.constant(null), styleProperties),
  entries: fc.array(entry, { maxLength: 6 }),
  item,
  property: fc.constantFrom(...PROPERTIES),
  withStack: fc.boolean(),
});

type World = typeof world extends fc.Arbitrary<infer T> ? T : never;

function lookUp(w: World): { styleProperty: unknown; property: unknown; stackAfter: unknown[] } {
  const stack = new StyleContextStack(w.dictionary, w.defaultStyle);
  stack.styleOverrides.push(...w.entries);
  const styleProperty = StyleContextStack.getStyleProperty(
    w.item,
    w.withStack ? stack : undefined,
    w.property,
    'DEFAULT',
  );
  return { styleProperty, property: stack.getProperty(w.property), stackAfter: [...stack.styleOverrides] };
}

describe('fastStyleLookup', () => {
  afterEach(() => fastStyleLookup(true));

  it('answers as pdfmake’s style stack does, and leaves the stack as it was', () => {
    fc.assert(
      fc.property(world, (w) => {
        fastStyleLookup(false);
        const pdfmakes = lookUp(w);
        fastStyleLookup(true);
        expect(lookUp(w)).toEqual(pdfmakes);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a value set only on a style several extends away, and stops at a cycle', () => {
    const stack = new StyleContextStack({ a: { extends: 'b' }, b: { extends: ['a', 'c'] }, c: { color: 'red' } }, {});
    stack.styleOverrides.push('a');
    expect(stack.getProperty('color')).toBe('red');
    expect(stack.getProperty('bold')).toBeUndefined();
    expect(StyleContextStack.getStyleProperty({ text: 'x', style: 'b' }, stack, 'bold', false)).toBe(false);
  });
});
