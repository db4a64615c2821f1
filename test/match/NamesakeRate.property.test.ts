import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NamesakeRate, namesakeEstimate } from '../../src/match/NamesakeRate.js';
import { caseCount } from '../helpers/depth.js';

/**
 * The rate as first written (an object and two arrays a pupil, 400 bytes each): `NamesakeRate` keeps the same
 * words end to end in flat arrays, and must answer as this does.
 */
class NamesakeRateModel {
  private readonly pupils: { forenames: readonly string[]; surnames: readonly string[]; born: number | undefined }[] =
    [];
  private readonly early = new Map<number, number>();

  notePupil(forenames: readonly string[], surnames: readonly string[], born: number | undefined): void {
    this.pupils.push({ forenames, surnames, born });
  }

  noteAccount(pupilAt: number, keys: readonly [string, string], month: number): void {
    if (!this.under4(pupilAt, month)) return;
    const pupil = this.pupils[pupilAt]!;
    if (!pupil.forenames.includes(keys[0]) || !pupil.surnames.includes(keys[1])) return;
    this.early.set(pupilAt, (this.early.get(pupilAt) ?? 0) + 1);
  }

  under4(pupilAt: number, month: number): boolean {
    const born = this.pupils[pupilAt]?.born;
    return born !== undefined && month < born + 48;
  }

  estimate(datedShareBefore: (month: number) => number, predicted: (pupilAt: number) => number) {
    let seen = 0;
    let exposure = 0;
    let chance = 0;
    for (let at = 0; at < this.pupils.length; at++) {
      const born = this.pupils[at]!.born;
      if (born === undefined) continue;
      const share = datedShareBefore(born + 48);
      const p = predicted(at);
      if (share <= 0 || !(p < 0.1)) continue;
      exposure += share;
      chance += share * p;
      seen += this.early.get(at) ?? 0;
    }
    return namesakeEstimate(seen, exposure, chance);
  }

  /** The words `onLists` predicts a pupil's namesakes by: the first forename and surname, '' for none. */
  firstWords(at: number): [string, string] {
    const { forenames, surnames } = this.pupils[at]!;
    return [forenames[0] ?? '', surnames[0] ?? ''];
  }
}

const word = fc.constantFrom('amy', 'ben', 'cara', 'kaur', 'singh', 'venn', 'o', 'ab');
// As `noteRoll` gives them: none, one or two words (legal and preferred, which may be the same).
const words = fc.array(word, { maxLength: 2 });
const pupil = fc.record({
  forenames: words,
  surnames: words,
  born: fc.option(fc.integer({ min: 24_100, max: 24_300 }), { nil: undefined }),
});
const month = fc.integer({ min: 24_050, max: 24_400 });

describe('NamesakeRate', () => {
  it('counts early bearers, answers under4 and estimates as one object a pupil did, pupils of any words', () => {
    fc.assert(
      fc.property(
        fc.array(pupil, { minLength: 1, maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(14), word, word, month), { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pupils, accounts, share) => {
          const rate = new NamesakeRate();
          const model = new NamesakeRateModel();
          for (const p of pupils) {
            rate.notePupil(p.forenames, p.surnames, p.born);
            model.notePupil(p.forenames, p.surnames, p.born);
          }
          for (const [at, fore, sur, when] of accounts) {
            // Pupils past the roll's end too: `under4` is asked of any pupil a reading proposes.
            expect(rate.under4(at, when)).toBe(model.under4(at, when));
            if (at >= pupils.length) continue;
            rate.noteAccount(at, [fore, sur], when);
            model.noteAccount(at, [fore, sur], when);
          }
          // `onLists` asks the shares of each dated pupil's first forename and surname, in the roll's order.
          const byWords: [string, string][] = [];
          const terms = {
            accountCount: 1,
            wholeNameClustering: 1,
            pupilsNameClustering: 1,
            datedShareBefore: (m: number) => ((m % 5) / 4) * share,
            shares: (forename: string, surname: string) => {
              byWords.push([forename, surname]);
              return { forename: 0.5, surname: 0.5 };
            },
          };
          rate.onLists(terms, 1);
          const bornAt = pupils.flatMap((p, at) => (p.born === undefined ? [] : [at]));
          expect(byWords).toEqual(bornAt.map((at) => model.firstWords(at)));
          const predicted = (at: number) => (model.firstWords(at).join(' ').length % 7) / 50;
          expect(rate.estimate(terms.datedShareBefore, predicted)).toEqual(
            model.estimate(terms.datedShareBefore, predicted),
          );
        },
      ),
      { numRuns: caseCount(300, 5_000) },
    );
  });
});
