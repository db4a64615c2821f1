import type { TextSource } from '../../io/TextSource.js';
import type { Connection, Relationship, SourceRef } from '../../model/records.js';
import { fromUnixSeconds, parseConnectionDate } from '../../normalise/dates.js';
import type { ImportContext } from './ConnectionImporter.js';

/**
 * Small helpers the platform importers share. A download's file is known by its own name and
 * the folder it sits in, whatever wrapper folders (`facebook-jane-2024-05-01/…`) are above.
 */
export function fileParts(name: string): { base: string; ext: string; parent: string; path: string } {
  const segments = name.toLowerCase().split('/');
  const file = segments.at(-1) ?? '';
  const dot = file.lastIndexOf('.');
  return {
    base: dot > 0 ? file.slice(0, dot) : file,
    ext: dot > 0 ? file.slice(dot + 1) : '',
    parent: segments.at(-2) ?? '',
    path: segments.join('/'),
  };
}

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

/** Unix seconds (or milliseconds), as numbers or digit strings, as an ISO date. */
export function dateFromSeconds(value: unknown): string | undefined {
  const n = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n <= 0) return undefined;
  return fromUnixSeconds(n > 1e11 ? n / 1000 : n);
}

/** A written date (`2024-03-05 10:00:00 UTC`, `05 Mar 2024`, `14-Aug-25`) as an ISO date, or undefined. */
export function dateFromText(value: unknown): string | undefined {
  const raw = text(value);
  if (!raw) return undefined;
  return parseConnectionDate(raw) ?? undefined;
}

/** Where an entry is: its number in the file, or in one named list of a file holding several. */
export function entryRef(source: TextSource, index: number, list?: string): SourceRef {
  return { file: list ? `${source.name}#${list}` : source.name, line: index + 1 };
}

export interface ConnectionFields {
  displayName?: string | undefined;
  username?: string | undefined;
  profileUrl?: string | undefined;
  relationship: Relationship;
  connectedOn?: string | undefined;
  source: SourceRef;
}

/** A connection of the staff member whose download this is; undefined when it names nobody. */
export function connectionOf(context: ImportContext, platform: string, fields: ConnectionFields): Connection | undefined {
  if (!fields.displayName && !fields.username) return undefined;
  return anyConnectionOf(context, platform, fields);
}

/** The same, even when it names nobody: a hidden account is still counted among those read. */
export function anyConnectionOf(context: ImportContext, platform: string, fields: ConnectionFields): Connection {
  const connection: Connection = { platform, relationship: fields.relationship, source: fields.source };
  if (context.staffId) connection.staffId = context.staffId;
  if (context.staffName) connection.staffName = context.staffName;
  if (fields.displayName) connection.displayName = fields.displayName;
  if (fields.username) connection.username = fields.username;
  if (fields.profileUrl) connection.profileUrl = fields.profileUrl;
  if (fields.connectedOn) connection.connectedOn = fields.connectedOn;
  return connection;
}
