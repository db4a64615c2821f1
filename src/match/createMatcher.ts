import type { Connection, Pupil, StaffMember } from '../model/records.js';
import { AccountsSeen } from './AccountsSeen.js';
import { ageShareOf } from './ageShareOf.js';
import { setOffAsBefore } from './bioWords.js';
import { bornBy, candidateOf } from './candidateOf.js';
import { createAnalyser } from './createAnalyser.js';
import { noteEarlyBearers } from './earlyBearers.js';
import { estimatePresentation, type PresentationEstimate } from './estimatePresentation.js';
import { withinEvidence } from './evidence.js';
import { ForenameGoneBy } from './ForenameGoneBy.js';
import { LevelsTable } from './LevelsTable.js';
import { leftOutOfEstimates } from './leftOutOfEstimates.js';
import { ageAtConnection, EXACT_FORE, EXACT_SUR, underPlatformAge } from './levelsOf.js';
import type { MatchCandidate, Matcher } from './Matcher.js';
import type { MatcherOptions } from './MatcherOptions.js';
import { type Contribution, type FeatureLevels, type ListFacts, MatchModel, sameNameLevel } from './matchModel.js';
import { MiddleNameBearers, middleNameShown } from './middleBearers.js';
import { dayOfMonth, monthOf } from './monthOf.js';
import { NameFinder } from './NameFinder.js';
import { NamesakeRate } from './NamesakeRate.js';
import { NameTerms } from './NameTerms.js';
import { NameWords } from './NameWords.js';
import { bearsOthersSurname, readsAsItself, shownAsAnother } from './namesAnother.js';
import { namesakeElsewhereDigits } from './namesakesElsewhereDigits.js';
import { sharedNicknameBook } from './nicknames.js';
import { noteRoll } from './noteRoll.js';
import { ageLearnt, platformLearnt } from './PresentationPairs.js';
import { PupilIndex } from './PupilIndex.js';
import { remembered } from './remembered.js';
import { nameWords } from './rollNames.js';
import { readByRollForm } from './rollShortForms.js';
import { markNamesakes, scoreBestFirst } from './scoreBestFirst.js';
import { speltShares } from './speltShares.js';
import { stageOf } from './stageOf.js';
import { namesakesElsewhereOdds } from './TrustRoll.js';
import { titleBesideHandle } from './titleBesideHandle.js';
import { digitsAsBefore } from './writtenAsAChild.js';
import { nearName, writtenFacts } from './writtenName.js';

export type { MatcherOptions } from './MatcherOptions.js';

/** The answer for nearly every connection; frozen, since it is shared. */
const NO_CANDIDATES = Object.freeze([]) as unknown as MatchCandidate[];

/**
 * The matching engine: indexes the pupils in scope once, then reads each connection's display
 * name and username every way it may be written (decorated, look-alike letters, leetspeak,
 * run-together handles, nicknames, typos) and weighs the evidence for each pupil it may be.
 */
export function createMatcher(pupils: readonly Pupil[], options: MatcherOptions = {}): Matcher {
  const middles = options.middleNames !== false;
  const index = new PupilIndex(pupils, options.nicknames ?? sharedNicknameBook(), options.indexedPupils, middles);
  const finder = new NameFinder(index);
  const learnt = options.learntForms;
  /** Whether `candidate`, read as a shared short form, may rest on a short form the roll taught (`readByRollForm`). */
  const byRollForm = (candidate: MatchCandidate, connection: Connection): boolean =>
    learnt !== undefined &&
    learnt.size > 0 &&
    readByRollForm(
      learnt,
      [candidate.pupil.legalForename, candidate.pupil.preferredForename].map((name) => nameWords(name).join('')),
      nameWords(`${connection.displayName ?? ''} ${connection.username ?? ''}`).join(''),
    );

  const model = options.model ?? new MatchModel();
  const terms = new NameTerms(
    { forename: model.parameters.typicalForename, surname: model.parameters.typicalSurname },
    (word) => index.facts(word).knownGiven,
    options.displayNames,
  );
  // Made again by `forgetReading`: its caches of names read are only for reading the lists. What display
  // names said is kept on the terms' tally of them, which each row's display name has just been counted in.
  const displayNameAnswers = <V extends object>(nothing: V, foundLimit: number) =>
    terms.displayNameAnswers(nothing, foundLimit);
  let analyse = createAnalyser(index, finder, displayNameAnswers, options.auditDate);

  const trust = options.trustNames;
  trust?.join(terms);
  const namesakes = new NamesakeRate();
  const words = new NameWords();
  noteRoll(index.pupils, words, terms, namesakes);
  const middleBearers = new MiddleNameBearers(middles ? index.pupils : [], words);
  const goneBy = new ForenameGoneBy();
  // Every account with candidates, once, for the EM estimate; and which staff lists hold it.
  const levelsTable = options.levels ?? new LevelsTable();
  const accounts = new AccountsSeen(levelsTable);
  // The shape's contributions of each distinct levels (the table's own), one list for all its candidates, never changed.
  const shapes = new Map<FeatureLevels, Contribution[]>();
  const shapeOf = (levels: FeatureLevels) => Object.freeze(model.contributions(levels)) as Contribution[];
  let estimated: (PresentationEstimate & { accounts: number }) | undefined;
  let newestMonth = 0;
  // A short list cannot show that a name is rare: it is taken to be among at least as many accounts as the bench's lists held.
  const population = (): number => Math.max(terms.population, model.parameters.typicalPopulation);

  /**
   * What the lists say about one pair (the u side). `final`: once every list is read; before
   * then the names are weighed by the roll's counts alone (tallying the lists' names per row
   * would cost a pass over them each time), the platforms and dates by those counted so far.
   * `asWritten`: with what the lists say of a near-namesake's name as written (`writtenFacts`).
   */
  const factsOf = (
    candidate: Pick<MatchCandidate, 'pupil' | 'levels'>,
    connection: Connection,
    final = true,
    asWritten = true,
  ): ListFacts => {
    const p = candidate.pupil;
    const fore =
      candidate.levels.fore === 'middleName'
        ? middleNameShown(p, connection, words)
        : words.first(candidate.levels.fore === 'preferred' ? p.preferredForename : p.legalForename);
    const sur = words.last(candidate.levels.sur === 'preferred' ? p.preferredSurname : p.legalSurname);
    const shares = terms.shares(fore, sur, final, connection.displayName);
    const exact = EXACT_FORE.has(candidate.levels.fore) && EXACT_SUR.has(candidate.levels.sur);
    // In a trust, counted on every school's lists, which are `exposure` times as many accounts as these.
    const otherAccounts =
      exact && final
        ? (trust?.otherAccounts(terms, fore, sur, connection.displayName) ??
          terms.otherAccounts(fore, sur, connection.displayName))
        : undefined;
    const exposure = trust && final ? trust.accountCount / Math.max(1, terms.accountCount) : 1;
    // Namesakes beyond chance, as the early bearers of pupils' names show them: not in the EM's pairs (namesake37).
    const namesakeRate =
      exact && final && asWritten
        ? namesakes.onLists(terms, population())
        : candidate.levels.fore === 'middleName' && final
          ? middleBearers.onLists(terms, population())
          : undefined;
    // Another person's whole name near the pupil's, as the display name writes it: how many accounts bear it (`writtenName`).
    const writtenAs =
      final && asWritten && nearName(candidate.levels)
        ? writtenFacts(connection.displayName, candidate.levels, p, [fore, sur], terms, index)
        : undefined;
    // The words the account writes for the pupil's names, weighed by how many accounts bear them (`speltShares`).
    const spelt =
      final && asWritten
        ? speltShares(connection.displayName, candidate.levels, fore, sur, (f, s) =>
            terms.shares(f, s, true, connection.displayName),
          )
        : undefined;
    if (otherAccounts !== undefined) candidate.levels = { ...candidate.levels, sameName: sameNameLevel(otherAccounts) };
    if (final && candidate.levels.lists === 'one' && accounts.onSeveralLists(connection))
      candidate.levels = { ...candidate.levels, lists: 'several' };
    const facts: ListFacts = {
      accounts: population(),
      forenameShare: shares.forename,
      surnameShare: shares.surname,
      clustering: final ? Math.max(terms.wholeNameClustering, terms.pupilsNameClustering) : 1,
      otherAccounts,
      platformShare: terms.platformShare(connection.platform),
      surnameInitials: terms.surnameInitials,
    };
    // Set where they are, not spread in: no object made for each that is not (400,000 candidates weighed twice).
    if (exposure > 1) facts.exposure = exposure;
    if (writtenAs) facts.written = writtenAs;
    if (spelt) facts.spelt = spelt;
    if (namesakeRate?.beyond) facts.namesakes = namesakeRate;
    const born = p.dob ? monthOf(p.dob) : undefined;
    const ageShare = born === undefined ? undefined : ageShareOf(terms, born, candidate.levels.age);
    if (ageShare !== undefined) facts.ageShare = ageShare;
    return facts;
  };

  const stageNow = (pupil: Pupil): string => stageOf(pupil, options.auditDate, newestMonth);

  /**
   * The accounts per pupil on these lists and how their pupils present (m of platform and age), by
   * EM over every account's candidates (once the lists are read).
   */
  const estimate = (): PresentationEstimate => {
    if (estimated?.accounts === terms.accountCount) return estimated;
    const prior0 = model.prior(1, population());
    const counted = options.counted ?? (() => true);
    const pairs = accounts.pairs((pupil, levels, connection) => {
      if (!counted(pupil)) return undefined;
      // `factsOf` sets the levels the lists tell on a young pair (`finalise` sets them again from the same counts).
      const c = { pupil, levels };
      // The spelling's count (`writtenName`) is left out: a cut of reviews, not a change to how pupils present.
      const facts = factsOf(c, connection, true, false);
      // The terms the EM does not learn (the name's rarity; before 4, under LinkedIn's 16) are fixed.
      const fixed = (code: string): boolean => {
        if (code === 'NAME_FREQUENCY' || code === 'SURNAME_INITIAL') return true;
        if (code === 'STAFF_LISTS') return false;
        if (code === 'PLATFORM') return !platformLearnt(c.levels);
        return !ageLearnt(c.levels, facts.ageShare);
      };
      return {
        base: model.logOddsOn(c.levels, prior0, facts, undefined, fixed),
        levels: c.levels,
        platformShare: facts.platformShare,
        ...(facts.ageShare !== undefined ? { ageShare: facts.ageShare } : {}),
      };
    });
    const pupils = options.counted ? index.pupils.filter((p) => counted(p.pupil)).length : index.pupils.length;
    estimated = { ...estimatePresentation(model, pairs, pupils, population()), accounts: terms.accountCount };
    pairs.release();
    return estimated;
  };

  /** Weighs a connection's candidates with the lists' counts: contributions, the prior, and the shared posterior. */
  const weigh = (candidates: MatchCandidate[], connection: Connection): MatchCandidate[] => {
    const { accountsPerPupil: rho, presentation } = estimate();
    const prior = model.prior(rho, population());
    const logOdds = candidates.map((candidate) => {
      candidate.levels = shownAsAnother(candidate.levels, () =>
        bearsOthersSurname(connection.displayName, candidate.pupil, (word) => terms.surnameCount(word)),
      );
      candidate.levels = titleBesideHandle(candidate.levels, connection.displayName, candidate.pupil);
      // `factsOf` first: it sets the levels only the lists tell (`sameName`, `lists`).
      const facts = factsOf(candidate, connection);
      const listTerms = model.listTerms(candidate.levels, facts, presentation, 'audit');
      candidate.contributions = [...listTerms, ...model.contributions(candidate.levels)];
      candidate.prior = { bits: prior, accountsPerPupil: rho, population: terms.population, presentation };
      return withinEvidence(candidate.levels, model.logOdds(candidate.levels, prior, listTerms));
    });
    if (!options.namesakesElsewhere) return scoreBestFirst(candidates, logOdds);
    const elsewhere = namesakesElsewhereOdds(candidates, logOdds, options.namesakesElsewhere, (c, born) =>
      weighAs(c, born, connection, prior, presentation),
    );
    for (const c of elsewhere.bearing) c.reasons.push('NAME_ELSEWHERE_IN_TRUST');
    return scoreBestFirst(candidates, logOdds, elsewhere.odds);
  };

  /**
   * A candidate's log-odds were the pupil born in month `born` (0 unknown): a namesake's, by their own age when
   * connected, with the audit's estimated presentation as the pupil's.
   */
  const weighAs = (
    c: MatchCandidate,
    born: number,
    connection: Connection,
    prior: number,
    presentation: PresentationEstimate['presentation'],
  ): number => {
    const pupil: Pupil = { ...c.pupil };
    if (born > 0) pupil.dob = dayOfMonth(born, 15);
    else delete pupil.dob;
    const on = connection.connectedOn;
    const age = on ? ageAtConnection(pupil, on) : 'unknown';
    // Unborn or under 4 then, a child had no account of their own.
    if (on && (!bornBy(pupil, on) || age === 'under4')) return Number.NEGATIVE_INFINITY;
    // The account's numbers as the namesake's: none of theirs where they are the pupil's alone.
    const digits = namesakeElsewhereDigits(
      c.levels.digits,
      connection,
      pupil.dob,
      options.auditDate ?? dayOfMonth(newestMonth, 28),
    );
    if (digits === undefined) return Number.NEGATIVE_INFINITY;
    const underPlatform = on && underPlatformAge(pupil, on, connection.platform, digits === 'dob') ? 'yes' : 'no';
    const levels: FeatureLevels = { ...c.levels, digits, age, stage: stageNow(pupil), underPlatform };
    const namesake = { ...c, pupil, levels };
    const facts = factsOf(namesake, connection);
    return withinEvidence(namesake.levels, model.logOddsOn(namesake.levels, prior, facts, presentation));
  };

  /** Before every list is read: a first weighing (the judgement waits for `finalise`). */
  const weighShape = (candidates: MatchCandidate[], connection: Connection): MatchCandidate[] => {
    const prior = model.prior(model.parameters.accountsPerPupil, population());
    // Weighed, not explained: the audit keeps only their order (`CandidateStore`), and `finalise` explains them.
    const logOdds = candidates.map((c) =>
      withinEvidence(c.levels, model.logOddsOn(c.levels, prior, factsOf(c, connection, false))),
    );
    return scoreBestFirst(candidates, logOdds);
  };

  function forgetReading(): void {
    analyse.release();
    analyse = createAnalyser(index, finder, displayNameAnswers, options.auditDate);
    index.forgetCaches();
  }

  return {
    match(connection: Connection, staff: StaffMember | undefined): MatchCandidate[] {
      const firstSeen = terms.note(
        connection.displayName,
        connection.platform,
        connection.username || connection.profileUrl,
        connection.connectedOn,
      );
      if (connection.connectedOn) newestMonth = Math.max(newestMonth, monthOf(connection.connectedOn) ?? 0);
      const analysed = analyse(connection);
      if (analysed.length === 0) return NO_CANDIDATES;
      if (firstSeen) {
        noteEarlyBearers(namesakes, connection, analysed);
        // No middle name read (trust-wide), none of its bearers kept: nothing to note.
        if (middles) noteEarlyBearers(middleBearers, connection, analysed);
      }
      accounts.note(connection, staff?.id ?? connection.staffId ?? connection.staffName ?? '');
      // A connection made before the pupil was born is somebody else's.
      const connectedOn = connection.connectedOn;
      const keep = options.keep;
      const live = analysed.filter((a) => {
        const pupil = index.pupils[a.pupilAt]!.pupil;
        return (!connectedOn || bornBy(pupil, connectedOn)) && (!keep || keep(pupil, staff));
      });
      if (live.length === 0) return [];
      const candidates = live.map((a) => {
        const indexed = index.pupils[a.pupilAt]!;
        const c = candidateOf(a, indexed, connection, staff, stageNow(indexed.pupil));
        // One object per distinct levels: the audit's waiting candidates keep them as numbers (`CandidateStore`).
        c.levels = levelsTable.canonical(c.levels);
        c.contributions = remembered(shapes, c.levels, shapeOf);
        return c;
      });
      markNamesakes(candidates);
      // Pupils the age alone proposes (adults' `sarah14` mostly) are weighed, but do not move the estimates every pair
      // is weighed by, alone or beside a birth year's pupils (`withoutAgeAloneBeside`).
      const outOfEstimates = (c: MatchCandidate): boolean =>
        leftOutOfEstimates(c.levels) || (c.levels.fore === 'sharedForm' && byRollForm(c, connection));
      const estimated = candidates.some(outOfEstimates) ? candidates.filter((c) => !outOfEstimates(c)) : candidates;
      // Words set off beside a whole name count there as the unexplained words they were (`setOffAsBefore`).
      accounts.keepCandidates(connection, digitsAsBefore(setOffAsBefore(estimated)));
      const weighed = weighShape(candidates, connection);
      goneBy.note(weighed);
      return weighed;
    },
    finalise(candidates: readonly MatchCandidate[], connection: Connection): MatchCandidate[] {
      // A literal, not `{ ...c }`: V8 cloned each waiting (old) candidate straight into the old generation,
      // where trust-wide 780,000 copies stayed as garbage until a full collection (docs/performance.md, memory10).
      // The weighing sets score, logOdds and contributions afresh.
      return weigh(
        candidates
          .filter(
            (c) => readsAsItself(c, connection.displayName, (word) => terms.forenameCount(word)) && !goneBy.hides(c),
          )
          .map(
            (c): MatchCandidate => ({
              pupil: c.pupil,
              score: c.score,
              reasons: [...c.reasons],
              contributions: [],
              levels: c.levels,
              logOdds: 0,
            }),
          ),
        connection,
      );
    },
    forgetReading,
    letGoOfNames(): void {
      forgetReading();
      terms.letGoOfNames();
    },
    forgetCaches(): void {
      forgetReading();
      // The lists tallied, the display names' entries go before the estimate is made (docs/performance.md, memory17).
      terms.letGoOfNames();
      // The estimate is what the accounts are kept for: made now, it lets the waiting candidates go as
      // each connection is judged.
      if (accounts.size > 0) {
        estimate();
        accounts.letGo();
      }
    },
  };
}
