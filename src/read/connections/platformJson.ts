import type { TextSource } from '../../io/TextSource.js';
import type { ImportContext } from './ConnectionImporter.js';

// A platform's JSON download read leniently: the file as JSON or a warning, and its values as
// records or trimmed text, whatever shape a changed format gives them.

/** The file as JSON, or undefined after a warning when it is not (a truncated download). */
export async function readJson(source: TextSource, context: ImportContext, text?: string): Promise<unknown> {
  const body = text ?? (await source.text());
  try {
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    context.warn({ code: 'FILE_UNREADABLE', args: { why: 'json', detail } }, source.name);
    return undefined;
  }
}

/** Says that a file the tool knows by name did not hold the lists it expected (a changed format). */
export function warnUnexpectedShape(source: TextSource, context: ImportContext, expected: string): void {
  context.warn({ code: 'FILE_NOT_RECOGNISED', args: { why: 'unexpected-shape', expected } }, source.name);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
