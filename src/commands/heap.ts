import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Sets how V8 collects garbage for the rest of the process: marking is done on this thread only.
 * On a two-core machine the thread that marks alongside competes for the core the audit's own
 * collections use: when the audit still kept its caches as strings, a trust's audit took 13–18 s
 * with it (23–27 s of CPU) against 11.5–14 s without. With today's lighter heap the two are about
 * even in time, and without it still uses less CPU. The heap is left to grow as V8 sees fit: a
 * trust's audit peaks at about 390 MiB (limiting growth to a fifth, as this did before, only
 * added marks: 19 against 7).
 */
export function tuneGarbageCollection(): void {
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
