/**
 * Adults bearing the pupils' whole names, from two sources: by chance, in proportion to the number
 * the forename's and surname's shares predict (`density` × predicted), and named after a pupil
 * whatever the name's commonness (`excess` accounts per name: a rare name is borne as often as a
 * common one). Each audit's lists say how much of each there is.
 */
export interface NamesakeRates {
  density: number;
  excess: number;
}

/** Fewer predicted accounts on the pupils' names than this: too few to tell (no estimate). */
const LEAST_PREDICTED = 5;
const MOST_DENSITY = 100;

/**
 * The rates by maximum likelihood, with the accounts other than the pupils' own on each name
 * (`counts` less `own`, the own expected from the match model's posteriors) taken as Poisson with
 * mean density × predicted + excess: EM shares each name's accounts between the two sources in
 * proportion to their rates. The density is bounded to [1, 100] (no fewer than chance, as the
 * other names' clustering), the excess at least 0.
 */
export function namesakeRates(
  counts: ArrayLike<number>,
  own: ArrayLike<number>,
  predicted: ArrayLike<number>,
  least = 1,
): NamesakeRates | undefined {
  const names = counts.length;
  let total = 0;
  let others = 0;
  const y = new Float64Array(names);
  for (let j = 0; j < names; j++) {
    total += predicted[j]!;
    y[j] = Math.max(0, counts[j]! - own[j]!);
    others += y[j]!;
  }
  if (!canTell(predicted)) return undefined;
  // Started with the accounts shared half and half: EM never leaves a rate of 0.
  let density = bound(others / (2 * total), least);
  let excess = others / (2 * names);
  for (let iteration = 0; iteration < 500; iteration++) {
    let toChance = 0;
    let toExcess = 0;
    for (let j = 0; j < names; j++) {
      const chance = density * predicted[j]!;
      const rate = chance + excess;
      if (rate <= 0 || y[j] === 0) continue;
      toChance += (y[j]! * chance) / rate;
      toExcess += (y[j]! * excess) / rate;
    }
    const nextDensity = bound(toChance / total, least);
    const nextExcess = toExcess / names;
    const settled = Math.abs(nextDensity - density) < 1e-4 * density && Math.abs(nextExcess - excess) < 1e-6;
    density = nextDensity;
    excess = nextExcess;
    if (settled) break;
  }
  return { density, excess };
}

/** Whether the shares predict enough accounts on the pupils' names to tell the rates (five). */
export function canTell(predicted: ArrayLike<number>): boolean {
  let total = 0;
  for (let j = 0; j < predicted.length; j++) total += predicted[j]!;
  return total >= LEAST_PREDICTED;
}

function bound(density: number, least: number): number {
  return Math.max(least, Math.min(MOST_DENSITY, density));
}
