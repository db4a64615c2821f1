/** A name's term-frequency adjustment is bounded: a share estimated from a few rows is rough. */
export const MAX_FREQUENCY_BITS = 8;

/** log2 of a name's rarity against the typical name's, within ±MAX_FREQUENCY_BITS. */
export function clampedBits(ratio: number): number {
  return Math.max(-MAX_FREQUENCY_BITS, Math.min(MAX_FREQUENCY_BITS, Math.log2(ratio)));
}
