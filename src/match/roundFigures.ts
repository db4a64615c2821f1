// How the model rounds what it shows: figures as precise as the estimates behind them, no more.

/** 0.2437 → 0.24, 0.0513 → 0.051: two significant figures, without a string. */
export function twoFigures(x: number): number {
  if (!(x > 0)) return 0;
  const scale = 10 ** (1 - Math.floor(Math.log10(x)));
  return Math.round(x * scale) / scale;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** 1 in 38,417 → 1 in 38,000: two significant figures are all the estimate holds. */
export function roundOneIn(n: number): number {
  if (!Number.isFinite(n) || n < 1) return 1;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
