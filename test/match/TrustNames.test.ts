import { describe, expect, it } from 'vitest';
import { NameTerms } from '../../src/match/NameTerms.js';
import { TrustNames } from '../../src/match/TrustNames.js';

const typical = { forename: 0.001, surname: 0.001 };

/** A school's tally: its pupil's name, and accounts with these display names (one each). */
function school(pupil: [string, string], names: readonly string[]): NameTerms {
  const terms = new NameTerms(typical);
  terms.notePupil([pupil[0]], [pupil[1]]);
  names.forEach((name, i) => {
    terms.note(name, 'facebook', `${pupil[0]}${i}`);
  });
  return terms;
}

describe('a trust’s whole names, joined from its schools’ tallies', () => {
  it('counts the other accounts of a name on every school’s lists, and their accounts', () => {
    const north = school(['orla', 'venn'], ['Orla Venn', 'Amy Brava', 'Ben Cole']);
    // At St Mary's nobody is called Orla Venn on the roll, but two adults so called are on the lists.
    const south = school(['kacper', 'nowak'], ['Orla Venn', 'Orla Venn', 'Kacper Nowak', 'Orla Smith']);
    const trust = new TrustNames();
    trust.join(north);
    trust.join(south);
    expect(south.wholeCount('orla', 'venn')).toBe(2);
    expect(south.wholeCount('orla', 'smith')).toBe(1);
    expect(south.wholeCount('venn', 'orla')).toBe(0);
    // The account weighed (North's Orla Venn) is left out, as each school's own count leaves it out.
    expect(north.otherAccounts('orla', 'venn', 'Orla Venn')).toBe(0);
    expect(trust.otherAccounts(north, 'orla', 'venn', 'Orla Venn')).toBe(2);
    expect(trust.otherAccounts(south, 'kacper', 'nowak', 'Kacper Nowak')).toBe(0);
    expect(trust.accountCount).toBe(7);
    // Asked again once a list has grown: counted afresh.
    north.note('Kacper Nowak', 'facebook', 'late');
    expect(trust.otherAccounts(south, 'kacper', 'nowak', 'Kacper Nowak')).toBe(1);
  });
});
