import v8 from 'node:v8';

/**
 * V8 lets its heap grow to several times what is live when a program allocates fast, the more so
 * when the machine is slow: with V8's own choice a trust's audit peaked at 390 MiB on one run and
 * over 500 MiB on a slow one. Growing by at most as much again as is live, it marked the heap 7
 * times (0.66 s of incremental marking; 10 times and 0.9 s by half, 19 times by a fifth). Now that
 * the audit keeps less, it marks 5 times (about 0.3 s) and peaks at 325–330 MiB in `npm run bench
 * -- --size trust`; growing by twice as much marked once less, for no time this machine could show.
 */
const HEAP_GROWING_PERCENT = 100;

/**
 * Sets how V8 collects garbage for the rest of the process: the heap's growth (above) and no
 * pretenuring.
 *
 * Pretenuring: V8 allocates straight into the old generation from code whose objects it has seen
 * survive. The roll's rows survive (they become pupils), and connection rows are split by the
 * same code and die at once: once V8 had judged that code by the roll, a trust's million rows went
 * to the old generation, 483 MB promoted and 3.5 s of collection against 144 MB and 1.7 s without.
 *
 * Marking is left to run alongside on another thread, as V8 does by default. When the audit kept
 * its caches as strings, a heavy heap made that thread compete for the second core (a trust took
 * 13–18 s with it against 11.5–14 s without); with today's heap it is the faster: in seven paired
 * runs of a trust, 5.6–7.4 s with it against 6.4–7.9 s without, quicker in six.
 */
export function tuneGarbageCollection(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
