import type { Pupil } from '../model/records.js';
import type { MatchCandidate } from './Matcher.js';
import { monthOf } from './monthOf.js';
import { plainWords } from './plainWords.js';

/**
 * Per pupil, how often a school's lists hold the account of a child at another school of the trust,
 * against one of their own pupils': on the bench's default placed trust (`scripts/bench/trustSchools.js`)
 * 0.0039 against 0.22 per pupil, about 1 in 56. The held-out trusts (and the bench with `--own-school 0.92`)
 * show about 1 in 340, but at that rate adults bearing a pupil's name, which this term also holds back, are
 * flagged more (measured in docs/match-model-figures.md): kept until namesake adults are weighed on their own.
 */
export const OTHER_SCHOOL_ACCOUNT_RATE = 1 / 56;
/** Birth months (year × 12 + month) are below this. */
const MONTHS = 2 ** 16;
const NONE: number[] = [];

/**
 * The whole names on a trust's roll, counted per school: audited school by school, a school's matcher
 * does not hold the other schools' children, yet an account bearing its pupil's whole name may be
 * one of theirs. Counting them is cheap (a school and a birth month per child) where matching them
 * in every school's matcher would hold the whole roll 36 times.
 */
export class TrustRoll {
  /**
   * Per whole name, its bearers, each as school number × 2^16 + birth month (year × 12 + month; 0
   * unknown): one number for most names, which one child bears.
   */
  private readonly bearers = new Map<string, number | number[]>();
  private readonly schools = new Map<string, number>();

  /** `schools`: each school's pupils (children in scope, with their school known). */
  constructor(schools: Iterable<readonly [string, readonly Pupil[]]>) {
    for (const [school, pupils] of schools) {
      const at = this.schools.size * MONTHS;
      this.schools.set(school, this.schools.size);
      for (const pupil of pupils) {
        const bearer = at + ((pupil.dob ? monthOf(pupil.dob) : undefined) ?? 0);
        for (const name of wholeNames(pupil)) {
          const known = this.bearers.get(name);
          if (known === undefined) this.bearers.set(name, bearer);
          else if (typeof known === 'number') this.bearers.set(name, [known, bearer]);
          else known.push(bearer);
        }
      }
    }
  }

  /**
   * The birth months (year × 12 + month; 0 unknown) of the trust's children at other schools than
   * `school` called `forename surname` (plain words, as `plainWords` gives).
   */
  elsewhere(school: string, forename: string, surname: string): number[] {
    const known = this.bearers.get(`${forename} ${surname}`);
    if (known === undefined) return NONE;
    const own = this.schools.get(school) ?? -1;
    const born: number[] = [];
    for (const bearer of typeof known === 'number' ? [known] : known)
      if (Math.floor(bearer / MONTHS) !== own) born.push(bearer % MONTHS);
    return born;
  }
}

/**
 * The log-odds that the account is one of the children at other schools bearing a candidate's whole
 * name, one per child: `weighAs` weighs the candidate's evidence as if they were born in that month
 * (their own age when connected, the account's numbers read as theirs), less what is the pupil's alone (so
 * never with the pupil's middle name on the account), at `OTHER_SCHOOL_ACCOUNT_RATE`; and the
 * candidates whose name they bear.
 */
export function namesakesElsewhereOdds(
  candidates: readonly MatchCandidate[],
  logOdds: readonly number[],
  elsewhere: (forename: string, surname: string) => readonly number[],
  weighAs: (candidate: MatchCandidate, bornMonth: number) => number,
): { odds: number[]; bearing: MatchCandidate[] } {
  const best = new Map<string, { forename: string; surname: string; at: number; candidates: MatchCandidate[] }>();
  candidates.forEach((c, i) => {
    const { fore, sur, middle } = c.levels;
    const whole = (fore === 'legal' || fore === 'preferred') && (sur === 'full' || sur === 'preferred');
    // The pupil's own number on the account is weighed by `weighAs` as the namesake's reading of it.
    if (!whole || middle !== 'no') return;
    const p = c.pupil;
    const forename = firstWord(fore === 'preferred' ? p.preferredForename : p.legalForename);
    const surname = lastWord(sur === 'preferred' ? p.preferredSurname : p.legalSurname);
    const name = `${forename} ${surname}`;
    const known = best.get(name);
    if (!known) best.set(name, { forename, surname, at: i, candidates: [c] });
    else {
      if (logOdds[i]! > logOdds[known.at]!) known.at = i;
      known.candidates.push(c);
    }
  });
  const odds: number[] = [];
  const bearing: MatchCandidate[] = [];
  const rate = Math.log2(OTHER_SCHOOL_ACCOUNT_RATE);
  for (const { forename, surname, at, candidates: named } of best.values()) {
    if (!forename || !surname) continue;
    const before = odds.length;
    for (const born of elsewhere(forename, surname)) {
      const weight = weighAs(candidates[at]!, born);
      if (Number.isFinite(weight)) odds.push(weight + rate);
    }
    if (odds.length > before) bearing.push(...named);
  }
  return { odds, bearing };
}

/** A pupil's whole names: each forename (legal, preferred) with each surname, once. */
function wholeNames(pupil: Pupil): Set<string> {
  const fores = [firstWord(pupil.legalForename), firstWord(pupil.preferredForename)];
  const surs = [lastWord(pupil.legalSurname), lastWord(pupil.preferredSurname)];
  const names = new Set<string>();
  for (const f of fores) for (const s of surs) if (f && s) names.add(`${f} ${s}`);
  return names;
}

/** A name's first plain word (a forename as the lists' tallies read it). */
export function firstWord(raw: string | undefined): string {
  return raw ? (plainWords(raw)[0] ?? '') : '';
}

/** A name's last plain word (a surname as the lists' tallies read it). */
export function lastWord(raw: string | undefined): string {
  return raw ? (plainWords(raw).at(-1) ?? '') : '';
}
