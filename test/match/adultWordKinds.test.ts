import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { WEAK_CEILING_BITS, withinEvidence } from '../../src/match/evidence.js';
import type { Connection } from '../../src/model/records.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// Invented pupils of Year 9 to 12, and the words children write beside their own names (trade45).
const PUPILS = [
  pupil('I1', 'Isla', 'Marsh'),
  pupil('M1', 'Maisie', 'Pellow'),
  pupil('K1', 'Kai', 'Tolland', { dob: '2010-01-20', yearGroup: 'Year 11' }),
  pupil('R1', 'Reuben', 'Ashcombe', { dob: '2010-06-05', yearGroup: 'Year 11' }),
  pupil('Z1', 'Zara', 'Lundie', { dob: '2010-07-23', yearGroup: 'Year 11' }),
  pupil('J1', 'Jane', 'Cole'),
  pupil('O1', 'Oscar', 'Smith'),
];

function read(displayName: string | undefined, username?: string): { id?: string; kind?: string } {
  const [found] = createMatcher(PUPILS).match(connection(displayName, username), STAFF);
  return { ...(found ? { id: found.pupil.id, kind: found.levels.adultWords } : {}) };
}

describe('a word beside the name is weighed by its kind', () => {
  it.each([
    ['Isla Marsh • Artist', undefined, 'I1'],
    ['Isla Marsh', 'isla.marsh.nails', 'I1'],
    ['Maisie Pellow makeup', undefined, 'M1'],
    ['Kai Tolland', 'kaitolland_photos', 'K1'],
    ['Reuben Ashcombe Fitness', undefined, 'R1'],
    ['Isla Marsh | Design', undefined, 'I1'],
    ['Isla Hair Marsh', undefined, 'I1'],
    ['Isla Marsh | Author', undefined, 'I1'],
  ] as const)('%s (%s): a hobby a pupil writes of herself', (shown, handle, id) => {
    expect(read(shown, handle)).toEqual({ id, kind: 'hobby' });
  });

  it('a firm’s trade, a job after a separator, a degree or a firm’s suffix, a title or family word', () => {
    expect(read('Oscar Smith Plumbing')).toEqual({ id: 'O1', kind: 'trade' });
    expect(read('Zara Lundie | Nurse')).toEqual({ id: 'Z1', kind: 'job' });
    expect(read('Zara Lundie | Aspiring Nurse')).toEqual({ id: 'Z1', kind: 'no' });
    expect(read('Zara Lundie - Future Doctor')).toEqual({ id: 'Z1', kind: 'no' });
    expect(read('Oscar Smith Plumbing Ltd')).toEqual({ id: 'O1', kind: 'letters' });
    expect(read('Reuben Ashcombe MBA')).toEqual({ id: 'R1', kind: 'letters' });
    expect(read('Mrs Jane Cole')).toEqual({ id: 'J1', kind: 'title' });
    expect(read('Jane Cole', 'mrsjanecole')).toEqual({ id: 'J1', kind: 'title' });
    expect(read('Jane Cole Snr')).toEqual({ id: 'J1', kind: 'title' });
  });

  it('a run-together trade ending is the trade’s kind', () => {
    expect(read(undefined, 'islamarshphotography')).toEqual({ id: 'I1', kind: 'hobby' });
    expect(read(undefined, 'oscarsmithplumbing')).toEqual({ id: 'O1', kind: 'trade' });
    // Hobbies a child runs onto her name, as a business runs its trade on.
    expect(read('Isla', 'isla.marshnails')).toEqual({ id: 'I1', kind: 'hobby' });
    expect(read('Kai', 'kai_tollandmakeup')).toEqual({ id: 'K1', kind: 'hobby' });
    expect(read('Isla Marsh', 'islamarshcakes')).toEqual({ id: 'I1', kind: 'hobby' });
  });

  it('a name of two kinds is read as the one that says an adult more surely', () => {
    expect(read('Dr Isla Marsh Photography')).toEqual({ id: 'I1', kind: 'title' });
  });
});

describe('a title, trade or job beside the pupil’s name is never a flag', () => {
  it('holds the odds below FLAG whatever the weights', () => {
    const whole = { fore: 'legal', sur: 'full', order: 'asWritten', unexplained: '0' };
    expect(withinEvidence({ ...whole, adultWords: 'no' }, 20)).toBe(20);
    for (const kind of ['hobby', 'trade', 'job', 'letters', 'title'])
      expect(withinEvidence({ ...whole, adultWords: kind }, 20), kind).toBe(WEAK_CEILING_BITS);
  });

  it('even with the pupil’s birth year beside the name and a hobby word', () => {
    const matcher = createMatcher(PUPILS);
    const row: Connection = { ...connection('Isla Marsh', 'islamarsh2012.nails', '2025-03-01'), platform: 'tiktok' };
    const candidates = matcher.match(row, STAFF);
    const [isla] = matcher.finalise(candidates, row);
    expect(isla?.pupil.id).toBe('I1');
    expect(isla?.score ?? 1).toBeLessThan(0.99);
  });
});
