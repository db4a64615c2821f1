import type { Content } from 'pdfmake/interfaces.js';
import { FallbackFaces, FONT } from './fonts.js';

/**
 * pdfmake draws a whole text in one font; characters only a fallback face has are cut out into
 * runs of their own, in the face that draws them, wherever they sit in the document. Only strings holding such characters
 * change, so widths, styles and colours pass through untouched.
 */
export function withFallbackRuns<T extends Content>(content: T, fallback: ReadonlySet<number>): T {
  return walk(content, fallback) as T;
}

function walk(node: unknown, fallback: ReadonlySet<number>): unknown {
  if (typeof node === 'string') return needsFallback(node, fallback) ? { text: runs(node, fallback) } : node;
  if (Array.isArray(node)) return node.map((item) => walk(item, fallback));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'text' && typeof value === 'string' && needsFallback(value, fallback)
        ? runs(value, fallback)
        : walk(value, fallback),
    ]),
  );
}

function needsFallback(text: string, fallback: ReadonlySet<number>): boolean {
  for (const ch of text) if (fallback.has(ch.codePointAt(0)!)) return true;
  return false;
}

function runs(text: string, fallback: ReadonlySet<number>): (string | { text: string; font: string })[] {
  const out: (string | { text: string; font: string })[] = [];
  const faceOf = (cp: number): string | undefined =>
    !fallback.has(cp) ? undefined : fallback instanceof FallbackFaces ? fallback.faceOf(cp) : FONT.fallback;
  let current = '';
  let face: string | undefined;
  const flush = (): void => {
    if (current) out.push(face ? { text: current, font: face } : current);
    current = '';
  };
  for (const ch of text) {
    const next = faceOf(ch.codePointAt(0)!);
    if (next !== face) {
      flush();
      face = next;
    }
    current += ch;
  }
  flush();
  return out;
}
