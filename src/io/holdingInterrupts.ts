import { heldInterrupts } from './stopOnInterrupt.js';

/**
 * Runs `work` with Ctrl+C and SIGTERM held off: a kept file and its change log are replaced within
 * a few milliseconds, and an interrupt between the two would leave them disagreeing. One that came
 * meanwhile stops the command once `work` is done (stopOnInterrupt); in the library, nothing stops it.
 */
export async function holdingInterrupts<T>(work: () => Promise<T>): Promise<T> {
  const hold = (signal: NodeJS.Signals): void => heldInterrupts.noted(signal);
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  heldInterrupts.begin();
  try {
    return await work();
  } finally {
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
    heldInterrupts.end();
  }
}
