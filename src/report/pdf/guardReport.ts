import type { AuditReport, AuditWarning } from '../../model/report.js';
import { shortenedWarning } from '../shortenedNames.js';
import { MAX_TEXT_LENGTH, MAX_WARNING_LENGTH, type TextGuard } from './TextGuard.js';

const ITEM_NAMES: Record<string, string> = {
  findings: 'Finding',
  exempted: 'Excluded link',
  dismissed: 'Dismissed finding',
  coverage: 'Staff list',
  warnings: 'Warning',
};

const FIELD_NAMES: Record<string, string> = {
  'staff.name': 'staff name',
  'staff.role': 'staff role',
  'pupil.name': 'pupil’s name',
  'connection.name': 'name as shown',
  'connection.username': 'username',
  'connection.profileUrl': 'profile link',
  'exemption.recordedBy': 'recorded by',
  'exemption.note': 'note',
  'decision.decidedBy': 'decided by',
  'decision.reason': 'reason',
};

/**
 * Passes every string of the report through the guard, so that nothing from the input reaches the
 * PDF undrawable, whatever field it sits in (fields added later included). Each replacement is
 * placed for its warning: "Finding 12, name as shown", with the connection's `file:line`.
 */
export function guardReport(report: AuditReport, guard: TextGuard): AuditReport {
  const top = Object.entries(report).map(([key, value]) => {
    const itemName = ITEM_NAMES[key];
    if (itemName && Array.isArray(value)) {
      return [
        key,
        value.map((item: unknown, i) => {
          const source = (item as { connection?: { source?: unknown } }).connection?.source;
          return walk(
            // A name a warning quotes is shortened as the tables' are, so the warning's hint is not what is cut.
            key === 'warnings' ? shortenedWarning(item as AuditWarning, MAX_TEXT_LENGTH) : item,
            [],
            (path) => `${itemName} ${i + 1}, ${FIELD_NAMES[path] ?? path}`,
            typeof source === 'string' ? source : undefined,
            guard,
            key === 'warnings' ? MAX_WARNING_LENGTH : MAX_TEXT_LENGTH,
          );
        }),
      ];
    }
    return [key, walk(value, [key], (path) => path, undefined, guard, MAX_TEXT_LENGTH)];
  });
  return Object.fromEntries(top) as AuditReport;
}

function walk(
  value: unknown,
  path: string[],
  where: (path: string) => string,
  source: string | undefined,
  guard: TextGuard,
  /** A warning's words are the tool's, and longer than a name; see MAX_WARNING_LENGTH. */
  limit: number,
): unknown {
  if (typeof value === 'string') return guard.draw(value, where(path.join('.')), source, limit);
  if (Array.isArray(value)) return value.map((item) => walk(item, path, where, source, guard, limit));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, walk(inner, [...path, key], where, source, guard, limit)]),
    );
  }
  return value;
}
