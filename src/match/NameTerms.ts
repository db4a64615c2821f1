import { accountFingerprint } from './accountFingerprint.js';
import { clustering, pupilsNamesClustering } from './clustering.js';
import { DisplayNameAnswers } from './DisplayNameAnswers.js';
import { DisplayNameTally, type NameTally } from './DisplayNameTally.js';
import { isForenameAndInitial } from './forenameAndInitial.js';
import { GivenWords } from './GivenWords.js';
import { MonthCounts } from './MonthCounts.js';
import { monthOf } from './monthOf.js';
import { NumberSet } from './NumberSet.js';
import { tallyKeyRanges, tallyKeys } from './tallyKeys.js';
import { WordPairCounts } from './WordPairCounts.js';

/**
 * What this audit's own lists say about the accounts on them, for the match model's u-probabilities
 * (how often an account that is not the pupil shows a level): how common each forename and surname
 * is (with the roll), the share of accounts on each platform, and the spread of connection dates.
 * Every connection passes through the matcher anyway, so it is counted there as it goes, once per
 * account; the words are tallied once, when the first finding is finalised after all lists are read.
 */
export class NameTerms {
  /** Accounts already counted (a fingerprint of platform and handle): a pupil on five staff lists is one account. */
  private readonly accounts = new NumberSet();
  private rows = 0;
  /** Accounts with a display name, and those written as a word and one letter (`Sarah K`): the style the surname's initial is weighed by. One object, counted in place: every candidate's facts point at it. */
  private readonly initials = { accounts: 0, written: 0 };
  private tallied = -1;
  private clustering = 1;
  private rollClustering = 1;
  /** Accounts per forename and surname, by the tally's word ids (a trust's lists: 500,000 names, some thousands of words). */
  private fore = new Int32Array(0);
  private sur = new Int32Array(0);
  /** Per word id, whether it is a given name (asked once per word). */
  private readonly given: GivenWords;
  private foreTotal = 0;
  private surTotal = 0;
  /** Accounts on the lists per pupil's whole name (`forename surname`), counted only for the roll's names. */
  private whole = new Map<string, number>();
  /** Accounts on the lists per whole name, by word ids (as of the last tally): another school's matcher asks for its pupils' names. */
  private wholePairs = new WordPairCounts();
  private readonly rollWhole = new Set<string>();
  private readonly rollFore = new Map<string, number>();
  private readonly rollSur = new Map<string, number>();
  private rollSize = 0;
  private readonly platforms = new Map<string, number>();
  /** Accounts per month of connection (year × 12 + month), and accounts without a date. */
  private readonly months = new MonthCounts();
  private undated = 0;

  /** `typical`: the shares a name is taken to have before anything is counted (the model's typical name). */
  /** `isGivenName`: whether a (plain, lower-case) word is a given name, so that pages' names are left out of the clustering. */
  /** `displayNames`: accounts per display name, by its forename and surname (typed arrays: a trust's lists hold 500,000 names). */
  constructor(
    private readonly typical: { forename: number; surname: number },
    isGivenName: (word: string) => boolean = () => true,
    private readonly displayNames: NameTally = new DisplayNameTally(tallyKeys, tallyKeyRanges),
  ) {
    this.given = new GivenWords(isGivenName);
  }

  /** Counts a pupil's names: the roll is part of the population an account's name is drawn from. */
  notePupil(forenames: readonly string[], surnames: readonly string[]): void {
    this.rollSize++;
    for (const f of forenames) for (const s of surnames) this.rollWhole.add(`${f} ${s}`);
    for (const f of new Set(forenames)) this.rollFore.set(f, (this.rollFore.get(f) ?? 0) + 1);
    for (const s of new Set(surnames)) this.rollSur.set(s, (this.rollSur.get(s) ?? 0) + 1);
  }

  /**
   * `account`: the platform's handle or profile address, so that an account on five staff lists is
   * counted once; without one, the platform and display name stand for the account. True when first counted.
   */
  note(displayName: string | undefined, platform = '', account?: string, connectedOn?: string): boolean {
    const key = accountFingerprint(platform, account || `\u0000${displayName ?? ''}`);
    // The display name's entry (counted below, asked for by the reader next) is looked for first:
    // its table and the accounts' set each wait on memory, and so the two waits overlap.
    if (displayName) this.displayNames.lookUp(displayName);
    if (!this.accounts.add(key)) return false;
    this.platforms.set(platform, (this.platforms.get(platform) ?? 0) + 1);
    const month = connectedOn ? monthOf(connectedOn) : undefined;
    if (month === undefined) this.undated++;
    else this.months.add(month);
    if (!displayName) return true;
    this.rows++;
    this.initials.accounts++;
    if (isForenameAndInitial(displayName)) this.initials.written++;
    this.displayNames.add(displayName);
    return true;
  }

  /** Accounts with a display name, and those among them written as a word and one letter (`Sarah K`). */
  get surnameInitials(): Readonly<{ accounts: number; written: number }> {
    return this.initials;
  }

  /**
   * A cache of what display names said, kept on this tally of them (see `DisplayNameAnswers`): the
   * matcher counts each row's display name here just before it reads it.
   */
  displayNameAnswers<V extends object>(nothing: V, foundLimit: number): DisplayNameAnswers<V> {
    return new DisplayNameAnswers(this.displayNames, nothing, foundLimit);
  }

  /**
   * Tallies the lists (as `shares` would) and lets the display names' entries go (`DisplayNameTally.letGoOfNames`):
   * the weighing asks only for the tally. A display name counted after it makes the next tally refuse.
   */
  letGoOfNames(): void {
    this.tally();
    this.displayNames.letGoOfNames();
  }

  /** Distinct accounts on the lists. */
  get accountCount(): number {
    return this.accounts.size;
  }

  /** The population a name is drawn from: the lists' accounts and the smoothing's pseudo-accounts (a short list is not a small world). */
  get population(): number {
    return this.accounts.size + PSEUDO_ACCOUNTS;
  }

  /** The share of accounts on `platform` (at least 1 in 100: a platform rare on these lists is not unheard of). */
  platformShare(platform: string): number {
    return Math.max(LEAST_SHARE, (this.platforms.get(platform) ?? 0) / Math.max(1, this.accounts.size));
  }

  /**
   * The share of accounts connected between `from` (inclusive) and `to` (exclusive) months, among
   * those connected from `since` on (an account connected before a pupil's birth is never theirs);
   * `undated`: the share with no date, among the same.
   */
  dateShare(since: number, from: number, to: number): { share: number; undated: number } {
    const upTo = (m: number) => this.months.before(m);
    const after = this.accounts.size - upTo(since);
    const total = Math.max(1, after);
    // At least 1 in 100: a short or undated list must not make any band of a pupil's life look empty.
    return {
      share: Math.max(LEAST_SHARE, (upTo(to) - upTo(from)) / total),
      undated: Math.max(LEAST_SHARE, this.undated / total),
    };
  }

  /** The share of the dated accounts connected before `month`. */
  datedShareBefore(month: number): number {
    return this.months.before(month) / Math.max(1, this.accounts.size - this.undated);
  }

  /**
   * The share of accounts called `forename` (and `surname`) for a pupil so called: counts on the
   * lists and on the rest of the roll (the pupil's own entry left out), smoothed towards the
   * typical share so that a name seen once on a short list is thought neither rare nor common.
   */
  shares(
    forename: string,
    surname: string,
    withLists: boolean,
    ownDisplayName?: string,
  ): { forename: number; surname: number } {
    if (withLists) this.tally();
    // The account being weighed was counted too: it is no other adult of that name.
    const own = withLists && ownDisplayName ? tallyKeys(ownDisplayName) : undefined;
    const listFore = withLists ? Math.max(0, this.listCount(this.fore, forename) - (own?.[0] === forename ? 1 : 0)) : 0;
    const listSur = withLists ? Math.max(0, this.listCount(this.sur, surname) - (own?.[1] === surname ? 1 : 0)) : 0;
    const surN = (withLists ? this.surTotal : 0) + this.rollSize;
    // Once the lists are read, a forename's share is theirs alone: the roll's children say nothing
    // of how many adults bear a child-typical forename. Surnames run in families: the roll's count.
    const rollFore = withLists ? 0 : others(this.rollFore, forename);
    const foreTotal = withLists ? this.foreTotal : this.rollSize;
    return {
      forename: (listFore + rollFore + PSEUDO_ACCOUNTS * this.typical.forename) / (foreTotal + PSEUDO_ACCOUNTS),
      surname:
        (listSur + others(this.rollSur, surname) + PSEUDO_ACCOUNTS * this.typical.surname) / (surN + PSEUDO_ACCOUNTS),
    };
  }

  /** Other accounts on the lists called exactly `forename surname` (the one being weighed left out). */
  otherAccounts(forename: string, surname: string, ownDisplayName?: string): number {
    this.tally();
    const own = ownDisplayName ? tallyKeys(ownDisplayName) : undefined;
    const mine = own?.[0] === forename && own[1] === surname ? 1 : 0;
    return Math.max(0, (this.whole.get(`${forename} ${surname}`) ?? 0) - mine);
  }

  /** Accounts on the lists called exactly `forename surname`, whoever bears it (a trust's other schools ask, `TrustNames`). */
  wholeCount(forename: string, surname: string): number {
    this.tally();
    const foreId = this.displayNames.idOf(forename);
    const surId = this.displayNames.idOf(surname);
    return foreId === undefined || surId === undefined ? 0 : this.wholePairs.get(foreId, surId);
  }

  /** Accounts on the lists whose display name begins with `word`, as a forename. */
  forenameCount(word: string): number {
    this.tally();
    return this.listCount(this.fore, word);
  }

  /** Accounts on the lists whose display name ends in `word`, as a surname. */
  surnameCount(word: string): number {
    this.tally();
    return this.listCount(this.sur, word);
  }

  /** Accounts on the lists counted under `word` (as of the last tally). */
  private listCount(counts: Int32Array, word: string): number {
    const id = this.displayNames.idOf(word);
    return id === undefined ? 0 : (counts[id] ?? 0);
  }

  private tally(): void {
    if (this.tallied === this.rows) return;
    this.tallied = this.rows;
    // Counted by word id, then named: a few thousand words against 500,000 display names.
    const tally = this.displayNames;
    const words = tally.words;
    const given = this.given.of(words);
    const fore = new Int32Array(words.length);
    const sur = new Int32Array(words.length);
    // Whole names for the clustering: only those whose first word is a given name (not `Bristol Bakery`).
    const personFore = new Float64Array(words.length);
    const personSur = new Float64Array(words.length);
    const wholeNames = new WordPairCounts(tally.names);
    let total = 0;
    let persons = 0;
    tally.forEach((foreId, surId, count) => {
      fore[foreId]! += count;
      sur[surId]! += count;
      total += count;
      wholeNames.add(foreId, surId, count);
      if (given[foreId] === 1) {
        personFore[foreId]! += count;
        personSur[surId]! += count;
        persons += count;
      }
    });
    this.fore = fore;
    this.sur = sur;
    this.wholePairs = wholeNames;
    this.foreTotal = total;
    this.surTotal = total;
    // Measured on names no pupil bears: a pupil's own accounts, all in one name, are no namesakes.
    this.whole = new Map();
    const pupilsNames = new WordPairCounts(this.rollWhole.size);
    let rollExpected = 0;
    // For the pupils' names: accounts beyond the first (which may be the pupil's own) against those the shares predict.
    let rollBeyondFirst = 0;
    let rollPredicted = 0;
    for (const name of this.rollWhole) {
      const [f, s] = name.split(' ') as [string, string];
      const foreId = tally.idOf(f);
      const surId = tally.idOf(s);
      const predicted =
        ((foreId === undefined ? 0 : personFore[foreId]!) * (surId === undefined ? 0 : personSur[surId]!)) /
        Math.max(1, persons);
      rollExpected += predicted ** 2;
      rollPredicted += predicted;
      if (foreId === undefined || surId === undefined) continue;
      const count = wholeNames.get(foreId, surId);
      if (count > 0) this.whole.set(name, count);
      rollBeyondFirst += Math.max(0, count - 1);
      pupilsNames.add(foreId, surId, 1);
    }
    this.rollClustering = pupilsNamesClustering(rollBeyondFirst, rollPredicted);
    const everyName: number[] = [];
    wholeNames.forEach((foreId, surId, count) => {
      if (given[foreId] === 1 && pupilsNames.get(foreId, surId) === 0) everyName.push(count);
    });
    this.clustering = clustering(everyName, personFore, personSur, persons, rollExpected);
  }

  /**
   * How much more often two accounts on these lists share a whole name than the product of the
   * forename's and surname's shares predicts: names that go together (a family's, a tradition's)
   * and one person's several accounts. 1 when the lists are too short to tell.
   */
  get wholeNameClustering(): number {
    this.tally();
    return this.clustering;
  }

  /**
   * How much more often the roll's own whole names are borne on these lists than the forename's
   * and surname's shares predict: adults named after a pupil, whom the clustering of the other
   * names does not see. Counts only accounts beyond the first per name (the first may be the
   * pupil's own), so it understates rather than overstates. 1 when too few are predicted to tell.
   */
  get pupilsNameClustering(): number {
    this.tally();
    return this.rollClustering;
  }
}

/** The least share of accounts a platform or a band of dates is taken to have. */
const LEAST_SHARE = 0.01;

/** Pseudo-accounts of the smoothing: how much a short list leans on the typical share. */
const PSEUDO_ACCOUNTS = 2_000;

function others(counts: ReadonlyMap<string, number>, name: string): number {
  return Math.max(0, (counts.get(name) ?? 0) - 1);
}
