import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/runInProcess.js';

/**
 * A data manager piping into jq types `--json`, as other tools take it: refused as any unknown option (exit 2, nothing
 * written), with the option that does it, as commander suggests `--format` for `--fromat`. Invented people only.
 */
const SCHOOL = fileURLToPath(new URL('fixtures/school', import.meta.url));

describe('a format given as an option of its own', () => {
  it.each(['json', 'csv', 'pdf', 'text'])('--%s is refused, naming the --format that does it', async (format) => {
    const run = await runInProcess(['audit', SCHOOL, '--date', '2026-11-24', `--${format}`]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain(`unknown option '--${format}'`);
    expect(run.stderr).toContain(`Did you mean --format ${format}?`);
  });

  it('any other unknown option is told as before', async () => {
    const run = await runInProcess(['audit', SCHOOL, '--jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('--format jsonl');
  });
});
