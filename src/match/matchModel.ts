import type { Contribution } from '../model/report.js';
import { MODEL_PARAMETERS } from './data/modelParameters.js';
import { type FeatureLevels, SHAPE_FEATURES } from './features.js';
import type { ListFacts } from './ListFacts.js';
import { LEVEL_ARGUMENT, LEVEL_CODE } from './levelCodes.js';
import type { ModelParameters, Presentation } from './ModelParameters.js';
import { type FrequencyFacts, nameFrequencyWeight } from './nameFrequency.js';
import { ageMOf, listsMU, platformMOf } from './presentationM.js';
import { round1, twoFigures } from './roundFigures.js';

export { AGE_BANDS, FEATURES, type Feature, type FeatureLevels, SHAPE_FEATURES } from './features.js';
export type { ListFacts, WrittenFacts } from './ListFacts.js';
export type { ModelParameters, Presentation } from './ModelParameters.js';
export { seldomConnectedAt, seldomOnPlatform } from './presentationM.js';

export type { Contribution };

/**
 * Pseudo-accounts by which a list's share of accounts written in a style (`Sarah K`) is shrunk
 * towards the bench's: lists of 1,000 accounts move it halfway, a school's 25,000 nearly all the way.
 */
export const STYLE_PSEUDO_ACCOUNTS = 1_000;
/** `sameName` levels: other accounts on the lists with the whole name (`none`: not counted). */
export function sameNameLevel(otherAccounts: number): string {
  return otherAccounts === 0 ? 'alone' : otherAccounts === 1 ? 'one' : 'several';
}

const NO_TERMS: readonly Contribution[] = Object.freeze([]);
const every = (): boolean => true;

/**
 * The match model: Fellegi–Sunter record linkage with a term-frequency adjustment, as Splink does
 * it. Each piece of evidence about a (connection, pupil) pair is one level of one feature, and
 * contributes log2(m/u): m = P(level | the account is the pupil), u = P(level | it is not).
 * How a pupil presents (m: their name's form, platform, when connected) is learnt from the bench's
 * labelled accounts; how often other accounts show a level (u) is counted on this audit's own
 * lists wherever it can be: how many accounts bear the name, the share on each platform, the
 * spread of connection dates against the pupil's birth. The prior (how many accounts per pupil
 * the lists hold) is estimated from this audit's candidates by EM, and with it how pupils present on
 * these lists (`estimatePresentation`), starting from the bench's m.
 */
export class MatchModel {
  /** Arguments of shown platform and age terms, shared: an audit holds a few hundred distinct ones and 700,000 candidates. */
  private readonly shownArgs = new Map<string, Map<number, Map<number, Record<string, number | string>>>>();

  constructor(readonly parameters: ModelParameters = MODEL_PARAMETERS) {}

  /** A term's arguments with what it is weighed on (m, u, whence m; `rule`: not learnt), where it is to be shown. */
  private shown(
    label: string | undefined,
    args: Record<string, string>,
    m: number,
    u: number,
    from: 'bench' | 'audit' | 'rule' | undefined,
  ): Record<string, number | string> {
    if (from === undefined) return args;
    const pupilsShare = twoFigures(m);
    const listsShare = twoFigures(u);
    const key = from + (label ?? '');
    const byM = this.shownArgs.get(key) ?? new Map<number, Map<number, Record<string, number | string>>>();
    this.shownArgs.set(key, byM);
    const byU = byM.get(pupilsShare) ?? new Map<number, Record<string, number | string>>();
    byM.set(pupilsShare, byU);
    const shared = byU.get(listsShare) ?? { ...args, pupilsShare, listsShare, from };
    byU.set(listsShare, shared);
    return shared;
  }

  /** Arguments of shown style terms, shared by their rounded shares. */
  private readonly styleArgs = new Map<number, Record<string, number>>();

  /** The style a pair's shape level is weighed by on the lists (undefined: weighed as fitted): the surname's initial, read from the display name. */
  private styleOf(levels: FeatureLevels): { benchShare: number; ofOthers: number } | undefined {
    return levels.sur === 'initial' && levels.names !== 'handle' ? this.parameters.styles?.['sur.initial'] : undefined;
  }

  /**
   * The surname's initial, weighed by how often these lists' accounts are written as a word and one
   * letter (`Sarah K`) against the fit sets': u = u_bench × (1 − f + f × share / benchShare), where f
   * is the part of the bench's u written so (the rest, other pupils and misread names, does not
   * move with the style). The fitted weight plus log2(u_bench / u); the share shrunk towards the
   * bench's by STYLE_PSEUDO_ACCOUNTS. `shown`: with the shares it was weighed on.
   */
  styleTerm(levels: FeatureLevels, facts: Pick<ListFacts, 'surnameInitials'>, shown = false): Contribution | undefined {
    const style = this.styleOf(levels);
    if (!style) return undefined;
    const counts = facts.surnameInitials;
    const share =
      ((counts?.written ?? 0) + STYLE_PSEUDO_ACCOUNTS * style.benchShare) /
      ((counts?.accounts ?? 0) + STYLE_PSEUDO_ACCOUNTS);
    const bits = round1(-Math.log2(1 - style.ofOthers + (style.ofOthers * share) / style.benchShare));
    const weight = Math.round(((this.parameters.weights.sur?.initial ?? 0) + bits) * 100) / 100;
    if (!shown) return { code: 'SURNAME_INITIAL', weight };
    const listsShare = twoFigures(share);
    const args = this.styleArgs.get(listsShare) ?? { listsShare, benchShare: twoFigures(style.benchShare) };
    this.styleArgs.set(listsShare, args);
    return { code: 'SURNAME_INITIAL', args, weight };
  }

  /** The fitted contribution of each shape feature's level (weight 0 left out; a level weighed by its style is a list term). */
  contributions(levels: FeatureLevels): Contribution[] {
    const out: Contribution[] = [];
    const styled = this.styleOf(levels) !== undefined;
    for (const feature of SHAPE_FEATURES) {
      if (styled && feature === 'sur') continue;
      const level = levels[feature];
      const weight = this.parameters.weights[feature]?.[level] ?? 0;
      if (weight === 0) continue;
      const code =
        feature === 'sur' && levels.surForm === 'spelling' ? 'SURNAME_SPELLING' : LEVEL_CODE[feature]?.[level];
      if (!code) continue;
      const args = LEVEL_ARGUMENT[feature]?.(level);
      out.push(args ? { code, args, weight } : { code, weight });
    }
    return out;
  }

  /**
   * The prior in bits: the fitted intercept, the accounts per pupil on these lists, and how many
   * accounts a typical name is expected among (more accounts, more namesakes by chance).
   */
  prior(accountsPerPupil: number, accounts: number): number {
    const p = this.parameters;
    return (
      p.intercept +
      Math.log2(accountsPerPupil) -
      Math.log2(Math.max(1, accounts) * p.typicalForename * p.typicalSurname)
    );
  }

  /**
   * The audit's own terms, as contributions: the name's rarity on these lists (Splink's
   * term-frequency adjustment, against the typical name), the platform and the age when connected,
   * each log2(m/u) with u counted on the lists and m the bench's, or `presentation` (as estimated
   * on this audit's own candidates: `estimatePresentation`). `from`, where the terms are to be
   * shown, says which m was used, and the platform and age terms then carry m and u.
   */
  listTerms(
    levels: FeatureLevels,
    facts: ListFacts,
    presentation: Presentation = this.parameters.presentation,
    from?: 'bench' | 'audit',
  ): Contribution[] {
    const out: Contribution[] = [];
    const frequency = this.frequency(levels, facts);
    if (frequency) out.push(frequency);
    const style = this.styleTerm(levels, facts, from !== undefined);
    if (style && style.weight !== 0) out.push(style);
    const platformBits = this.platformBits(levels, facts, presentation);
    if (platformBits !== 0)
      out.push({
        code: 'PLATFORM',
        args: this.shown(
          levels.platform,
          { platform: levels.platform },
          this.platformM(levels, presentation)!,
          facts.platformShare,
          from && levels.underPlatform === 'yes' ? 'rule' : from,
        ),
        weight: platformBits,
      });
    const ageBits = this.ageBits(levels, facts, presentation);
    const code = LEVEL_CODE.age?.[levels.age];
    if (ageBits !== 0 && code) {
      const args = this.shown(
        levels.age,
        LEVEL_ARGUMENT.age?.(levels.age) ?? {},
        this.ageM(levels, presentation),
        facts.ageShare!,
        from && levels.age === 'under4' ? 'rule' : from,
      );
      out.push(Object.keys(args).length > 0 ? { code, args, weight: ageBits } : { code, weight: ageBits });
    }
    const listsBits = this.listsBits(levels, presentation);
    if (listsBits !== 0) {
      const [m, u] = this.listsMU(levels, presentation)!;
      out.push({
        code: 'STAFF_LISTS',
        args: this.shown(`lists:${levels.lists}`, { lists: levels.lists }, m, u, from),
        weight: listsBits,
      });
    }
    return out;
  }

  /**
   * `logOdds` with the terms `listTerms` gives, added in its order, without making them: only a finding shows its
   * terms, and a trust's 400,000 candidates are weighed twice and more. `keep`: the terms to add, by code (every one).
   */
  logOddsOn(
    levels: FeatureLevels,
    prior: number,
    facts: ListFacts,
    presentation: Presentation = this.parameters.presentation,
    keep: (code: string) => boolean = every,
  ): number {
    let sum = this.logOdds(levels, prior, NO_TERMS);
    const frequency = nameFrequencyWeight(this.parameters, levels, facts);
    if (frequency !== undefined && keep('NAME_FREQUENCY')) sum += frequency;
    const style = this.styleTerm(levels, facts);
    if (style && style.weight !== 0 && keep(style.code)) sum += style.weight;
    const platformBits = this.platformBits(levels, facts, presentation);
    if (platformBits !== 0 && keep('PLATFORM')) sum += platformBits;
    const ageBits = this.ageBits(levels, facts, presentation);
    const code = LEVEL_CODE.age?.[levels.age];
    if (ageBits !== 0 && code && keep(code)) sum += ageBits;
    const listsBits = this.listsBits(levels, presentation);
    if (listsBits !== 0 && keep('STAFF_LISTS')) sum += listsBits;
    return sum;
  }

  private platformBits(levels: FeatureLevels, facts: ListFacts, presentation: Presentation): number {
    const m = this.platformM(levels, presentation);
    return m === undefined ? 0 : round1(Math.log2(m / facts.platformShare));
  }

  private ageBits(levels: FeatureLevels, facts: ListFacts, presentation: Presentation): number {
    return facts.ageShare === undefined ? 0 : round1(Math.log2(this.ageM(levels, presentation) / facts.ageShare));
  }

  private listsBits(levels: FeatureLevels, presentation: Presentation): number {
    const lists = this.listsMU(levels, presentation);
    return lists ? round1(Math.log2(lists[0] / lists[1])) : 0;
  }

  /** m and u of how many members of staff hold the account (undefined: not weighed). */
  listsMU(
    levels: FeatureLevels,
    presentation: Presentation = this.parameters.presentation,
  ): [number, number] | undefined {
    return listsMU(levels, presentation);
  }

  /**
   * m of the pair's platform: how often a pupil's own account is on it (undefined: a platform the
   * bench never planted anybody on, `other` or none named, says nothing either way).
   */
  platformM(levels: FeatureLevels, presentation: Presentation = this.parameters.presentation): number | undefined {
    return platformMOf(levels, presentation);
  }

  /** m of the pair's age when connected, for the pupil's stage. */
  ageM(levels: FeatureLevels, presentation: Presentation = this.parameters.presentation): number {
    return ageMOf(levels, presentation);
  }

  /**
   * An exactly agreeing name weighs more the rarer it is among the accounts on these lists
   * (shares of accounts), relative to the typical agreeing name. The whole name's own count on the
   * lists corrects the product of the two shares (names that go together, such as Muhammad Khan,
   * are commoner than it): the expected number of other accounts so called, N × shares, is updated
   * by the count seen, as a Poisson rate with a Gamma(1) prior.
   */
  frequency(levels: FeatureLevels, facts: FrequencyFacts): Contribution | undefined {
    const args: Record<string, number | string> = {};
    const weight = nameFrequencyWeight(this.parameters, levels, facts, args);
    return weight === undefined ? undefined : { code: 'NAME_FREQUENCY', args, weight };
  }

  /**
   * log2 odds: the prior, every shape level's weight (shown or not) and the list terms. A level
   * weighed by the lists' style (the surname's initial, `styleTerm`) is among the list terms, not here.
   */
  logOdds(levels: FeatureLevels, prior: number, listTerms: readonly Contribution[]): number {
    let sum = prior;
    const styled = this.styleOf(levels) !== undefined;
    for (const feature of SHAPE_FEATURES)
      if (!styled || feature !== 'sur') sum += this.parameters.weights[feature]?.[levels[feature]] ?? 0;
    for (const c of listTerms) sum += c.weight;
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
