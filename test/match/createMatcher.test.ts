import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/match/createMatcher.js';
import type { MatchCandidate } from '../../src/match/Matcher.js';
import type { ReasonCode } from '../../src/model/reasons.js';
import type { Pupil, StaffMember } from '../../src/model/records.js';
import { FLAG_AT, REVIEW_AT } from '../../src/policy/levels.js';
import { connection, PUPILS, pupil, STAFF } from './fixtures/pupils.js';

/** The old rules' `flag` and `review` are the model's now: these say "found" and "weighed below `than`". */
const found = {
  asymmetricMatch: (score: number) => score >= REVIEW_AT,
  toString: () => `a score of at least ${REVIEW_AT}`,
};
const below = (than: number) => ({
  asymmetricMatch: (score: number) => score < than,
  toString: () => `a score below ${than}`,
});

const matcher = createMatcher(PUPILS);
const match = (
  displayName: string | undefined,
  username?: string,
  connectedOn?: string,
  staff: StaffMember = STAFF,
  pupils?: Pupil[],
): MatchCandidate[] =>
  (pupils ? createMatcher(pupils) : matcher).match(connection(displayName, username, connectedOn), staff);

describe('createMatcher: ways a pupil appears', () => {
  it.each<[string, string | undefined, string | undefined, string, ReasonCode[]]>([
    ['exact name', 'Jack Smith', undefined, 'P01', ['NAME_EXACT']],
    ['case and spacing', 'jack   SMITH', undefined, 'P01', ['NAME_EXACT']],
    ['surname first with comma', 'SMITH, Jack', undefined, 'P01', ['SURNAME_FIRST']],
    ['surname first without comma', 'Smith Jack', undefined, 'P01', ['SURNAME_FIRST']],
    ['preferred forename', 'Tomek Kowalski', undefined, 'P09', ['PREFERRED_NAME']],
    ['nickname (Alexander → Alex)', 'Alex Brown', undefined, 'P02', ['NICKNAME']],
    ['nickname (Alexander → Xander)', 'Xander Brown', undefined, 'P02', ['NICKNAME']],
    ['nickname (Elizabeth → Libby)', 'Libby Hughes', undefined, 'P10', ['NICKNAME']],
    ['nickname (Margaret → Peggy)', 'Peggy Lloyd', undefined, 'P11', ['NICKNAME']],
    ['nickname (Oliver → Ollie)', 'Ollie Price', undefined, 'P12', ['NICKNAME']],
    ['middle name present', 'Mary-Jane Rose O’Brien', undefined, 'P08', ['MIDDLE_NAME']],
    ['apostrophe and hyphen dropped', 'Mary Jane OBrien', undefined, 'P08', ['NAME_EXACT']],
    ['straight apostrophe', "Mary-Jane O'Brien", undefined, 'P08', ['NAME_EXACT']],
    ['accents dropped', 'Zoe Nguyen', undefined, 'P05', ['ACCENTS_FOLDED']],
    ['accents kept', 'Zoë Nguyễn', undefined, 'P05', ['NAME_EXACT']],
    ['emoji around and inside', '✨Jack✨ Smith 💕', undefined, 'P01', ['DECORATED']],
    ['mathematical bold', '𝐉𝐚𝐜𝐤 𝐒𝐦𝐢𝐭𝐡', undefined, 'P01', ['DECORATED']],
    ['mathematical script', '𝓙𝓪𝓬𝓴 𝓢𝓶𝓲𝓽𝓱', undefined, 'P01', ['DECORATED']],
    ['fullwidth', 'Ｊａｃｋ Ｓｍｉｔｈ', undefined, 'P01', ['DECORATED']],
    ['small capitals', 'ᴊᴀᴄᴋ sᴍɪᴛʜ', undefined, 'P01', ['DECORATED']],
    ['circled letters', 'Ⓙⓐⓒⓚ Ⓢⓜⓘⓣⓗ', undefined, 'P01', ['DECORATED']],
    ['squared letters', '🅹🅰🅲🅺 🆂🅼🅸🆃🅷', undefined, 'P01', ['DECORATED']],
    ['Cyrillic look-alike letter', 'Аmelia Jones', undefined, 'P03', ['CONFUSABLE']],
    ['all look-alike letters', 'Рорру Ward', undefined, 'P07', ['CONFUSABLE']],
    ['leetspeak', 'J4ck 5m1th', undefined, 'P01', ['LEETSPEAK']],
    ['leetspeak with trailing digits', 'Ch10é Dub01s', undefined, 'P13', ['LEETSPEAK']],
    ['typo: swapped letters', 'Jakc Smith', undefined, 'P01', ['TYPO']],
    ['typo: missing letter', 'Olivia Taylr-Wood', undefined, 'P04', ['TYPO']],
    ['typo: extra letter', 'Ameliaa Jones', undefined, 'P03', ['TYPO']],
    ['handle with a dot', undefined, 'jack.smith', 'P01', ['HANDLE']],
    ['handle with birth year', undefined, 'jacksmith_12', 'P01', ['HANDLE', 'HANDLE_YEAR_MATCHES_DOB']],
    ['handle with year and decoration', undefined, 'jacksmith2012x', 'P01', ['HANDLE_YEAR_MATCHES_DOB']],
    ['handle surname first with pet form', undefined, 'smithy.jack', 'P01', ['HANDLE', 'SURNAME_FIRST']],
    ['handle with year group', undefined, 'amelia.jones8', 'P03', ['HANDLE_YEAR_MATCHES_YEAR_GROUP']],
    ['display name run together', 'JackSmith', undefined, 'P01', ['HANDLE']],
    ['handle from the profile link', undefined, undefined, 'P01', ['HANDLE']],
    ['handle wrapped in x’s', undefined, 'xxjack_smithxx', 'P01', ['HANDLE']],
    ['handle wrapped in x’s, one word each', undefined, 'xamelia.jonesx', 'P03', ['HANDLE']],
    [
      'leetspeak handle ending in the birth year',
      undefined,
      '4m3l14_j0n3s13',
      'P03',
      ['LEETSPEAK', 'HANDLE_YEAR_MATCHES_DOB'],
    ],
    ['handle with a year group after yr', undefined, 'amelia.jones.yr8', 'P03', ['HANDLE_YEAR_MATCHES_YEAR_GROUP']],
    ['handle with a year group after y', undefined, 'ameliajones_y8', 'P03', ['HANDLE_YEAR_MATCHES_YEAR_GROUP']],
    ['run-together handle with a word before it', undefined, 'imjacksmith', 'P01', ['HANDLE']],
    ['run-together handle with a word after it', undefined, 'ameliajonesofficial', 'P03', ['HANDLE']],
    [
      'run-together handle with the year group after yr',
      undefined,
      'ameliajonesyr8',
      'P03',
      ['HANDLE_YEAR_MATCHES_YEAR_GROUP'],
    ],
    ['run-together handle with its last letter doubled', undefined, 'jacksmithh', 'P01', ['HANDLE']],
    ['country flags touching the name', '🇬🇧Jack Smith🇵🇱', undefined, 'P01', ['DECORATED']],
    ['a name spelt in regional-indicator letters', '🇯🇦🇨🇰 🇸🇲🇮🇹🇭', undefined, 'P01', ['DECORATED']],
    [
      'a whole name, then a comma and a year group',
      'Amelia Jones, Year 8',
      undefined,
      'P03',
      ['NAME_EXACT', 'HANDLE_YEAR_MATCHES_YEAR_GROUP'],
    ],
    ['a whole name, then a comma and pronouns', 'Jack Smith, he/him', undefined, 'P01', ['NAME_EXACT']],
    ['run-together handle with a letter doubled inside', undefined, 'ameliajonnes', 'P03', ['HANDLE']],
    ['run-together handle with priv after it', undefined, 'jacksmithpriv', 'P01', ['HANDLE']],
    ['handle with a 2k year', undefined, 'amelia.jones.2k13', 'P03', ['HANDLE_YEAR_MATCHES_DOB']],
    ['nickname in brackets beside the forename', 'Elizabeth (Libby) Hughes', undefined, 'P10', ['NAME_EXACT']],
    ['handle with a sports club after the name', undefined, 'jack_smith_fc', 'P01', ['HANDLE']],
  ])('%s', (_label, displayName, username, id, reasons) => {
    const candidates =
      displayName === undefined && username === undefined
        ? matcher.match({ ...connection(undefined), profileUrl: 'https://www.instagram.com/jack.smith/' }, STAFF)
        : match(displayName, username);
    expect(candidates[0]?.pupil.id).toBe(id);
    expect(candidates[0]?.score).toEqual(found);
    expect(candidates[0]?.reasons).toEqual(expect.arrayContaining(reasons));
  });

  it.each<[string, string | undefined, string | undefined, string, ReasonCode]>([
    ['one half of a double-barrelled surname', 'Olivia Taylor', undefined, 'P04', 'PARTIAL_SURNAME'],
    ['initial and surname', 'J Smith', undefined, 'P01', 'INITIAL_SURNAME'],
    ['initial and surname in a handle, even with the birth year', undefined, 'j_smith2012', 'P01', 'INITIAL_SURNAME'],
    ['forename and surname initial', 'Jack S', undefined, 'P01', 'SURNAME_INITIAL'],
    ['forename alone with the birth year in the handle', 'Amelia', 'amelia2013', 'P03', 'FORENAME_ONLY'],
    ['a name that sounds the same', 'Kaitlyn Fraser', undefined, 'P14', 'SOUNDS_LIKE'],
    ['a word that is none of the pupil’s names', 'Jack Peter Smith', undefined, 'P01', 'UNEXPLAINED_WORDS'],
    ['a fuller form beginning like the roll’s name', 'Alexander Brown', undefined, 'P02', 'NAME_EXACT'],
  ])('weak evidence is never a flag: %s', (_label, displayName, username, id, reason) => {
    const candidates = match(displayName, username);
    expect(candidates[0]?.pupil.id).toBe(id);
    expect(candidates[0]?.score).toBeLessThan(FLAG_AT);
    expect(candidates[0]?.reasons).toContain(reason);
  });

  it('holds a short form that is a name in its own right (Mark for Marcus, Harry for Harriet) at review', () => {
    const pupils = [pupil('M1', 'Marcus', 'Morris'), pupil('H1', 'Harriet', 'Fox'), pupil('H2', 'Henry', 'Fox')];
    expect(match('Mark Morris', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'M1' },
      score: below(FLAG_AT),
      reasons: expect.arrayContaining(['SHARED_FORM']),
    });
    const harry = match('Harry Fox', undefined, undefined, STAFF, pupils);
    expect(harry[0]).toMatchObject({
      pupil: { id: 'H2' },
      score: found,
      reasons: expect.arrayContaining(['NICKNAME']),
    });
    expect(harry.find((c) => c.pupil.id === 'H1')).toMatchObject({
      score: below(harry[0]!.score),
      reasons: expect.arrayContaining(['SHARED_FORM']),
    });
  });

  it('reads a compound forename by the part the pupil goes by, and holds its common first part at review', () => {
    const pupils = [pupil('M1', 'Mohammed Rayyan', 'Anwar'), pupil('M2', 'Abdul Karim', 'Iqbal')];
    expect(match('Rayyan Anwar', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'M1' },
      score: found,
    });
    expect(match('Muhammad Rayyan Anwar', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'M1' },
      score: found,
    });
    expect(match('Mohammed Anwar', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'M1' },
      score: below(FLAG_AT),
      reasons: expect.arrayContaining(['COMMON_FORENAME_PART']),
    });
    expect(match('Abdul Iqbal', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'M2' },
      score: below(FLAG_AT),
    });
    expect(match('Karim Iqbal', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'M2' },
      score: found,
    });
  });

  it('reads a pupil on the roll as Alex from a fuller form, at review', () => {
    const alex = pupil('A1', 'Alex', 'Ferris');
    const [candidate] = match('Alexander Ferris', undefined, undefined, STAFF, [alex]);
    expect(candidate).toMatchObject({ score: below(FLAG_AT), reasons: expect.arrayContaining(['FULL_FORM_OF_NAME']) });
  });

  it('a forename alone without a year in the handle is not reported', () => {
    expect(match('Amelia')).toEqual([]);
    expect(match('Amelia', 'amelia2001')).toEqual([]);
  });
});

describe('createMatcher: adults are kept out', () => {
  it('drops a pupil born after the connection was made', () => {
    expect(match('Jack Smith', undefined, '2010-03-01')).toEqual([]);
    expect(match('Jack Smith', undefined, '2019-03-01')[0]?.pupil.id).toBe('P01');
  });

  it('drops a pupil when the handle carries a birth year long before theirs', () => {
    expect(match('Jack Smith', 'jacksmith1985')).toEqual([]);
    expect(match(undefined, 'jack.smith.1979')).toEqual([]);
  });

  it('weighs a two-digit number that may be a year from long ago below a plain handle', () => {
    const [candidate] = match(undefined, 'jacksmith85');
    expect(candidate).toMatchObject({
      score: below(match(undefined, 'jacksmith')[0]!.score),
      reasons: expect.arrayContaining(['HANDLE_YEAR_NOT_DOB']),
    });
    expect(match(undefined, 'jsmith85')[0]?.score ?? 0).toBeLessThan(FLAG_AT);
    expect(match(undefined, 'jsmith')[0]?.reasons).toContain('INITIAL_SURNAME');
  });

  it('does not take a parent (same surname, another forename) for the pupil', () => {
    expect(match('Karen Smith')).toEqual([]);
    expect(match('Gary Smith', 'gary.smith78')).toEqual([]);
    // A one-letter difference that is another person's name is not a typo.
    expect(match('Paula Evans', undefined, undefined, STAFF, [pupil('X1', 'Paul', 'Evans')])).toEqual([]);
  });

  it('reads a fuller form of a short roll name (Henry for Harry) as a parent unless the handle says otherwise', () => {
    expect(match('Henry Evans')).toEqual([]);
    expect(match('Henry Evans', 'henry.evans2012')[0]).toMatchObject({
      score: below(FLAG_AT),
      reasons: expect.arrayContaining(['FULL_FORM_OF_NAME', 'HANDLE_YEAR_MATCHES_DOB']),
    });
  });

  it('does not read names into a handle by cutting other names up', () => {
    const pupils = [pupil('H1', 'Penelope', 'Rogers'), pupil('H2', 'Evelyn', 'Bell'), pupil('H3', 'Eleanor', 'Nell')];
    // rogers + pen + "cer", lyn + nell + "is" (then Nell as a slip for Bell): nobody's handle.
    expect(match('Roger Spencer', 'rogerspencer842', undefined, STAFF, pupils)).toEqual([]);
    expect(match('Lynn Ellis', 'lynnellis804', undefined, STAFF, pupils)).toEqual([]);
    expect(match(undefined, 'penrogersxo', undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'H1' },
      score: found,
    });
  });

  it('doubts an account connected when the pupil was a toddler: an adult namesake, or a parent’s', () => {
    const infant = [pupil('I1', 'Jack', 'Smith', { dob: '2021-05-01', yearGroup: 'Year 1' })];
    const four = match('Jack Smith', undefined, '2025-05-01', STAFF, infant)[0]!;
    expect(four).toMatchObject({ pupil: { id: 'I1' }, score: found });
    expect(
      match('Jack Smith', undefined, '2025-04-30', STAFF, infant)[0] ?? { score: 0, reasons: ['CONNECTED_WHEN_YOUNG'] },
    ).toMatchObject({ score: below(four.score / 2), reasons: expect.arrayContaining(['CONNECTED_WHEN_YOUNG']) });
  });

  it('doubts a LinkedIn connection made before the pupil was 16, LinkedIn’s minimum age', () => {
    const linkedIn = (connectedOn: string): MatchCandidate[] =>
      matcher.match({ ...connection('Jack Smith', undefined, connectedOn), platform: 'linkedin' }, STAFF);
    const sixteen = linkedIn('2028-06-01')[0]!;
    expect(linkedIn('2026-01-01')[0]).toMatchObject({
      score: below(sixteen.score),
      reasons: expect.arrayContaining(['UNDER_PLATFORM_AGE']),
    });
    // A handle carrying the pupil's birth year says the account is the child's all the same.
    expect(
      matcher.match({ ...connection(undefined, 'jacksmith2012', '2026-01-01'), platform: 'linkedin' }, STAFF)[0]
        ?.reasons,
    ).not.toContain('UNDER_PLATFORM_AGE');
    expect(match('Jack Smith', undefined, '2026-01-01')[0]?.reasons).not.toContain('UNDER_PLATFORM_AGE');
  });

  it('reads a trade in the name or the handle as an adult’s or a business’s', () => {
    const plain = match('Jack Smith')[0]!.score;
    const plainAmelia = match(undefined, 'ameliajones')[0]!.score;
    expect(match('Jack Smith Plumbing')[0]).toMatchObject({
      score: below(plain),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
    expect(match(undefined, 'jacksmithphotography')[0]).toMatchObject({
      pupil: { id: 'P01' },
      score: below(plain),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
    expect(match('Jack Smith', 'jack_smith_solicitor')[0]).toMatchObject({
      score: below(plain),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
    expect(match('Jack Smith', 'jacksmithsnr')[0]).toMatchObject({
      score: below(plain),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
    expect(match(undefined, 'mrsameliajones')[0]).toMatchObject({ pupil: { id: 'P03' }, score: below(plainAmelia) });
    expect(
      match('Jackson’s Bakery', undefined, undefined, STAFF, [pupil('B1', 'Jackson', 'Baker')])[0]?.score ?? 0,
    ).toBeLessThan(FLAG_AT);
  });

  it('takes a slip beside a pet form of the surname for two guesses, not a flag', () => {
    const pupils = [pupil('B1', 'Jackson', 'Smith')];
    const slip = match('Jacksom Smith', undefined, undefined, STAFF, pupils)[0]!;
    expect(slip.score).toEqual(found);
    expect(match('Jacksom Smithy', undefined, undefined, STAFF, pupils)[0]?.score ?? 0).toBeLessThan(FLAG_AT);
  });

  it('takes no surname for a trade or a pronoun: Barber, Law, He and Her are surnames', () => {
    const pupils = [pupil('T1', 'Jack', 'Barber'), pupil('T2', 'Amy', 'Law'), pupil('T3', 'Wei', 'He')];
    for (const [name, id] of [
      ['Jack Barber', 'T1'],
      ['Amy Law', 'T2'],
      ['Wei He', 'T3'],
      ['Wei He (he/him)', 'T3'],
    ] as const) {
      expect(match(name, undefined, undefined, STAFF, pupils)[0], name).toMatchObject({ pupil: { id }, score: found });
    }
  });

  it('reads Snr and née as an adult’s', () => {
    expect(match('Jack Smith Snr')[0]).toMatchObject({
      score: below(match('Jack Smith')[0]!.score),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
    expect(match('Amelia Jones (née Price)')[0]).toMatchObject({
      score: below(match('Amelia Jones')[0]!.score),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
  });

  it('takes no surname slip that makes another common surname for the pupil’s', () => {
    const charlotte = [pupil('C1', 'Charlotte', 'Thompson')];
    expect(match('Charlotte Thomson', undefined, undefined, STAFF, charlotte)).toEqual([]);
    expect(match('Charlotte Thompsen', undefined, undefined, STAFF, charlotte)[0]).toMatchObject({
      score: found,
      reasons: expect.arrayContaining(['TYPO']),
    });
  });

  it('weighs a name with a title or family word below the plain name', () => {
    const plain = match('Jack Smith')[0]!.score;
    expect(match('Mrs Jack Smith')[0]).toMatchObject({
      score: below(plain),
      reasons: expect.arrayContaining(['ADULT_WORDS']),
    });
    expect(match('Jack Smith’s Mum')[0]?.score ?? 0).toBeLessThan(plain);
  });
});

describe('createMatcher: namesakes and family', () => {
  const twins = [
    pupil('N1', 'Oliver', 'Smith', { dob: '2012-01-01', yearGroup: 'Year 10' }),
    pupil('N2', 'Oliver', 'Smith', { dob: '2009-06-01' }),
    pupil('N3', 'Olivia', 'Smith'),
  ];

  it('reports a shared name once with every pupil who has it, sharing the probability', () => {
    const candidates = match('Oliver Smith', undefined, undefined, STAFF, twins);
    expect(candidates.map((c) => c.pupil.id).sort()).toEqual(['N1', 'N2']);
    expect(candidates.every((c) => c.score < 0.5 && c.reasons.includes('SHARED_NAME'))).toBe(true);
  });

  it('lets a birth year in the handle pick one of the namesakes', () => {
    const candidates = match('Oliver Smith', 'oliver.smith09', undefined, STAFF, twins);
    expect(candidates[0]).toMatchObject({ score: found, pupil: { id: 'N2' } });
    expect(candidates[1]).toMatchObject({ score: below(candidates[0]!.score / 2), pupil: { id: 'N1' } });
  });

  it('lets the connection date rule out the younger namesake', () => {
    const older = pupil('N2', 'Oliver', 'Smith', { dob: '2002-06-01' });
    const candidates = match('Oliver Smith', undefined, '2011-01-01', STAFF, [twins[0]!, older]);
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ score: found, pupil: { id: 'N2' } });
  });

  it('lists the weaker candidate after the exact one', () => {
    const candidates = match('Ollie Smith', undefined, undefined, STAFF, [...twins, pupil('N4', 'Ollie', 'Smith')]);
    expect(candidates[0]).toMatchObject({ pupil: { id: 'N4' }, score: found });
    expect(candidates.length).toBeGreaterThan(1);
    expect(candidates.slice(1).every((c) => c.score < candidates[0]!.score)).toBe(true);
  });

  it('prefers the pupil whose own spelling it is over another spelling of the name', () => {
    const candidates = match('Sofia Hardy', undefined, undefined, STAFF, [
      pupil('V1', 'Sofia', 'Hardy'),
      pupil('V2', 'Sophia', 'Hardy'),
    ]);
    expect(candidates[0]).toMatchObject({ pupil: { id: 'V1' }, score: found });
    expect(candidates[1]).toMatchObject({
      pupil: { id: 'V2' },
      score: below(candidates[0]!.score),
      reasons: expect.arrayContaining(['NAME_VARIANT']),
    });
  });

  it('does not let a middle name decide between two pupils the name fits equally', () => {
    const pupils = [
      pupil('M1', 'Isaac', 'Roberts', { middleNames: 'Ahmed' }),
      pupil('M2', 'Isabella', 'Ahmed-Roberts'),
    ];
    const candidates = match('Izzy Ahmed-Roberts', undefined, undefined, STAFF, pupils);
    expect(candidates.map((c) => c.pupil.id).sort()).toEqual(['M1', 'M2']);
    expect(candidates.every((c) => c.score < FLAG_AT && c.reasons.includes('SHARED_NAME'))).toBe(true);
  });

  it('says when the pupil shares the staff member’s surname', () => {
    const staff: StaffMember = { id: 'S2', name: 'Dawn Smith' };
    expect(match('Jack Smith', undefined, undefined, staff)[0]?.reasons).toContain('SHARES_STAFF_SURNAME');
    expect(match('Jack Smith')[0]?.reasons).not.toContain('SHARES_STAFF_SURNAME');
  });

  it('scores stay between 0 and 1, best first', () => {
    for (const name of ['Jack Smith', 'J Smith', 'Olivia Taylor']) {
      const candidates = match(name, 'jacksmith2012');
      // The handle finds Jack Smith whatever the name: an empty answer must fail, not pass.
      expect(candidates.length, name).toBeGreaterThan(0);
      for (const c of candidates) expect(c.score).toBeGreaterThan(0);
      for (const c of candidates) expect(c.score).toBeLessThanOrEqual(1);
      const scores = candidates.map((c) => c.score);
      expect(scores, name).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('reads ä, ö, ü, ø and å typed as two letters (Mueller, Joergen)', () => {
    const pupils = [pupil('D1', 'Jørgen', 'Müller'), pupil('D2', 'Åsa', 'Sørensen')];
    expect(match('Joergen Mueller', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'D1' },
      score: found,
    });
    expect(match('Aasa Soerensen', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'D2' },
      score: found,
    });
    expect(match('Jorgen Muller', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'D1' },
      score: found,
    });
  });

  it('does not take half a double-barrelled surname, or a surname’s pet form, for something else', () => {
    const pupils = [
      pupil('A1', 'Alexander', 'Hughes-Ali'),
      pupil('A2', 'Alexander', 'Hughes'),
      pupil('Z1', 'Zayn', 'White-Baker'),
    ];
    expect(match('Hughes-Ali Alexander', undefined, undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'A1' },
      score: found,
    });
    expect(match(undefined, 'whitebakery.zayn', undefined, STAFF, pupils)[0]).toMatchObject({
      pupil: { id: 'Z1' },
      score: found,
    });
  });

  it('splits a name where an emoji stands between two words, not inside one', () => {
    const giorgia = [pupil('G1', 'Giorgia', 'De Luca')];
    expect(match('Giorgia👑De Luca', undefined, undefined, STAFF, giorgia)[0]).toMatchObject({
      score: found,
      reasons: expect.arrayContaining(['DECORATED']),
    });
    expect(match('Gior✨gia De Luca', undefined, undefined, STAFF, giorgia)[0]).toMatchObject({ score: found });
  });

  it('reads a slip that happens to be an everyday word (Page for Paige) as a slip', () => {
    const [candidate] = match('Page Richardson', undefined, undefined, STAFF, [pupil('R1', 'Paige', 'Richardson')]);
    expect(candidate).toMatchObject({ score: found, reasons: expect.arrayContaining(['TYPO']) });
  });

  it('reads only the beginning of a name far longer than any platform allows (a quote left open)', () => {
    // Read in full, these took minutes and then ran out of memory.
    const [candidate] = match('Jack Smith '.repeat(20_000), 'jacksmith'.repeat(5_000));
    expect(candidate).toMatchObject({ pupil: { id: 'P01' } });
  });

  it('still reads a handle’s digits when the display name finds a pupil, after another handle of its shape found nobody', () => {
    const fresh = createMatcher(PUPILS);
    expect(fresh.match(connection('Riverside Running Club', 'qqzx.vvbn2000'), STAFF)).toEqual([]);
    const [candidate] = fresh.match(connection('Jack Smith', 'qqzx.vvbn2012'), STAFF);
    expect(candidate).toMatchObject({
      pupil: { id: 'P01' },
      reasons: expect.arrayContaining(['HANDLE_YEAR_MATCHES_DOB']),
    });
    expect(fresh.match(connection(undefined, 'jack.smith2012'), STAFF)[0]).toMatchObject({ pupil: { id: 'P01' } });
  });

  it('finds nobody in a name that is nobody’s', () => {
    expect(match('Riverside Running Club')).toEqual([]);
    expect(match(undefined, 'xx_gamer_xx')).toEqual([]);
  });
});
