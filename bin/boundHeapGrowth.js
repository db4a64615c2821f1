/**
 * After each full collection V8 lets the heap grow by a factor it works out from how fast that
 * collection ran against how fast the program allocates, up to 4 on a machine with over 2 GB. A
 * collection slowed by a busy machine reads as slow, so one trust-wide audit peaked at 573, 945 and
 * 1,324 MiB on three runs of the same input: the weighing's 240 MB live, times 1.3 to 4. A fixed 1.3
 * keeps the peak near what is live (docs/performance.md, "Trust audit", perf35). It bounds nothing,
 * so no audit can run out of memory for it, and V8 reads the flag at each growth decision, so it
 * takes effect set here, before the program loads (test/bin/boundHeapGrowth.test.ts).
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

/** Sets V8's heap growth to 30 % a step, unless whoever started node chose a growth themselves. */
export function boundHeapGrowth() {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  if (/--heap[-_]growing[-_]percent/.test(given)) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
