import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { REVIEW_AT } from '../../src/policy/levels.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

const found = {
  asymmetricMatch: (score: number) => score >= REVIEW_AT,
  toString: () => `a score of at least ${REVIEW_AT}`,
};

/** The name data as the matcher uses it. Invented people; common names. */
describe('the name data in the matcher', () => {
  const pupils = [
    pupil('D1', 'Amina', 'Khan'),
    pupil('D2', 'Kieran', 'Bailey'),
    pupil('D3', 'Ewan', 'Urquhart'),
    pupil('D4', 'Khoa', 'Pham'),
    pupil('D5', 'Temitope', 'Adeyemi'),
    pupil('D6', 'Malgorzata', 'Nowak'),
    pupil('D7', 'Lachlan', 'Ross'),
    pupil('D8', 'Muhammad', 'Rahman'),
    pupil('D9', 'Fatima', 'Hussain'),
  ];
  const matcher = createMatcher(pupils);
  const match = (displayName: string) => matcher.match(connection(displayName), STAFF);

  it('does not read an adult’s own name, one letter from a pupil’s, as a typo', () => {
    for (const name of ['Samina Khan', 'Kiran Bailey', 'Ewa Urquhart', 'Hoa Phạm', 'Fatma Hussain'])
      expect(match(name), name).toEqual([]);
  });

  it('still reads a slip that is nobody’s name as a typo', () => {
    expect(match('Amnia Khan')[0]).toMatchObject({
      pupil: { id: 'D1' },
      score: found,
      reasons: expect.arrayContaining(['TYPO']),
    });
  });

  it('finds pupils by the short forms their families use', () => {
    for (const [name, id] of [
      ['Tope Adeyemi', 'D5'],
      ['Temi Adeyemi', 'D5'],
      ['Gosia Nowak', 'D6'],
      ['Lachie Ross', 'D7'],
      ['Md Rahman', 'D8'],
      ['Mohammed Rahman', 'D8'],
    ] as const) {
      expect(match(name)[0], name).toMatchObject({ pupil: { id }, score: found });
    }
  });
});
