import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import { initialSpeltOut } from '../../src/match/initialSpeltOut.js';
import { connection, pupil, STAFF } from './fixtures/pupils.js';

// An initial the account's other name spells out as somebody else's (issue 14: false reviews). Each case
// marked so fails on main before this branch (fr43).

const matcher = createMatcher([
  pupil('E1', 'Emily', 'Watham', { dob: '2012-04-27' }),
  pupil('O1', 'Olivia', 'Hazelwell', { dob: '2010-07-23' }),
  pupil('L1', 'Lacey', 'Chathill', { dob: '2010-11-03' }),
  pupil('J1', 'James', 'Morgan', { dob: '2009-10-02' }),
  pupil('T1', 'Ella', 'Taylor', { dob: '2010-04-21' }),
  pupil('S1', 'Sebastian', 'Thomas', { dob: '2014-08-28' }),
  pupil('H1', 'Aisha', 'Hussein', { dob: '2012-03-01' }),
]);
const candidateFor = (id: string, displayName: string | undefined, username: string) =>
  matcher.match(connection(displayName, username), STAFF).find((c) => c.pupil.id === id);
const reasonsFor = (id: string, displayName: string | undefined, username: string) =>
  candidateFor(id, displayName, username)?.reasons;
/** The pair as weighed once the lists are read (`finalise`). */
const finalFor = (id: string, displayName: string | undefined, username: string) => {
  const c = connection(displayName, username);
  return matcher.finalise(matcher.match(c, STAFF), c).find((m) => m.pupil.id === id);
};
const unexplainedFor = (id: string, displayName: string, username: string) =>
  finalFor(id, displayName, username)?.levels.unexplained;

describe('an initial in the display name that the handle spells out as another name', () => {
  // [pupil, display name, handle, unexplained words once the lists are read]
  it.each([
    ['E1', 'Emily W', 'emily_wheeler472', '1'],
    ['E1', 'Emily W', 'emilywheelerxo', '1'],
    ['J1', 'Jamie M', 'jamie.marshall05', '1'],
    ['O1', 'Olivia H', 'olivia.hazelgate_8', '1'],
    // Read surname first (Thomas, S for Sebastian): the handle spells the S out as Stanwell.
    ['S1', 'Thomas S', 'thomasstanwell01', '1'],
  ])('%s, "%s" beside %s: the name weighs as a word left unexplained — fails before', (id, display, handle, words) => {
    expect(unexplainedFor(id, display, handle)).toBe(words);
  });

  it('adds no word to a reading that already leaves the display name’s own unexplained (its spelt-out name among them)', () => {
    const alone = unexplainedFor('H1', 'Hussein A. Al-Sayed', 'zz_bee');
    expect(alone).not.toBe('0');
    expect(unexplainedFor('H1', 'Hussein A. Al-Sayed', 'husseinalsayed')).toBe(alone);
  });

  it('is weighed once the lists are read, not in the audit’s own estimates', () => {
    expect(candidateFor('E1', 'Emily W', 'emily_wheeler472')?.levels.unexplained).toBe('0');
  });

  it.each([
    ['E1', 'Emily W', 'emily_w'],
    ['E1', 'Emily W', 'emily_wxo'],
    ['E1', 'Emily W', 'emily.w.2012'],
    ['E1', 'Emily W', 'emilywathem2012'],
    ['E1', 'Emily W', 'emilywat'],
    ['E1', 'Emily W', 'emily_w_official'],
    ['S1', 'Thomas S', 'thomas_sebastian'],
  ])('%s, "%s" beside %s (the pupil’s own name, or the initial alone): nothing more', (id, display, handle) => {
    expect(unexplainedFor(id, display, handle)).toBe('0');
  });
});

describe('initialSpeltOut', () => {
  const watham = ['watham'];
  it.each([
    ['emily_wheeler472', true],
    ['x_emily.wheeler', true],
    ['emilywheelerxoxo', true],
    ['emily_wathem_art', false],
    ['emilywatham', false],
    ['emily_wat', false],
    ['emily_wxo', false],
    ['emily_w_official', false],
    ['emily_rose_wheeler', false],
    ['wheeler_emily', false],
  ])('%s beside "Emily W": %s', (handle, another) => {
    expect(initialSpeltOut('Emily W', handle, watham)).toBe(another);
  });
  // fr50: the handle's separators end the word, and two edits in a prefix are a name that only begins alike.
  it.each([
    ['Max W', 'max_watthorpe_', ['ward'], true],
    ['Alfie C', '_alfiecrowhillxx', ['cook'], true],
    ['Sam B', '_sambromgate', ['brown'], true],
    ['Alex L', 'alex.langstead08', ['li'], true],
    ['Esther A', 'esther.appiah08', ['abdi'], true],
    ['Emily W', 'emily_wathem', ['watham'], false],
    ['Emily W', 'emilywathamart', ['watham'], false],
    ['Emily W', 'emilywatamart', ['watham'], false],
    ['Emily W', 'emilywhatamxo', ['watham'], false],
    ['Zofia K', 'zofia_kowalski', ['kowalska'], false],
    ['Jack D', 'jackdalbournexo', ['derbourne'], false],
    ['Ellie B', 'e_blackstead485', ['bradton'], true],
    ['Harry F', 'h_ferndalexo', ['farnby'], true],
    ['Emily W', 'e_wathem', ['watham'], false],
    ['Emily W', 'e_w_2012', ['watham'], false],
    ['Emily W', 'ewheeler', ['watham'], false],
  ])(
    '"%s" beside %s, the pupil %s: %s — the first five and Ellie B and Harry F fail before',
    (display, handle, names, another) => {
      expect(initialSpeltOut(display, handle, names)).toBe(another);
    },
  );
  it('asks for the display name’s forename, or its initial standing alone, in the handle', () => {
    expect(initialSpeltOut('Emily W', 'em_wheeler', watham)).toBe(false);
    expect(initialSpeltOut(undefined, 'emily_wheeler', watham)).toBe(false);
  });
});

describe('an initial in the handle beside a display name that gives another forename of that letter', () => {
  it('is that forename’s where the display name names its owner further, not by the pupil’s surname — fails before', () => {
    expect(finalFor('L1', 'Lauren | Photographer', 'l.chathill')).toBeUndefined();
    expect(finalFor('L1', 'Lauren K', 'lchathillx')).toBeUndefined();
    expect(finalFor('L1', 'Lauren Smith', 'lchathillx')).toBeUndefined();
    // Read as the pupil for the audit's own estimates, as before.
    expect(reasonsFor('L1', 'Lauren Smith', 'lchathillx')).toContain('INITIAL_SURNAME');
  });

  // fr50: a word the name tables do not know before the pupil's surname, told a given name by the lists.
  const finalAmong = (id: string, displayName: string, username: string, others: readonly string[]) => {
    const fresh = createMatcher([pupil('L1', 'Lacey', 'Chathill', { dob: '2010-11-03' })]);
    for (const [i, name] of others.entries()) fresh.match(connection(name, `other${i}`), STAFF);
    const c = connection(displayName, username);
    return fresh.finalise(fresh.match(c, STAFF), c).find((m) => m.pupil.id === id);
  };
  it('is that given name’s before the pupil’s surname where other accounts’ display names begin with it — fails before', () => {
    expect(finalAmong('L1', 'Lorquin Chathill', 'lchathillx', ['Lorquin Smith'])).toBeUndefined();
    expect(finalAmong('L1', 'Lorquin Chathill', 'l.chathill', ['Lorquin Adeyemi', 'Lorquin Brook'])).toBeUndefined();
  });
  it('is still the pupil’s before their surname where no other account begins with the word, or the digits are theirs', () => {
    expect(finalAmong('L1', 'Lorquin Chathill', 'lchathillx', ['Smith Lorquin'])?.reasons).toContain('INITIAL_SURNAME');
    expect(finalAmong('L1', 'Lorquin Chathill', 'lchathillx', [])?.reasons).toContain('INITIAL_SURNAME');
    expect(finalAmong('L1', 'Lorquin Chathill', 'lchathill2010', ['Lorquin Smith'])?.reasons).toContain(
      'HANDLE_YEAR_MATCHES_DOB',
    );
  });

  it('is still the pupil’s beside a given name alone, a display name of no given name, or their own', () => {
    expect(finalFor('L1', 'Lauren 🍷', 'lchathillx')?.reasons).toContain('INITIAL_SURNAME');
    expect(finalFor('L1', '🌸🌸', 'lchathillx')?.reasons).toContain('INITIAL_SURNAME');
    expect(finalFor('L1', 'Lacey 🍷', 'lchathillx')).toBeDefined();
    expect(finalFor('L1', 'Lacey C', 'lchathillx')).toBeDefined();
  });
});
