import { DisplayNameTally } from './DisplayNameTally.js';
import { NumberSet } from './NumberSet.js';

/**
 * How common each forename and surname is among the accounts on this audit's own lists (and the
 * roll): the term frequencies of the match model. Every connection passes through the matcher
 * anyway, so its display name is counted there as it goes (one fingerprint a row); the words are
 * tallied once, when the first finding is finalised after all lists are read.
 */
export class NameTerms {
  /** Accounts per display name, by its forename and surname (typed arrays: a trust's lists hold 500,000 names). */
  private readonly displayNames = new DisplayNameTally(tallyKeys);
  /** Accounts already counted (a fingerprint of platform and handle): a pupil on five staff lists is one account. */
  private readonly accounts = new NumberSet();
  private rows = 0;
  private tallied = -1;
  private fore = new Map<string, number>();
  private sur = new Map<string, number>();
  private foreTotal = 0;
  private surTotal = 0;
  /** Accounts on the lists per pupil's whole name (`forename surname`), counted only for the roll's names. */
  private whole = new Map<string, number>();
  private readonly rollWhole = new Set<string>();
  private readonly rollFore = new Map<string, number>();
  private readonly rollSur = new Map<string, number>();
  private rollSize = 0;

  /** `typical`: the shares a name is taken to have before anything is counted (the model's typical name). */
  constructor(private readonly typical: { forename: number; surname: number }) {}

  /** Counts a pupil's names: the roll is part of the population an account's name is drawn from. */
  notePupil(forenames: readonly string[], surnames: readonly string[]): void {
    this.rollSize++;
    for (const f of forenames) for (const s of surnames) this.rollWhole.add(`${f} ${s}`);
    for (const f of new Set(forenames)) this.rollFore.set(f, (this.rollFore.get(f) ?? 0) + 1);
    for (const s of new Set(surnames)) this.rollSur.set(s, (this.rollSur.get(s) ?? 0) + 1);
  }

  /** `account`: the platform's handle or profile address, when there is one, so that an account is counted once. */
  note(displayName: string | undefined, platform = '', account?: string): void {
    if (!displayName) return;
    if (account && !this.accounts.add(fingerprint(platform, account))) return;
    this.rows++;
    this.displayNames.add(displayName);
  }

  /**
   * The share of accounts called `forename` (and `surname`) for a pupil so called: counts on the
   * lists and on the rest of the roll (the pupil's own entry left out), smoothed towards the
   * typical share so that a name seen once on a short list is thought neither rare nor common.
   */
  shares(forename: string, surname: string, withLists: boolean, ownDisplayName?: string): { forename: number; surname: number } {
    if (withLists) this.tally();
    // The account being weighed was counted too: it is no other adult of that name.
    const own = withLists && ownDisplayName ? tallyKeys(ownDisplayName) : undefined;
    const listFore = withLists ? Math.max(0, (this.fore.get(forename) ?? 0) - (own?.[0] === forename ? 1 : 0)) : 0;
    const listSur = withLists ? Math.max(0, (this.sur.get(surname) ?? 0) - (own?.[1] === surname ? 1 : 0)) : 0;
    const foreN = (withLists ? this.foreTotal : 0) + this.rollSize;
    const surN = (withLists ? this.surTotal : 0) + this.rollSize;
    return {
      forename: (listFore + others(this.rollFore, forename) + PSEUDO_ACCOUNTS * this.typical.forename) / (foreN + PSEUDO_ACCOUNTS),
      surname: (listSur + others(this.rollSur, surname) + PSEUDO_ACCOUNTS * this.typical.surname) / (surN + PSEUDO_ACCOUNTS),
    };
  }

  /** Other accounts on the lists called exactly `forename surname` (the one being weighed left out). */
  otherAccounts(forename: string, surname: string, ownDisplayName?: string): number {
    this.tally();
    const own = ownDisplayName ? tallyKeys(ownDisplayName) : undefined;
    const mine = own?.[0] === forename && own[1] === surname ? 1 : 0;
    return Math.max(0, (this.whole.get(`${forename} ${surname}`) ?? 0) - mine);
  }

  private tally(): void {
    if (this.tallied === this.rows) return;
    this.tallied = this.rows;
    this.fore = new Map();
    this.sur = new Map();
    this.whole = new Map();
    this.foreTotal = 0;
    this.surTotal = 0;
    // Counted by word id, then named: a few thousand words against 500,000 display names.
    const words = this.displayNames.words;
    const foreCounts = new Float64Array(words.length);
    const surCounts = new Float64Array(words.length);
    // A roll's whole name is one of its forenames with one of its surnames.
    const rollFore = words.map((w) => this.rollFore.has(w));
    const rollSur = words.map((w) => this.rollSur.has(w));
    this.displayNames.forEach((f, s, count) => {
      foreCounts[f] = foreCounts[f]! + count;
      surCounts[s] = surCounts[s]! + count;
      if (rollFore[f] && rollSur[s]) {
        const name = `${words[f]} ${words[s]}`;
        if (this.rollWhole.has(name)) this.whole.set(name, (this.whole.get(name) ?? 0) + count);
      }
      this.foreTotal += count;
      this.surTotal += count;
    });
    words.forEach((word, id) => {
      if (foreCounts[id]! > 0) this.fore.set(word, foreCounts[id]!);
      if (surCounts[id]! > 0) this.sur.set(word, surCounts[id]!);
    });
  }
}

/** FNV-1a over platform and handle: a collision merely leaves one account uncounted. */
function fingerprint(platform: string, account: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < platform.length; i++) h = Math.imul(h ^ platform.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0, 0x01000193);
  for (let i = 0; i < account.length; i++) h = Math.imul(h ^ account.charCodeAt(i), 0x01000193);
  // Thirty bits, so that V8 keeps the keys as small integers.
  return h >>> 2;
}

/** Pseudo-accounts of the smoothing: how much a short list leans on the typical share. */
const PSEUDO_ACCOUNTS = 2_000;

function others(counts: ReadonlyMap<string, number>, name: string): number {
  return Math.max(0, (counts.get(name) ?? 0) - 1);
}

/** The forename and surname a display name is counted under (`Smith, Jack`: the surname before the comma). */
function tallyKeys(raw: string): [string, string] | undefined {
  const words = plainWords(raw);
  if (words.length < 2) return undefined;
  return raw.includes(',') ? [words[words.length - 1]!, words[0]!] : [words[0]!, words[words.length - 1]!];
}

/** A display name's words, folded cheaply (styled letters and accents to ASCII): a tally, not a reading. */
export function plainWords(raw: string): string[] {
  const text = raw.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return text.split(/[^a-z]+/).filter((w) => w.length > 1);
}
