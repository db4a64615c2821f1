import type { ForeEvidence, NameEvidence, SurEvidence } from './evidence.js';
import type { Span } from './spans.js';

/**
 * The evidence a name search gave pupils alike (`alike`), for the spans and kinds last asked: one for pupils without
 * accents, one for those with. A forename alone with digits is asked of every pupil of the forename, hundreds on a
 * trust's roll, and `NameFinder` made the same evidence for each (proven equal: test/match/NameFinder.property.test.ts).
 */
export class AlikeEvidence {
  private a: Span | undefined;
  private b: Span | undefined;
  private fore: ForeEvidence | undefined;
  private sur: SurEvidence | undefined;
  private spelt = false;
  private readonly byAccents: (NameEvidence | undefined)[] = [undefined, undefined];

  /** The evidence kept for these spans and kinds and a pupil so accented; undefined, and what was kept let go, when none. */
  find(
    a: Span,
    b: Span | undefined,
    fore: ForeEvidence,
    sur: SurEvidence,
    spelt: boolean,
    accented: boolean,
  ): NameEvidence | undefined {
    if (a !== this.a || b !== this.b || fore !== this.fore || sur !== this.sur || spelt !== this.spelt) {
      this.a = a;
      this.b = b;
      this.fore = fore;
      this.sur = sur;
      this.spelt = spelt;
      this.byAccents[0] = this.byAccents[1] = undefined;
    }
    return this.byAccents[accented ? 1 : 0];
  }

  /** Keeps the evidence made for the spans and kinds `find` was last asked, for pupils so accented. */
  keep(accented: boolean, evidence: NameEvidence): void {
    this.byAccents[accented ? 1 : 0] = evidence;
  }

  /** Lets the search's spans go: the next search's are new objects. */
  clear(): void {
    this.a = this.b = undefined;
    this.byAccents[0] = this.byAccents[1] = undefined;
  }
}

/**
 * Whether `NameFinder` reads nothing of the pupil for this evidence but their accents: every word of the reading is
 * the forename's (`a`) or the surname's (`b`), so no word is weighed against the pupil's middle names or other words,
 * and the forename is no full or short form (whose stem and other names are the pupil's own).
 */
export function alike(fore: ForeEvidence, a: Span, b: Span | undefined, slotCount: number): boolean {
  if (fore === 'fullForm' || fore === 'nickname') return false;
  for (let i = 0; i < slotCount; i++)
    if (!(i >= a.start && i < a.end) && !(b && i >= b.start && i < b.end)) return false;
  return true;
}
