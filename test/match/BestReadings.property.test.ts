import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BestReadings } from '../../src/match/BestReadings.js';
import type { NameEvidence } from '../../src/match/evidence.js';
import { FoundPupils } from '../../src/match/FoundPupils.js';
import { better } from '../../src/match/NameFinder.js';
import type { Reading } from '../../src/match/Reading.js';

/** Evidence of every strength `better` tells apart: whole names, slips, initials, a forename alone. */
const EVIDENCE: NameEvidence[] = (
  [
    ['legal', 'full', 0],
    ['legal', 'full', 1],
    ['typo', 'full', 0],
    ['initial', 'full', 0],
    ['none', 'none', 0],
    ['legal', 'initial', 2],
  ] as const
).map(([fore, sur, unexplained]) => ({
  fore,
  sur,
  unexplained,
  surnameFirst: false,
  orderInDoubt: false,
  sharesStem: false,
  middleName: false,
  joined: false,
  handle: false,
  marks: 0,
  accentsDiffer: false,
}));

const reading = (source: Reading['source'], at: number): Reading => ({
  source,
  words: [`w${at}`],
  numbers: [],
  marks: 0,
  adultWord: 'no',
  commaAfter: 0,
  yearWord: false,
  earliestYear: undefined,
  written: undefined,
});

/** A connection's readings, each with the pupils it found (each once); pupils past the table's first room. */
const connectionFound = fc.array(
  fc.tuple(
    fc.constantFrom<Reading['source']>('display', 'handle'),
    fc.uniqueArray(fc.tuple(fc.oneof(fc.nat(30), fc.nat(3_000)), fc.constantFrom(...EVIDENCE)), {
      selector: ([pupilAt]) => pupilAt,
      maxLength: 400,
      size: 'max',
    }),
  ),
  { maxLength: 5 },
);

describe('BestReadings (per pupil, the best reading of each name, without a Map per connection)', () => {
  it('keeps what a Map of pupils to their best display and handle readings kept, in the same order, row after row', () => {
    fc.assert(
      fc.property(fc.array(connectionFound, { minLength: 1, maxLength: 6 }), (rows) => {
        const table = new BestReadings();
        for (const found of rows) {
          const readings = found.map(([source], at) => reading(source, at));
          // What createAnalyser kept before: a Map of pupils to an entry per name.
          const expected = new Map<number, { display?: [Reading, NameEvidence]; handle?: [Reading, NameEvidence] }>();
          table.begin();
          found.forEach(([, pairs], at) => {
            const r = readings[at]!;
            for (const [pupilAt, evidence] of pairs) {
              const entry = expected.get(pupilAt) ?? {};
              expected.set(pupilAt, entry);
              const seen = entry[r.source];
              if (!seen || better(evidence, seen[1])) entry[r.source] = [r, evidence];
            }
            table.add(r, new FoundPupils(pairs.flat(), undefined));
          });
          expect(table.pupils.slice(0, table.size)).toEqual([...expected.keys()]);
          // One expect per row, not four per pupil: millions of expect calls were most of the test's time.
          const kept = (i: number) => [
            table.display[i],
            table.displayEvidence[i],
            table.handle[i],
            table.handleEvidence[i],
          ];
          const wrong = [...expected.values()].findIndex(({ display, handle }, i) =>
            [display?.[0], display?.[1], handle?.[0], handle?.[1]].some((value, k) => value !== kept(i)[k]),
          );
          expect(wrong, 'the first pupil whose best readings differ').toBe(-1);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('lets go of the readings it held once cleared', () => {
    const table = new BestReadings();
    table.begin();
    table.add(reading('handle', 0), new FoundPupils([4, EVIDENCE[0]!], undefined));
    table.clear();
    expect(table.size).toBe(0);
    expect(table.handle[0]).toBeUndefined();
  });
});
