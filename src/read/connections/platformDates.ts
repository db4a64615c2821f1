import { fromUnixSeconds, parseConnectionDate } from '../../normalise/dates.js';
import { text } from './platformJson.js';

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
