import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8 lets its heap grow to several times what is live when a program allocates fast, as an audit
 * of a trust's million connection rows does (over 700 MiB at the peak for about 200 MiB live).
 * Growing it by half at a time keeps that audit at about 475 MiB (the peak is while the report is
 * written); a fifth at a time marked the heap 19 times instead of 11, for 1.6 s more of garbage
 * collection, and three quarters reached 511 MiB (`--trace-gc-nvp` on `bench-data/trust`).
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Sets how V8 collects garbage for the rest of the process. Besides the heap's growth, marking is
 * done on this thread only: on a two-core machine the thread that marks alongside took the core
 * the audit's own garbage collection works on, and a trust's audit took 13–18 s with it against
 * 11.5–14 s without (four runs of each, interleaved).
 */
export function tuneGarbageCollection(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString('--no-concurrent-marking');
}

/**
 * Collects garbage now. Called once an audit is done and before its report is rendered: the
 * matcher's indexes and caches (about 100 MiB on a trust) are garbage by then, and rendering a
 * report of thousands of findings would otherwise grow the heap on top of them.
 */
export function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
