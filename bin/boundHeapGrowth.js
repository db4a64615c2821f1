/**
 * V8 grows the heap after each full collection by a factor it judges from how fast that collection
 * ran, up to 4; on a busy machine a trust-wide audit's peak then doubled from run to run. A fixed 1.3
 * keeps it steady (docs/performance.md, "Trust audit", perf35). In a trust-wide audit the young generation
 * is kept at the 1 MB semi-spaces node starts with rather than grown to 16 MB: its 32 MB stayed resident
 * through that audit's peak, near 512 MiB (perf39). Every other audit, a trust's school by school among them
 * (peak some 360 MiB), lets V8 grow it: a 1 MB nursery is collected ten thousand times over a million rows,
 * a tenth of the audit's CPU (speed46). Neither bounds anything, so no audit can run out of memory for
 * them; V8 reads both at each growth, so they work set here (test/bin/).
 */
import v8 from 'node:v8';

export const HEAP_GROWING_PERCENT = 30;
export const SEMI_SPACE_GROWTH_FACTOR = 1;

/**
 * Sets V8's heap growth to 30 % a step, and for a trust-wide audit (`args`, the command's arguments, holding
 * `--trust-wide`) the young generation's to none, unless whoever started node chose them.
 */
export function boundHeapGrowth(args = []) {
  // Node refuses the flag in NODE_OPTIONS, so only its own command line can have given one.
  if (!process.execArgv.some((arg) => /^--heap[-_]growing[-_]percent/.test(arg)))
    v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // A young generation sized when node started (NODE_OPTIONS may give one) is theirs.
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (
    args.includes('--trust-wide') &&
    !given.some((arg) => /^--(max|min)[-_]semi[-_]space[-_]size|^--semi[-_]space[-_]growth[-_]factor/.test(arg))
  )
    v8.setFlagsFromString(`--semi-space-growth-factor=${SEMI_SPACE_GROWTH_FACTOR}`);
}
