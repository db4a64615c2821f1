/**
 * V8 grows the heap after each full collection by a factor it judges from how fast that collection
 * ran, up to 4; on a busy machine a trust-wide audit's peak then doubled from run to run. A fixed 1.3
 * keeps it steady (docs/performance.md, "Trust audit", perf35). It bounds nothing, so no audit can
 * run out of memory for it; V8 reads it at each growth, so it works set here (test/bin/).
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;

/** Sets V8's heap growth to 30 % a step, unless whoever started node chose a growth themselves. */
export function boundHeapGrowth() {
  // Node refuses the flag in NODE_OPTIONS, so only its own command line can have given one.
  if (process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg))) return;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
