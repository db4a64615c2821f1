import { describe, expect, it } from 'vitest';
import { collectingCloser } from '../../src/commands/collectingCloser.js';

describe('collectingCloser', () => {
  it('keeps the heap closer to what is live while the work runs, and gives V8 its own choice back after', async () => {
    const flags: string[] = [];
    const result = await collectingCloser(
      async () => {
        flags.push('work');
        return 36;
      },
      (f) => flags.push(f),
    );
    expect(result).toBe(36);
    expect(flags).toEqual(['--heap-growing-percent=50', 'work', '--heap-growing-percent=0']);
  });

  it('gives V8 its own choice back when the work fails (a full disk half-way through the schools)', async () => {
    const flags: string[] = [];
    await expect(
      collectingCloser(
        async () => {
          throw new Error('ENOSPC');
        },
        (f) => flags.push(f),
      ),
    ).rejects.toThrow('ENOSPC');
    expect(flags.at(-1)).toBe('--heap-growing-percent=0');
  });
});
