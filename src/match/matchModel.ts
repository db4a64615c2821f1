import type { Contribution } from '../model/report.js';
import type { ReasonCode } from '../model/reasons.js';
import { MODEL_PARAMETERS } from './data/modelParameters.js';

/**
 * The match model: Fellegi–Sunter record linkage with a term-frequency adjustment, as Splink does
 * it. Each piece of evidence about a (connection, pupil) pair is one level of one feature, and
 * contributes its fitted weight log2(m/u): m = P(level | the account is the pupil), u = P(level |
 * it is not), both among the pairs the name index proposes. The weights add to the prior log-odds.
 */
export const FEATURES = ['fore', 'sur', 'order', 'middle', 'unexplained', 'names', 'digits', 'age', 'adultWords', 'platform', 'staffSurname', 'leet', 'sameName'] as const;
export type Feature = (typeof FEATURES)[number];
/** One level per feature: what a candidate pair shows (`fore: 'legal'`, `digits: 'dob'` …). */
export type FeatureLevels = Record<Feature, string>;

export interface ModelParameters {
  /** Where the numbers came from. */
  source: string;
  /** log2 of the prior odds that a proposed pair is the pupil. */
  prior: number;
  /** log2(m/u) per feature and level; a level never seen in fitting weighs nothing. */
  weights: Record<string, Record<string, number>>;
  /** Typical share of the lists' adults with an exactly agreeing forename / surname (geometric mean over true pairs). */
  typicalForename: number;
  typicalSurname: number;
  /** The calibration's slope, which the weights and prior already carry, applied to the frequency adjustment too. */
  frequencyScale: number;
}

export type { Contribution };

/** How a feature level is named in findings; levels missing here weigh in but are not shown. */
const LEVEL_CODE: Partial<Record<Feature, Partial<Record<string, ReasonCode>>>> = {
  fore: {
    legal: 'FORENAME_EXACT',
    preferred: 'PREFERRED_NAME',
    nickname: 'NICKNAME',
    sharedForm: 'SHARED_FORM',
    commonPart: 'COMMON_FORENAME_PART',
    variant: 'NAME_VARIANT',
    fullForm: 'FULL_FORM_OF_NAME',
    typo: 'FORENAME_TYPO',
    soundsLike: 'SOUNDS_LIKE',
    initial: 'INITIAL_SURNAME',
    none: 'FORENAME_ONLY',
  },
  sur: { full: 'SURNAME_EXACT', preferred: 'PREFERRED_NAME', pet: 'SURNAME_PET_FORM', typo: 'SURNAME_TYPO', part: 'PARTIAL_SURNAME', initial: 'SURNAME_INITIAL' },
  order: { surnameFirst: 'SURNAME_FIRST', orderInDoubt: 'ORDER_IN_DOUBT' },
  middle: { yes: 'MIDDLE_NAME' },
  unexplained: { '1': 'UNEXPLAINED_WORDS', '2+': 'UNEXPLAINED_WORDS' },
  names: { both: 'BOTH_NAMES_AGREE', handle: 'HANDLE' },
  digits: { dob: 'HANDLE_YEAR_MATCHES_DOB', yearGroup: 'HANDLE_YEAR_MATCHES_YEAR_GROUP', olderTwoDigit: 'HANDLE_YEAR_NOT_DOB', otherNumber: 'HANDLE_OTHER_NUMBER' },
  age: { under4: 'CONNECTED_WHEN_YOUNG', underPlatform: 'UNDER_PLATFORM_AGE', age4to7: 'CONNECTED_AT_PUPIL_AGE', age4to7Then: 'CONNECTED_AT_PUPIL_AGE', age8to12: 'CONNECTED_AT_PUPIL_AGE', age13up: 'CONNECTED_AT_PUPIL_AGE' },
  adultWords: { yes: 'ADULT_WORDS' },
  platform: {},
  staffSurname: { yes: 'SHARES_STAFF_SURNAME' },
  leet: { yes: 'LEETSPEAK' },
  // Shown within the name's frequency (see `frequency`), not apart.
  sameName: {},
};

/** The level itself, as the argument its wording needs. */
const AGE_WORDS: Record<string, string> = { age4to7: '4 to 7', age4to7Then: '4 to 7', age8to12: '8 to 12', age13up: '13 or over' };
const ARGUMENT: Partial<Record<Feature, (level: string) => Record<string, string> | undefined>> = {
  platform: (level) => ({ platform: level }),
  unexplained: (level) => ({ count: level }),
  age: (level) => (AGE_WORDS[level] ? { age: AGE_WORDS[level]! } : undefined),
};

/** A name's term-frequency adjustment is bounded: a share estimated from a few rows is rough. */
export const MAX_FREQUENCY_BITS = 6;
const EXACT_FORE = new Set(['legal', 'preferred']);
/** `sameName` levels: other accounts on the lists with the whole name (`none`: not counted). */
const OTHER_ACCOUNTS: Record<string, number | string> = { alone: 0, one: 1, several: '2+' };
export function sameNameLevel(otherAccounts: number): string {
  return otherAccounts === 0 ? 'alone' : otherAccounts === 1 ? 'one' : 'several';
}
const EXACT_SUR = new Set(['full', 'preferred']);

export class MatchModel {
  constructor(readonly parameters: ModelParameters = MODEL_PARAMETERS) {}

  /** The fitted contribution of each feature level (weight 0 left out). */
  contributions(levels: FeatureLevels): Contribution[] {
    const out: Contribution[] = [];
    for (const feature of FEATURES) {
      if (feature === 'sameName') continue;
      const level = levels[feature];
      const weight = this.parameters.weights[feature]?.[level] ?? 0;
      if (weight === 0) continue;
      const code = feature === 'platform' ? 'PLATFORM' : LEVEL_CODE[feature]?.[level];
      if (!code) continue;
      const args = ARGUMENT[feature]?.(level);
      out.push(args ? { code, args, weight } : { code, weight });
    }
    return out;
  }

  /**
   * Splink's term-frequency adjustment: an exactly agreeing name weighs more the rarer it is among
   * the adults on these lists (`forenameShare`, `surnameShare`: shares of accounts), relative to
   * the typical agreeing name the weights were fitted on.
   */
  frequency(levels: FeatureLevels, forenameShare: number, surnameShare: number): Contribution | undefined {
    const fore = EXACT_FORE.has(levels.fore);
    const sur = EXACT_SUR.has(levels.sur);
    if (!fore && !sur) return undefined;
    let bits = 0;
    let share = 1;
    const args: Record<string, number | string> = { part: fore && sur ? 'name' : fore ? 'forename' : 'surname' };
    // How many other accounts on the lists carry the whole name: the rarity of the name, counted directly.
    const sameName = this.parameters.weights.sameName?.[levels.sameName] ?? 0;
    const others = OTHER_ACCOUNTS[levels.sameName];
    if (others !== undefined) args.otherAccounts = others;
    if (fore) {
      bits += clamp(Math.log2(this.parameters.typicalForename / forenameShare));
      share *= forenameShare;
      args.forenameOneIn = roundOneIn(1 / forenameShare);
    }
    if (sur) {
      bits += clamp(Math.log2(this.parameters.typicalSurname / surnameShare));
      share *= surnameShare;
      args.surnameOneIn = roundOneIn(1 / surnameShare);
    }
    return { code: 'NAME_FREQUENCY', args: { oneIn: roundOneIn(1 / share), ...args }, weight: round1(bits * this.parameters.frequencyScale + sameName) };
  }

  /** log2 odds: the prior, every level's weight (shown or not) and the name's frequency. */
  logOdds(levels: FeatureLevels, frequency: Contribution | undefined): number {
    let sum = this.parameters.prior + (frequency?.weight ?? 0);
    // `sameName` is carried by the frequency's contribution.
    for (const feature of FEATURES) if (feature !== 'sameName') sum += this.parameters.weights[feature]?.[levels[feature]] ?? 0;
    return sum;
  }
}

/**
 * Posterior probabilities for one connection's candidate pupils. An account is one person at most,
 * so the candidates share the probability: P(pupil i) = odds_i / (1 + Σ odds_j). Two namesakes
 * matched equally well each get less than a half.
 */
export function posteriors(logOdds: readonly number[]): number[] {
  const top = Math.max(0, ...logOdds);
  // Scaled by 2^-top so that large odds do not overflow.
  const scaled = logOdds.map((l) => 2 ** (l - top));
  const total = 2 ** -top + scaled.reduce((a, b) => a + b, 0);
  return scaled.map((s) => s / total);
}

/** The few contributions that decided a finding: the heaviest either way, at most `limit`. */
export function decisive(contributions: readonly Contribution[], limit = 4): Contribution[] {
  return [...contributions].filter((c) => Math.abs(c.weight) >= 1).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, limit);
}

function clamp(bits: number): number {
  return Math.max(-MAX_FREQUENCY_BITS, Math.min(MAX_FREQUENCY_BITS, bits));
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** 1 in 38,417 → 1 in 38,000: two significant figures are all the estimate holds. */
function roundOneIn(n: number): number {
  if (!Number.isFinite(n) || n < 1) return 1;
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
