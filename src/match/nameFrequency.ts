import type { FeatureLevels } from './features.js';
import type { ListFacts } from './ListFacts.js';
import { EXACT_FORE, EXACT_SUR } from './levelsOf.js';
import type { ModelParameters } from './ModelParameters.js';
import { round1, roundOneIn } from './roundFigures.js';

/** A name's term-frequency adjustment is bounded: a share estimated from a few rows is rough. */
const MAX_FREQUENCY_BITS = 8;

/** What `MatchModel.frequency` reads of the lists' facts. */
export type FrequencyFacts = Pick<
  ListFacts,
  | 'accounts'
  | 'forenameShare'
  | 'surnameShare'
  | 'otherAccounts'
  | 'clustering'
  | 'exposure'
  | 'written'
  | 'namesakes'
  | 'spelt'
>;

/**
 * `MatchModel.frequency`'s weight (undefined: no name agrees exactly, nor is spelt as a name commoner than a typical one), apart so that the weighing
 * need not build its explanation (`logOddsOn`); `args`, where given, takes what it was weighed on.
 */
export function nameFrequencyWeight(
  p: ModelParameters,
  levels: FeatureLevels,
  facts: FrequencyFacts,
  args?: Record<string, number | string>,
): number | undefined {
  // A middle name where the forename would be is weighed by its own share (`middleNameShown`) and its bearers' rate.
  const fore = EXACT_FORE.has(levels.fore) || levels.fore === 'middleName';
  const sur = EXACT_SUR.has(levels.sur);
  if (!fore && !sur) return facts.spelt ? speltOnly(p, facts, args) : undefined;
  const foreShare = fore ? facts.forenameShare : p.typicalForename;
  const surShare = sur ? facts.surnameShare : p.typicalSurname;
  if (args) {
    args.oneIn = roundOneIn(1 / (foreShare * surShare));
    args.part = fore && sur ? 'name' : fore ? 'forename' : 'surname';
  }
  let expected = Math.max(1, facts.accounts) * foreShare * surShare;
  if (fore && sur) expected *= facts.clustering ?? 1;
  // Namesakes the lists hold beyond what the name's parts predict, whatever the name (`NamesakeRate`).
  if (fore && sur && facts.namesakes) {
    expected += facts.namesakes.beyond;
    if (args) args.namesakeOneIn = roundOneIn(1 / facts.namesakes.rate);
  }
  if (fore && sur && facts.otherAccounts !== undefined) {
    expected = updatedByCount(expected, facts.otherAccounts, facts.exposure ?? 1);
    if (args) args.otherAccounts = facts.otherAccounts >= 2 ? '2+' : facts.otherAccounts;
  }
  const typical = Math.max(1, facts.accounts) * p.typicalForename * p.typicalSurname;
  let bits = clampedBits(typical / expected);
  // Another person's whole name near the pupil's that the lists show other accounts bear (Youssef
  // Ahmed for Yusuf, Olivia Taylor for Olivia Taylor-Wood): weighed as that whole name would be, never more.
  // Read back to front (`Graham Jackson` for Jackson Graham): never rarer than the name as written.
  const inDoubt = levels.order === 'orderInDoubt';
  const written = fore !== sur || inDoubt ? facts.written : undefined;
  if (written && (written.otherAccounts > 0 || inDoubt)) {
    const shares = Math.max(1, facts.accounts) * written.forenameShare * written.surnameShare;
    // Counted on these lists alone (`WrittenFacts`): no exposure.
    const spelt = updatedByCount(shares * (facts.clustering ?? 1), written.otherAccounts, 1);
    bits = Math.min(bits, clampedBits(typical / spelt));
    if (args) args.writtenOtherAccounts = written.otherAccounts >= 2 ? '2+' : written.otherAccounts;
  }
  const asSpelt = facts.spelt ? speltBits(p, facts, foreShare, surShare) : bits;
  if (asSpelt < bits) {
    bits = asSpelt;
    if (args) speltArgs(facts.spelt!, args);
  }
  if (args && fore) args.forenameOneIn = roundOneIn(1 / facts.forenameShare);
  if (args && sur) args.surnameOneIn = roundOneIn(1 / facts.surnameShare);
  return round1(bits);
}

/**
 * The name weighed with the lists' shares of the words the account writes for the pupil's (`speltShares`) in
 * place of a typical name's, as an account bearing that name would be. Taken only where it is less than the name
 * as weighed without them: a word no other account carries may be the pupil's own slip, which the level's weight is for.
 */
function speltBits(p: ModelParameters, facts: FrequencyFacts, foreShare: number, surShare: number): number {
  const typical = p.typicalForename * p.typicalSurname;
  return clampedBits(typical / ((facts.spelt!.forenameShare ?? foreShare) * (facts.spelt!.surnameShare ?? surShare)));
}

/** The figures of the words as written, for the finding's words. */
function speltArgs(spelt: NonNullable<FrequencyFacts['spelt']>, args: Record<string, number | string>): void {
  if (spelt.forenameShare !== undefined) args.speltForenameOneIn = roundOneIn(1 / spelt.forenameShare);
  if (spelt.surnameShare !== undefined) args.speltSurnameOneIn = roundOneIn(1 / spelt.surnameShare);
}

/** Neither part agrees exactly: weighed (`speltBits`) only where the words as written make the name commoner than a typical one. */
function speltOnly(
  p: ModelParameters,
  facts: FrequencyFacts,
  args?: Record<string, number | string>,
): number | undefined {
  const bits = speltBits(p, facts, p.typicalForename, p.typicalSurname);
  if (bits >= 0) return undefined;
  if (args) {
    args.part = 'spelt';
    speltArgs(facts.spelt!, args);
  }
  return round1(bits);
}
/** The expected count of other accounts bearing a whole name, Gamma(1, mean `expected`), updated by the `seen` counted on `exposure` times these lists' accounts. */
function updatedByCount(expected: number, seen: number, exposure: number): number {
  return (1 + seen) / (1 / expected + exposure);
}

/** log2 of a name's rarity against the typical name's, within ±MAX_FREQUENCY_BITS. */
function clampedBits(ratio: number): number {
  return Math.max(-MAX_FREQUENCY_BITS, Math.min(MAX_FREQUENCY_BITS, Math.log2(ratio)));
}
