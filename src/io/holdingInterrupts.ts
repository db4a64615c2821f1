/**
 * Runs `work` with Ctrl+C and SIGTERM held off: a kept file and its change log are replaced within
 * a few milliseconds, and an interrupt between the two would leave them disagreeing.
 */
export async function holdingInterrupts<T>(work: () => Promise<T>): Promise<T> {
  const hold = (): void => {};
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  try {
    return await work();
  } finally {
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
  }
}
