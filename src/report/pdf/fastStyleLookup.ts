import { createRequire } from 'node:module';

type Entry = unknown;
type Style = Record<string, unknown> & { extends?: unknown };
interface Stack {
  styleDictionary: Record<string, Style | undefined>;
  defaultStyle: Record<string, unknown> | undefined;
  styleOverrides: Entry[] | undefined;
  getProperty(property: string): unknown;
}
interface StackClass {
  prototype: Stack;
  getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown;
}

const require = createRequire(import.meta.url);
const StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: StackClass }).default;
const pdfmakes = {
  getProperty: StyleContextStack.prototype.getProperty,
  getStyleProperty: StyleContextStack.getStyleProperty,
};

/**
 * pdfmake finds each of some twenty style properties of every run of text by pushing the run and its
 * styles onto the style stack, walking it with a new closure and a new Set per named style, and popping
 * them again: after measureOnce, still the largest part of a PDF's CPU and garbage. These answer the
 * same from the same stack without pushing or allocating (a Set only for a style that extends
 * another); fast-check tests them against pdfmake's own. `fastStyleLookup(false)` puts pdfmake's back.
 */
export function fastStyleLookup(enabled = true): void {
  StyleContextStack.prototype.getProperty = enabled ? getProperty : pdfmakes.getProperty;
  StyleContextStack.getStyleProperty = enabled ? getStyleProperty : pdfmakes.getStyleProperty;
}

const isValue = (value: unknown): boolean => value !== undefined && value !== null;
const isString = (value: unknown): value is string => typeof value === 'string' || value instanceof String;

function getProperty(this: Stack, property: string): unknown {
  const found = fromOverrides(this, property);
  // biome-ignore lint/complexity/useOptionalChain: as pdfmake's, a null default style gives null, not undefined.
  return found !== undefined ? found : this.defaultStyle && this.defaultStyle[property];
}

/** As pdfmake's: the item's own value, else what the stack gives with the item and its styles pushed on it. */
function getStyleProperty(item: unknown, stack: Stack | undefined, property: string, defaultValue: unknown): unknown {
  const own = (item as Record<string, unknown>)[property];
  if (isValue(own)) return own;
  if (!stack) return defaultValue;
  let value: unknown;
  if (!isString(item) && (item as { section?: unknown }).section === undefined) {
    // Pushed last, so asked first: the item (its own value is not set), then its styles, last named first.
    const style = (item as { style?: unknown }).style;
    const names: unknown[] = style ? (Array.isArray(style) ? style : [style]) : [];
    for (let i = names.length - 1; i >= 0 && value === undefined; i--) value = fromEntry(stack, names[i], property);
  }
  if (value === undefined) value = fromOverrides(stack, property);
  if (value === undefined) value = stack.defaultStyle?.[property];
  return isValue(value) ? value : defaultValue;
}

/** The first value the stack's entries give, top first; undefined for none (null counts as none, as pdfmake's). */
function fromOverrides(stack: Stack, property: string): unknown {
  const entries = stack.styleOverrides;
  if (!entries) return undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const value = fromEntry(stack, entries[i], property);
    if (value !== undefined) return value;
  }
  return undefined;
}

function fromEntry(stack: Stack, entry: Entry, property: string): unknown {
  const value = isString(entry)
    ? fromStyle(stack.styleDictionary, entry as string, property, undefined)
    : (entry as Record<string, unknown>)[property];
  return isValue(value) ? value : undefined;
}

function fromStyle(
  dictionary: Stack['styleDictionary'],
  name: string,
  property: string,
  visited: Set<string> | undefined,
): unknown {
  if (visited?.has(name)) return undefined;
  const style = dictionary[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = fromStyle(dictionary, parents[i]!, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}
