import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Heap in use above which a full collection is worth its time (a school's audit holds a few tens of MB). */
const WORTH_IT = 128 * 1024 * 1024;

let fullCollection: (() => void) | undefined;

/**
 * A full garbage collection now, if the heap in use is over `threshold` bytes; whether one ran.
 * For a moment when much was just let go (the audit's reading caches): V8 would otherwise collect
 * it only once the heap had grown to 1.3 times what was live before, which set a trust-wide
 * audit's peak (docs/performance.md, perf37). It bounds nothing: no audit can fail for it. Its first
 * call sets V8's `--expose-gc` for the whole process, so only a program that owns its process asks for
 * it (the CLI, through `AuditOptions.collectGarbage`; a library's audit leaves the flag alone).
 */
export function collectGarbage(threshold = WORTH_IT): boolean {
  if (v8.getHeapStatistics().used_heap_size < threshold) return false;
  fullCollection ??= exposedCollection();
  fullCollection();
  return true;
}

function exposedCollection(): () => void {
  // V8 gives `gc` to contexts made after the flag is set (as Jest does): the program's own global stays as it was.
  v8.setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}
