import { describe, expect, it } from 'vitest';
import { parseReviewOn } from '../../src/prompts/linkDetails.js';
import { checkAdultDob } from '../../src/prompts/reviewFlow.js';

const TODAY = '2026-12-05';
const problem = (answer: { iso: string } | { problem: string }): string => ('problem' in answer ? answer.problem : '');

describe('a date typed at a prompt', () => {
  it('in the right form but no such day: says so, rather than asking for the form it is in', () => {
    expect(problem(parseReviewOn('31/02/2027', TODAY))).toBe('"31/02/2027" is no such day: check the day and month');
    expect(problem(checkAdultDob('2006-02-30', TODAY))).toBe('"2006-02-30" is no such day: check the day and month');
  });

  it('in another form: asks for one it reads', () => {
    expect(problem(parseReviewOn('next September', TODAY))).toContain('type it as YYYY-MM-DD or DD/MM/YYYY');
    expect(problem(checkAdultDob('Feb 2006', TODAY))).toContain('type it as DD/MM/YYYY or YYYY-MM-DD');
    expect(parseReviewOn('01/09/2027', TODAY)).toEqual({ iso: '2027-09-01' });
  });
});
