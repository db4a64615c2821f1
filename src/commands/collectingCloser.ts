import v8 from 'node:v8';

/**
 * How far V8 lets the heap grow past what was live at its last full collection, while a trust's PDFs are
 * made one after another: by default up to four times, and laying out a school's PDF leaves garbage
 * enough that the trust's 36 reached 590 MB though never more than ~150 MB was live. At one and a half
 * times, 300 MB for about a fifth more CPU (docs/performance.md, byschool22). V8 reads it at every
 * collection, so it can be set while running; 0 is V8's own choice.
 */
const GROWING_PERCENT = 50;

/** Runs `work` with the heap kept closer to what is live, and gives V8 back its own choice after, whatever happens. */
export async function collectingCloser<T>(
  work: () => Promise<T>,
  setFlags: (flags: string) => void = v8.setFlagsFromString,
): Promise<T> {
  setFlags(`--heap-growing-percent=${GROWING_PERCENT}`);
  try {
    return await work();
  } finally {
    setFlags('--heap-growing-percent=0');
  }
}
