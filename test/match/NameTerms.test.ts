import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pupilsNamesClustering } from '../../src/match/clustering.js';
import { NameTerms } from '../../src/match/NameTerms.js';
import { plainWords } from '../../src/match/plainWords.js';

describe('name terms counted from the lists', () => {
  const typical = { forename: 0.001, surname: 0.001 };

  it('counts an account once however many staff lists hold it', () => {
    const once = new NameTerms(typical);
    const thrice = new NameTerms(typical);
    for (const terms of [once, thrice]) {
      terms.notePupil(['zephyrine'], ['quillon']);
      terms.note('Amy Jones', 'instagram', 'amyj');
    }
    once.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    for (let i = 0; i < 3; i++) thrice.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    expect(thrice.shares('zephyrine', 'quillon', true)).toEqual(once.shares('zephyrine', 'quillon', true));
    expect(thrice.otherAccounts('zephyrine', 'quillon', 'Zephyrine Quillon')).toBe(0);
  });

  it('counts other accounts bearing a pupil’s whole name, a row without a handle once per platform and name', () => {
    const terms = new NameTerms(typical);
    terms.notePupil(['zephyrine'], ['quillon']);
    terms.note('Zephyrine Quillon', 'tiktok', 'zq_2012');
    terms.note('Zephyrine Quillon', 'facebook', 'https://www.facebook.com/profile.php?id=1000123');
    terms.note('Zephyrine Quillon', 'x');
    terms.note('Zephyrine Quillon', 'x');
    expect(terms.otherAccounts('zephyrine', 'quillon', 'Zephyrine Quillon')).toBe(2);
    expect(terms.otherAccounts('zephyrine', 'quillon')).toBe(3);
    expect(terms.accountCount).toBe(3);
  });

  it('measures the lists’ platforms and dates, and how much whole names cluster beyond their parts', () => {
    const terms = new NameTerms(typical);
    const fores = ['amy', 'ben', 'cara', 'dan', 'eve', 'finn', 'gus', 'hana'];
    const surs = ['jones', 'khan', 'lee', 'moss', 'nash', 'owen', 'pike', 'quinn'];
    // Independent draws: each forename with each surname, so no clustering beyond chance.
    for (let i = 0; i < 640; i++)
      terms.note(
        `${fores[i % 8]} ${surs[Math.floor(i / 8) % 8]}`,
        i % 4 === 0 ? 'tiktok' : 'facebook',
        `u${i}`,
        `20${10 + (i % 10)}-06-01`,
      );
    expect(terms.platformShare('tiktok')).toBeCloseTo(0.25, 1);
    expect(terms.wholeNameClustering).toBeCloseTo(1, 0);
    // Born mid-2012: accounts connected 2016–2019 are 10 in 100 of those connected since (4 years of the 8 since 2012).
    const born = 2012 * 12 + 5;
    expect(terms.dateShare(born, born + 48, born + 96).share).toBeCloseTo(0.5, 1);
    // The same names each paired with one surname only: whole names recur far beyond their parts.
    const clustered = new NameTerms(typical);
    for (let i = 0; i < 640; i++) clustered.note(`${fores[i % 8]} ${surs[i % 8]}`, 'facebook', `u${i}`);
    expect(clustered.wholeNameClustering).toBeGreaterThan(4);
  });

  it('sees adults bearing the pupils’ own whole names, which the clustering of the other names leaves out', () => {
    const fores = ['amy', 'ben', 'cara', 'dan', 'eve', 'finn', 'gus', 'hana'];
    const surs = ['jones', 'khan', 'lee', 'moss', 'nash', 'owen', 'pike', 'quinn'];
    const pupilsSurs = ['ravel', 'stott', 'tull', 'ulver', 'vane', 'wyke', 'yarrow', 'zeal'];
    const lists = (namesakes: number) => {
      const terms = new NameTerms(typical);
      for (let i = 0; i < 8; i++) terms.notePupil([fores[i]!], [pupilsSurs[i]!]);
      for (let i = 0; i < 640; i++) terms.note(`${fores[i % 8]} ${surs[Math.floor(i / 8) % 8]}`, 'facebook', `u${i}`);
      // Each pupil's own account, then adults bearing the pupil's whole name.
      for (let i = 0; i < 8; i++)
        for (let n = 0; n <= namesakes; n++) terms.note(`${fores[i]} ${pupilsSurs[i]}`, 'tiktok', `p${i}-${n}`);
      return terms;
    };
    const dense = lists(5);
    expect(dense.wholeNameClustering).toBeCloseTo(1, 0);
    expect(dense.pupilsNameClustering).toBeGreaterThan(4);
    expect(dense.otherAccounts('amy', 'ravel')).toBe(6);
    // Too few accounts predicted for the pupils' names to tell: no correction.
    expect(lists(0).pupilsNameClustering).toBe(1);
  });

  it('bounds the pupils’ names clustering to [1, 100] and leaves it at 1 below five predicted accounts', () => {
    expect(pupilsNamesClustering(40, 4.9)).toBe(1);
    expect(pupilsNamesClustering(2, 10)).toBe(1);
    expect(pupilsNamesClustering(40, 8)).toBe(5);
    expect(pupilsNamesClustering(4000, 8)).toBe(100);
  });
});

/** The tally as it was written plainly: Maps keyed by words and by `forename surname`. */
function plainTally(names: readonly string[], rollWhole: ReadonlySet<string>, isGiven: (w: string) => boolean) {
  const fore = new Map<string, number>();
  const sur = new Map<string, number>();
  const whole = new Map<string, number>();
  const everyName = new Map<string, number>();
  const personFore = new Map<string, number>();
  const personSur = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let persons = 0;
  for (const raw of names) {
    const words = plainWords(raw);
    if (words.length < 2) continue;
    const [f, s] = raw.includes(',') ? [words.at(-1)!, words[0]!] : [words[0]!, words.at(-1)!];
    bump(fore, f);
    bump(sur, s);
    if (isGiven(f)) {
      bump(everyName, `${f} ${s}`);
      bump(personFore, f);
      bump(personSur, s);
      persons++;
    }
    if (rollWhole.has(`${f} ${s}`)) bump(whole, `${f} ${s}`);
  }
  let rollExpected = 0;
  for (const name of rollWhole) {
    const [f, s] = name.split(' ') as [string, string];
    rollExpected += (((personFore.get(f) ?? 0) * (personSur.get(s) ?? 0)) / Math.max(1, persons)) ** 2;
    everyName.delete(name);
  }
  const pairs = (counts: Iterable<number>) => [...counts].reduce((sum, n) => sum + n * (n - 1), 0);
  const expected = (pairs(personFore.values()) * pairs(personSur.values())) / (persons * (persons - 1)) - rollExpected;
  const clustering = persons < 2 || expected < 5 ? 1 : Math.max(1, Math.min(100, pairs(everyName.values()) / expected));
  return { fore, sur, whole, clustering };
}

describe('name terms counted by word id', () => {
  const FORES = ['amy', 'ben', 'cara', 'dan', 'eve', 'bristol', 'mo', 'zoë'];
  const SURS = ['jones', 'khan', 'lee', 'moss', 'bakery', 'nash', 'li'];
  const isGiven = (w: string) => w !== 'bristol';
  // Often a family's surname goes with a forename, so that whole names cluster beyond their parts.
  const name = fc
    .tuple(fc.nat(FORES.length - 1), fc.constantFrom(...SURS), fc.boolean(), fc.nat(9))
    .map(([at, other, comma, n]) => {
      const f = FORES[at]!;
      const s = n < 6 ? SURS[at % SURS.length]! : other;
      return comma && n > 2 ? `${s}, ${f}` : n === 9 ? f : `${f} ${s}${n === 1 ? ' 2012' : ''}`;
    });

  it('gives the shares, whole-name counts and clustering the plain Map tally gives', () => {
    let clustered = false;
    fc.assert(
      fc.property(
        fc.array(name, { maxLength: 400, size: 'max' }),
        fc.array(fc.tuple(fc.constantFrom(...FORES), fc.constantFrom(...SURS)), { maxLength: 12 }),
        (names, pupils) => {
          const terms = new NameTerms({ forename: 0.001, surname: 0.001 }, isGiven);
          const rollWhole = new Set<string>();
          for (const [f, s] of pupils) {
            terms.notePupil([f], [s]);
            rollWhole.add(`${f} ${s}`);
          }
          names.forEach((raw, i) => {
            terms.note(raw, 'tiktok', `u${i}`);
          });
          const plain = plainTally(names, rollWhole, isGiven);
          expect(terms.wholeNameClustering).toBe(plain.clustering);
          clustered ||= plain.clustering > 1;
          for (const f of FORES)
            for (const s of SURS) {
              const share = terms.shares(f, s, true);
              const pseudo = 2_000;
              const total = [...plain.fore.values()].reduce((a, b) => a + b, 0);
              expect(share.forename).toBe(((plain.fore.get(f) ?? 0) + pseudo * 0.001) / (total + pseudo));
              if (rollWhole.has(`${f} ${s}`)) expect(terms.otherAccounts(f, s)).toBe(plain.whole.get(`${f} ${s}`) ?? 0);
            }
        },
      ),
    );
    expect(clustered).toBe(true);
  });
});
