import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { familyOf, trustWideFamilies } from '../../scripts/bench/trustWideFamilies.js';

const pupil = (id: string, school: string) => ({ pupil: { id, name: id, school } });
const review = (
  line: number,
  reasons: string[],
  first: string,
  school: string,
  others: string[] = [],
  score = 0.3,
) => ({
  level: 'review',
  score,
  reasons,
  staff: { school: 'A' },
  ...pupil(first, school),
  otherCandidates: others.map((id) => ({ ...pupil(id, 'C'), score: 0.05 })),
  connection: { source: `connections.csv:${line}` },
});

describe('a trust-wide audit’s reviews by family', () => {
  it('names the family by what the first pupil’s reasons rest on', () => {
    expect(familyOf(['NAME_EXACT', 'CURRENT_PUPIL'])).toBe('whole name');
    expect(familyOf(['NAME_EXACT', 'SURNAME_FIRST', 'CURRENT_PUPIL'])).toBe('whole name, surname first');
    expect(familyOf(['NAME_EXACT', 'SURNAME_INITIAL', 'HANDLE_YEAR_MATCHES_DOB'])).toBe(
      "forename + surname's initial + birth year",
    );
    expect(familyOf(['FORENAME_ONLY', 'HANDLE_YEAR_MATCHES_YEAR_GROUP'])).toBe('forename alone + year group');
    expect(familyOf(['NAME_EXACT', 'DECORATED'])).toBe('whole name, disguised');
  });

  it('counts false reviews, those new beside the scoped audit, and the own and other schools’ pupils found', () => {
    const truth = {
      2: { kind: 'exact', pupil: 'P1', expect: 'review' },
      3: { kind: 'exact', pupil: 'Q1', expect: 'review', otherSchool: true },
      4: { kind: 'background_namesake_other_school', trap: true, expect: 'none' },
      5: { kind: 'background_namesake', trap: true, expect: 'none' },
    };
    const scoped = [review(2, ['NAME_EXACT'], 'P1', 'A'), review(5, ['NAME_EXACT'], 'P2', 'A')];
    const wide = [
      review(2, ['NAME_EXACT'], 'P1', 'A'), // an own pupil, found school by school too
      review(3, ['NAME_EXACT'], 'Q9', 'B', ['Q1']), // another school's child, named second: found, new
      review(4, ['NAME_EXACT'], 'Q2', 'B'), // an adult bearing another school's child's name: false, new
      review(5, ['NAME_EXACT'], 'P2', 'A'), // an adult bearing an own pupil's name: false, as scoped
      review(6, ['NAME_EXACT', 'SURNAME_INITIAL'], 'Q3', 'C', [], 0.05), // an unlabelled adult on shares: false, new
      { ...review(7, ['NAME_EXACT'], 'P3', 'A'), level: 'flag' }, // flags are not reviews
    ];
    const found = trustWideFamilies(truth, scoped, wide, 5);
    expect(found.reviews).toBe(5);
    expect(found.falseReviews).toBe(3);
    const byKey = Object.fromEntries(found.families.map((f: { key: string }) => [f.key, f]));
    expect(byKey['whole name']).toMatchObject({ reviews: 4, false: 2, falseNew: 1, falseElsewhere: 1, own: 1 });
    expect(byKey['whole name']).toMatchObject({ other: 1, otherNew: 1, shared: 0 });
    expect(byKey["forename + surname's initial"]).toMatchObject({ reviews: 1, false: 1, falseNew: 1, shared: 1 });
    expect([...byKey['whole name'].kinds]).toEqual([['background_namesake_other_school', 1]]);
    expect(byKey['whole name'].examples.map((e: { label: { kind: string } }) => e.label.kind)).toEqual([
      'background_namesake_other_school',
    ]);
  });
});
