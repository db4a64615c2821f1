import type { Pupil } from '../model/records.js';
import type { MatchCandidate } from './Matcher.js';
import { monthOf } from './NameTerms.js';
import { plainWords } from './plainWords.js';

/**
 * Per pupil, how often a school's lists hold the account of a child at another school of the trust,
 * against one of their own pupils': on the bench's placed trust (`scripts/bench/trustSchools.js`, a
 * fifth of planted pupils at another of 30 schools) 0.0039 against 0.22 per pupil, about 1 in 56.
 */
export const OTHER_SCHOOL_ACCOUNT_RATE = 1 / 56;
/** Younger than 4, a child has no account of their own (as `createMatcher` holds). */
const YOUNGEST_OWN_ACCOUNT_MONTHS = 48;
/** Birth months (year × 12 + month) are below this. */
const MONTHS = 2 ** 16;

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
   * The trust's children at other schools than `school` called `forename surname` (plain words, as
   * `plainWords` gives) who could hold an account connected on `connectedOn`: 4 or older by then.
   */
  elsewhere(school: string, forename: string, surname: string, connectedOn?: string): number {
    const known = this.bearers.get(`${forename} ${surname}`);
    if (known === undefined) return 0;
    const own = this.schools.get(school) ?? -1;
    const month = connectedOn ? monthOf(connectedOn) : undefined;
    let count = 0;
    for (const bearer of typeof known === 'number' ? [known] : known) {
      const born = bearer % MONTHS;
      const tooYoung = month !== undefined && born > 0 && month - born < YOUNGEST_OWN_ACCOUNT_MONTHS;
      if (Math.floor(bearer / MONTHS) !== own && !tooYoung) count++;
    }
    return count;
  }
}

/**
 * The log-odds that the account is a child at another school bearing a candidate's whole name, one
 * per name: as the candidate's, less what is the pupil's alone (so never with their birth year, year
 * group or middle name on it), times how many bear it at `OTHER_SCHOOL_ACCOUNT_RATE`; and the
 * candidates whose name they bear.
 */
export function namesakesElsewhereOdds(
  candidates: readonly MatchCandidate[],
  logOdds: readonly number[],
  elsewhere: (forename: string, surname: string, connectedOn?: string) => number,
  connectedOn?: string,
): { odds: number[]; bearing: MatchCandidate[] } {
  const best = new Map<string, { forename: string; surname: string; logOdds: number; candidates: MatchCandidate[] }>();
  candidates.forEach((c, i) => {
    const { fore, sur, digits, middle } = c.levels;
    const whole = (fore === 'legal' || fore === 'preferred') && (sur === 'full' || sur === 'preferred');
    if (!whole || digits === 'dob' || digits === 'yearGroup' || middle !== 'no') return;
    const p = c.pupil;
    const forename = firstWord(fore === 'preferred' ? p.preferredForename : p.legalForename);
    const surname = lastWord(sur === 'preferred' ? p.preferredSurname : p.legalSurname);
    const name = `${forename} ${surname}`;
    const known = best.get(name);
    if (!known) best.set(name, { forename, surname, logOdds: logOdds[i]!, candidates: [c] });
    else {
      known.logOdds = Math.max(known.logOdds, logOdds[i]!);
      known.candidates.push(c);
    }
  });
  const odds: number[] = [];
  const bearing: MatchCandidate[] = [];
  for (const { forename, surname, logOdds, candidates } of best.values()) {
    const others = forename && surname ? elsewhere(forename, surname, connectedOn) : 0;
    if (others === 0) continue;
    odds.push(logOdds + Math.log2(others * OTHER_SCHOOL_ACCOUNT_RATE));
    bearing.push(...candidates);
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
