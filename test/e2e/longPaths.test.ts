import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

/**
 * The text report left a download's long source path whole on a row wider than the terminal, which cut it
 * wherever the edge fell (`…Xk3f9QpL/co` | `nnections/…`). Every row now fits, a path folded after a `/` or `-`.
 */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
const SOURCE = 'connections/ST06/facebook-gemmapritchard-2026-11-10-Xk3f9QpL/connections/friends/your_friends.json:2';
const columns = (row: string) => Array.from(row).length;

describe('the text report’s long source paths', () => {
  it.each([80, 60, 40])(
    'at %i columns: every row fits, and the path reads whole, folded only after / or -',
    (width) => {
      const run = runCli(['audit', SAMPLE, '--date', '2026-11-24'], { env: { COLUMNS: String(width) } });
      expect(run.code).toBe(1);
      const rows = run.stdout.split('\n');
      expect(rows.filter((row) => columns(row) > width)).toEqual([]);

      const at = rows.findIndex((row) => row.trim().startsWith('Source: connections/ST06/'));
      const indent = rows[at]!.indexOf('Source:') + 2;
      const folded = [rows[at]!.trim().slice('Source: '.length)];
      for (let i = at + 1; rows[i]!.startsWith(' '.repeat(indent)) && !rows[i]!.trim().includes(' '); i++)
        folded.push(rows[i]!.trim());
      expect(folded.join('')).toBe(SOURCE);
      for (const piece of folded.slice(0, -1)) expect(piece).toMatch(/[/-]$/);
    },
  );
});
