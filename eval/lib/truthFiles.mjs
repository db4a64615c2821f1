// Reads an evaluation's truth folder (written by generateAudit, never read by the tool).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

export function readTruth(dir) {
  const csv = (name) => parse(readFileSync(join(dir, name), 'utf8'), { columns: true, skip_empty_lines: true });
  const rows = csv('connections.csv');
  const pupils = new Map(csv('pupils.csv').map((p) => [p.id, p]));
  const staff = new Map(csv('staff.csv').map((s) => [s.id, s]));
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  return { rows, pupils, staff, meta };
}
