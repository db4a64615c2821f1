import { describe, expect, it } from 'vitest';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { FeatureLevels, Presentation } from '../../src/match/matchModel.js';
import type { Pupil } from '../../src/model/records.js';
import { judgeConnection, type PolicyLookup } from '../../src/policy/judgeConnection.js';
import { OUTWEIGHED_BY } from '../../src/policy/knownPeople.js';
import { REVIEW_AT, SHARE_FLOOR } from '../../src/policy/levels.js';
import { pupilScope } from '../../src/policy/pupilScope.js';
import { bearsWholeName } from '../../src/policy/wholeName.js';
import { WHOLE_NAME_LEVELS } from '../match/fixtures/levels.js';

const DAY = '2026-11-24';
const pupil = (id: string): Pupil => ({
  id,
  legalForename: 'Jessica',
  legalSurname: 'Taylor',
  dob: '2012-05-05',
  source: { file: 'roll.csv', line: 2 },
});
/** The levels of an account bearing the pupil's whole name and nothing else (a common name on Facebook). */
const BARE: FeatureLevels = { ...WHOLE_NAME_LEVELS, age: 'age13up', platform: 'facebook', sameName: 'several' };
const candidate = (p: Pupil, score: number, levels: Partial<FeatureLevels> = {}): MatchCandidate => ({
  pupil: p,
  score,
  reasons: ['NAME_EXACT'],
  contributions: [],
  levels: { ...BARE, ...levels },
});
const lookup: PolicyLookup = { scopeOf: (p) => pupilScope(p, DAY), exemptionFor: () => undefined };
const judged = (...candidates: MatchCandidate[]) => judgeConnection('S1', candidates, lookup);

describe('an account bearing a pupil’s whole name with nothing against it', () => {
  it('is reviewed however common the name makes it unlikely', () => {
    expect(judged(candidate(pupil('P1'), 0.04))).toMatchObject({ kind: 'finding', level: 'review' });
    expect(judged(candidate(pupil('P1'), 0.04, { fore: 'preferred', sur: 'preferred' }))).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
  });

  it('names every pupil of that name with a share worth naming', () => {
    const judgement = judged(candidate(pupil('P1'), 0.03), candidate(pupil('P2'), 0.03));
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P1', 'P2']);
  });

  it('names every pupil of a name several bear when their shares together are worth naming, though each alone is not', () => {
    const split = judged(candidate(pupil('P1'), 0.012), candidate(pupil('P2'), 0.012), candidate(pupil('P3'), 0.012));
    expect(split).toMatchObject({ kind: 'finding', level: 'review' });
    expect(split.kind === 'finding' && split.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P1', 'P2', 'P3']);
    expect(judged(candidate(pupil('P1'), 0.005), candidate(pupil('P2'), 0.005))).toEqual({ kind: 'none' });
  });

  it('is not reviewed below the share worth naming', () => {
    expect(judged(candidate(pupil('P1'), SHARE_FLOOR / 2))).toEqual({ kind: 'none' });
  });

  it('is left to the probability where anything on the account points to somebody else, or the name is not whole', () => {
    for (const against of [
      { digits: 'olderTwoDigit' },
      { adultWords: 'title' },
      { adultWords: 'trade' },
      { adultWords: 'job' },
      { unexplained: '1' },
      { age: 'under4' },
      { underPlatform: 'yes' },
      { fore: 'nickname' },
      { fore: 'typo' },
      { sur: 'typo' },
      { fore: 'initial' },
      // `Kelly Lewis` read as Lewis Kelly, though Kelly Lewis is a name as written.
      { order: 'orderInDoubt' },
    ]) {
      expect(bearsWholeName({ ...BARE, ...against }), JSON.stringify(against)).toBe(false);
      expect(judged(candidate(pupil('P1'), REVIEW_AT / 2, against)), JSON.stringify(against)).toEqual({
        kind: 'none',
      });
    }
    expect(bearsWholeName(BARE)).toBe(true);
    // Surname first where the name as written is none (`Clark Ava`), or with a comma, is still the whole name.
    expect(bearsWholeName({ ...BARE, order: 'surnameFirst' })).toBe(true);
  });

  it('is still reviewed beside a hobby or words set off, which a child writes beside her name as often as an adult', () => {
    for (const beside of [{ adultWords: 'hobby' }, { unexplained: 'bio' }] as const) {
      expect(bearsWholeName({ ...BARE, ...beside }), JSON.stringify(beside)).toBe(true);
      expect(judged(candidate(pupil('P1'), REVIEW_AT / 2, beside)), JSON.stringify(beside)).toMatchObject({
        kind: 'finding',
        level: 'review',
      });
    }
  });

  it('trust-wide, is reviewed for the member of staff’s own school’s pupils only', () => {
    const other = pupil('P7');
    const trustWide: PolicyLookup = { ...lookup, ownSchool: (_staffId, p) => p !== other };
    expect(judgeConnection('S1', [candidate(other, 0.04)], trustWide)).toEqual({ kind: 'none' });
    expect(judgeConnection('S1', [candidate(pupil('P1'), 0.04)], trustWide)).toMatchObject({ level: 'review' });
  });

  it('is reviewed beside a declared child of the same name, whom it does not explain away (another Jack Smith)', () => {
    const link = { staffId: 'S1', pupilId: 'P1', relationship: 'uncle' };
    const declared: PolicyLookup = { ...lookup, exemptionFor: (_s, id) => (id === 'P1' ? link : undefined) };
    const judgement = judgeConnection('S1', [candidate(pupil('P1'), 0.45), candidate(pupil('P2'), 0.45)], declared);
    expect(judgement).toMatchObject({ kind: 'finding', level: 'review', exempt: { exemption: link } });
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P2']);
    // Less likely than the declared child (whose handle carries their birth year, say), they are the child's.
    expect(judgeConnection('S1', [candidate(pupil('P1'), 0.6), candidate(pupil('P2'), 0.3)], declared)).toMatchObject({
      kind: 'exempt',
      exemption: link,
    });
    // A namesake something points away from (a word the name leaves unexplained) is the declared child's.
    const unexplained = candidate(pupil('P2'), 0.45, { unexplained: '1' });
    expect(judgeConnection('S1', [candidate(pupil('P1'), 0.45), unexplained], declared)).toMatchObject({
      kind: 'exempt',
      exemption: link,
    });
  });
});

describe('an account bearing a pupil’s whole name, connected at an age or on a platform the audit’s pupils seldom are', () => {
  /** How pupils present as an audit's EM estimates it: no older pupil's account beyond doubt was connected at 4–7. */
  const presentation: Presentation = {
    platform: { facebook: 0.12 },
    age: { young: { age4to7: 0.85, unknown: 0.15 }, older: { age4to7: 0, age8to12: 0.65, age13up: 0.2 } },
  };
  const at = (levels: Partial<FeatureLevels>): MatchCandidate => ({
    ...candidate(pupil('P1'), 0.04, levels),
    prior: { bits: -10, accountsPerPupil: 0.3, population: 20_000, presentation },
  });

  it('is left to the probability when the audit’s own pupils beyond doubt were hardly ever connected at that age', () => {
    expect(bearsWholeName({ ...BARE, age: 'age4to7', stage: 'older' }, presentation)).toBe(false);
    expect(judged(at({ age: 'age4to7', stage: 'older' }))).toEqual({ kind: 'none' });
  });

  it('is still reviewed at an age the audit’s pupils are connected at, and where nothing was estimated', () => {
    expect(judged(at({ age: 'age13up', stage: 'older' }))).toMatchObject({ kind: 'finding', level: 'review' });
    expect(judged(at({ age: 'age4to7', stage: 'young' }))).toMatchObject({ kind: 'finding', level: 'review' });
    expect(bearsWholeName({ ...BARE, age: 'age4to7', stage: 'older' })).toBe(true);
    const learnt: Presentation = { ...presentation, age: { ...presentation.age, older: { age4to7: 0.05 } } };
    expect(bearsWholeName({ ...BARE, age: 'age4to7', stage: 'older' }, learnt)).toBe(true);
  });

  it('is left to the probability on a platform where none of the audit’s pupils beyond doubt is', () => {
    expect(judged(at({ platform: 'linkedin' }))).toEqual({ kind: 'none' });
    expect(bearsWholeName({ ...BARE, platform: 'linkedin' }, presentation)).toBe(false);
    const onLinkedIn: Presentation = { ...presentation, platform: { ...presentation.platform, linkedin: 0.02 } };
    expect(bearsWholeName({ ...BARE, platform: 'linkedin' }, onLinkedIn)).toBe(true);
    // A platform not named says nothing either way.
    expect(bearsWholeName({ ...BARE, platform: 'other' }, presentation)).toBe(true);
  });
});

describe('an account bearing a pupil’s whole name that a former pupil now grown bears too', () => {
  /** A former pupil of the same name, 20 now, whom the policy never reports. */
  const grown: Pupil = { ...pupil('F1'), dob: '2006-06-01', leavingDate: '2024-07-20' };
  /** The handle's number is the former pupil's birth year (`jessicataylor06`), another number to the pupil. */
  const theirYear = (p: Pupil, score: number) => candidate(p, score, { digits: 'dob', names: 'both' });
  const otherNumber = (p: Pupil, score: number) => candidate(p, score, { digits: 'otherNumber', names: 'both' });

  it('is left to the probability where the handle’s number is the former pupil’s own and they outweigh the pupil', () => {
    expect(judged(otherNumber(pupil('P1'), 0.05), theirYear(grown, 0.9))).toEqual({ kind: 'none' });
    expect(judged(otherNumber(pupil('P1'), 0.05), theirYear(grown, OUTWEIGHED_BY * 0.05))).toEqual({ kind: 'none' });
    // The year group they left from, or their age, reads so too.
    expect(judged(otherNumber(pupil('P1'), 0.05), candidate(grown, 0.9, { digits: 'yearGroup' }))).toEqual({
      kind: 'none',
    });
  });

  it('is still reviewed where only the date or the name’s commonness prefers the former pupil', () => {
    // A junior's own account connected at 6 or 7 and a leaver's met at 10 differ by the date alone.
    expect(judged(candidate(pupil('P1'), 0.05), candidate(grown, 0.92))).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
  });

  it('is still reviewed where the evidence prefers neither, or the number is the pupil’s own too', () => {
    expect(judged(otherNumber(pupil('P1'), 0.04), theirYear(grown, 0.08))).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
    expect(judged(candidate(pupil('P1'), 0.04, { digits: 'yearGroup' }), theirYear(grown, 0.9))).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
    // A probability that earns a review keeps it, however much likelier the former pupil.
    expect(judged(otherNumber(pupil('P1'), REVIEW_AT), theirYear(grown, 0.85))).toMatchObject({
      kind: 'finding',
      level: 'review',
    });
  });

  it('is reviewed where the former pupil is likelier, the finding saying who else the account may be', () => {
    for (const ofGrown of [0.7, OUTWEIGHED_BY * 0.2]) {
      const judgement = judged(otherNumber(pupil('P1'), 0.2), candidate(grown, ofGrown, { names: 'both' }));
      expect(judgement).toMatchObject({ kind: 'finding', level: 'review' });
      expect(judgement.kind === 'finding' && judgement.candidates[0]!.reasons).toContain('GROWN_FORMER_PUPIL_TOO');
    }
  });

  it('is still reviewed where the former pupil does not bear the whole name as the account writes it', () => {
    for (const apart of [{ fore: 'initial' }, { fore: 'nickname' }, { unexplained: '1' }, { age: 'under4' }]) {
      expect(
        judged(otherNumber(pupil('P1'), 0.05), candidate(grown, 0.9, { digits: 'dob', ...apart })),
        JSON.stringify(apart),
      ).toMatchObject({ kind: 'finding', level: 'review' });
    }
  });

  it('hides no pupil of a name several pupils bear: each is weighed against the former pupil alone', () => {
    const judgement = judged(otherNumber(pupil('P1'), 0.06), otherNumber(pupil('P2'), 0.01), theirYear(grown, 0.2));
    expect(judgement.kind === 'finding' && judgement.candidates.map((c) => c.candidate.pupil.id)).toEqual(['P1']);
  });
});
