import { describe, expect, it } from 'vitest';
import { checkAdultDob } from '../../src/prompts/askAdultDob.js';
import { parseReviewOn } from '../../src/prompts/linkDetails.js';

const TODAY = '2026-12-05';
const problem = (answer: { iso: string } | { problem: string }): string => ('problem' in answer ? answer.problem : '');

describe('a date typed at a prompt', () => {
  it('in the right form but no such day: says so, rather than asking for the form it is in', () => {
    expect(problem(parseReviewOn('31/02/2027', TODAY))).toBe(
      '"31/02/2027" is no such day: check the day and month (day first)',
    );
    expect(problem(checkAdultDob('2006-02-30', TODAY))).toBe(
      '"2006-02-30" is no such day: check the day and month (day first)',
    );
    expect(problem(parseReviewOn('12/31/27', TODAY))).toContain('is no such day');
  });

  it('in another form: asks for one it reads', () => {
    expect(problem(parseReviewOn('next September', TODAY))).toContain('type it as DD/MM/YYYY, DD/MM/YY or YYYY-MM-DD');
    expect(problem(checkAdultDob('Feb 2006', TODAY))).toContain('type it as DD/MM/YYYY, DD/MM/YY or YYYY-MM-DD');
    expect(parseReviewOn('01/09/2027', TODAY)).toEqual({ iso: '2027-09-01' });
  });

  it('with a two-digit year: the review date this century, the date of birth in the hundred years up to today', () => {
    expect(parseReviewOn('1/9/27', TODAY)).toEqual({ iso: '2027-09-01' });
    expect(checkAdultDob('14/02/07', TODAY)).toEqual({ iso: '2007-02-14' });
    expect(checkAdultDob('14/02/60', TODAY)).toEqual({ iso: '1960-02-14' });
    expect(problem(checkAdultDob('14/02/12', TODAY))).toContain('under 18');
  });

  it('with hyphens and a two-digit year, which reads year first too: refused, saying so', () => {
    expect(problem(parseReviewOn('27-09-01', TODAY))).toContain('could be year first or day first');
  });
});
