import { combineMatchers } from '../match/combineMatchers.js';
import type { MatcherOptions } from '../match/createMatcher.js';
import { DisplayNameTally } from '../match/DisplayNameTally.js';
import { IndexedPupils } from '../match/IndexedPupils.js';
import { LevelsTable } from '../match/LevelsTable.js';
import type { Matcher } from '../match/Matcher.js';
import { SchoolNameTally } from '../match/SchoolNameTally.js';
import { TrustNames } from '../match/TrustNames.js';
import { TrustRoll } from '../match/TrustRoll.js';
import { tallyKeyRanges, tallyKeys } from '../match/tallyKeys.js';
import type { Pupil, StaffMember } from '../model/records.js';
import type { MatchScope } from '../model/report.js';
import { foldName } from '../normalise/names.js';
import { RecentlyRead } from './RecentlyRead.js';

/**
 * A school's matcher not read with for this many rows forgets its reading (`RecentlyRead`): a school's
 * lists read together leave its caches unused after them; staff of every school in turn keep them all.
 */
const IDLE_ROWS = 50_000;

/**
 * One matcher per school in a trust: the policy is each school's, so a member of staff is checked
 * against their own school's pupils, and a name shared with a child at another school is not
 * evidence. Matchers are made when a school's first member of staff is met. Staff whose school the
 * rolls do not name, and pupils without a school, are checked against everyone rather than missed.
 * Trust-wide, a member of staff's own pupils are still weighed by their school's matcher, and the
 * other schools' by one matcher whose prior is counted on other-school pairs only: a teacher's lists
 * hold their own pupils far more often than other schools' children.
 */
export class SchoolMatchers {
  readonly scope: MatchScope;
  /** Staff checked against every pupil because their school is unknown, with the school they gave. */
  readonly unplacedStaff = new Map<StaffMember, string | undefined>();
  readonly pupilsWithoutSchool: number;
  /** The levels of every candidate the matchers make, one object each (see `LevelsTable`); the waiting candidates' too. */
  readonly levels = new LevelsTable();
  /** The pupils as the matchers' indexes hold them, read once for all (see `IndexedPupils`). */
  private readonly indexedPupils = new IndexedPupils();
  private readonly bySchool = new Map<string, Pupil[]>();
  private readonly matchers = new Map<string, Matcher>();
  /** Trust-wide: each school's matcher joined with the other schools'. */
  private readonly joined = new Map<string, Matcher>();
  private readonly schoolOf = new Map<Pupil, string>();
  /** People on the roll matched only so that an account bearing their name is shared with them. */
  private readonly outOfScope = new Set<Pupil>();
  /** Whole-roll: the pupils in scope and the people out of scope matched beside them. */
  private readonly wholeRoll: Pupil[];
  private readonly staffSchool = new WeakMap<StaffMember, string>();
  private otherSchools: Matcher | undefined;
  private readonly cache = new WeakMap<StaffMember, Matcher>();
  /** A member of staff's own school's matcher, whose caches are kept while its lists are read (`RecentlyRead`). */
  private readonly ownSchool = new WeakMap<StaffMember, Matcher>();
  private readonly recentlyRead: RecentlyRead;
  private lastMember: StaffMember | undefined;
  private rows = 0;
  private lastMatcher: Matcher | undefined;
  private everyone: Matcher | undefined;
  /** The whole names on every school's lists, shared by the schools' matchers (see `MatcherOptions.trustNames`). */
  private readonly trustNames = new TrustNames();
  /** School by school: the whole names of every school's children, to which an account of this school's name may belong. */
  private readonly roll: TrustRoll | undefined;
  /**
   * Trust-wide: every row's display name, counted by the other schools' matcher; each school's matcher counts
   * its own rows' by these entries (`SchoolNameTally`) rather than in a table of its own (memory23).
   */
  private trustDisplayNames: DisplayNameTally | undefined;

  /**
   * `outOfScope`: people on the roll never reported (former pupils now adults, who often stay in touch
   * with their teachers). They are matched too, at their school (one with pupils in scope), so that an
   * account bearing their name shares its probability with them (the policy then drops them) rather
   * than going whole to a pupil of that name. `idleRows`: after how many rows read by others a school's
   * matcher forgets its reading (`RecentlyRead`).
   */
  constructor(
    pupils: readonly Pupil[],
    trustWide: boolean,
    private readonly create: (
      pupils: readonly Pupil[],
      options?: Pick<
        MatcherOptions,
        | 'keep'
        | 'counted'
        | 'trustNames'
        | 'namesakesElsewhere'
        | 'levels'
        | 'indexedPupils'
        | 'displayNames'
        | 'middleNames'
      >,
    ) => Matcher,
    outOfScope: readonly Pupil[] = [],
    idleRows = IDLE_ROWS,
  ) {
    this.recentlyRead = new RecentlyRead(idleRows);
    this.wholeRoll = [...pupils];
    const names = new Map<string, string>();
    const unplaced: Pupil[] = [];
    for (const pupil of pupils) {
      const key = pupil.school === undefined ? '' : schoolKey(pupil.school);
      if (!key) {
        unplaced.push(pupil);
        continue;
      }
      if (!names.has(key)) names.set(key, pupil.school!);
      this.schoolOf.set(pupil, key);
      let list = this.bySchool.get(key);
      if (!list) {
        list = [];
        this.bySchool.set(key, list);
      }
      list.push(pupil);
    }
    const schools = [...names.values()];
    const mode = trustWide ? 'trust-wide' : schools.length > 1 ? 'own-school' : 'whole-roll';
    // Trust-wide, the other schools' children are matched in full instead.
    if (mode === 'own-school') this.roll = new TrustRoll(this.bySchool);
    for (const person of outOfScope) {
      this.outOfScope.add(person);
      this.wholeRoll.push(person);
      if (mode === 'whole-roll') continue;
      const key = person.school === undefined ? '' : schoolKey(person.school);
      const list = this.bySchool.get(key);
      if (!list) continue;
      this.schoolOf.set(person, key);
      list.push(person);
    }
    this.scope = { mode, schools };
    this.pupilsWithoutSchool = mode === 'own-school' ? unplaced.length : 0;
    // A pupil whose school is unknown could be at any of them.
    if (mode !== 'whole-roll') for (const list of this.bySchool.values()) list.push(...unplaced);
  }

  /** The matcher for this member of staff's connections (asked for each row read). */
  for(member: StaffMember): Matcher {
    this.rows++;
    if (member === this.lastMember) return this.lastMatcher!;
    let matcher = this.cache.get(member);
    if (!matcher) {
      matcher = this.choose(member);
      this.cache.set(member, matcher);
    }
    this.recentlyRead.use(this.ownSchool.get(member), this.rows);
    this.lastMember = member;
    this.lastMatcher = matcher;
    return matcher;
  }

  private choose(member: StaffMember): Matcher {
    const { mode, schools } = this.scope;
    if (mode === 'whole-roll' || schools.length < 2) return this.all();
    const key = member.school === undefined ? '' : schoolKey(member.school);
    const pupils = key ? this.bySchool.get(key) : undefined;
    if (!pupils) {
      // Trust-wide, everyone is checked against every pupil anyway: nothing to warn of.
      if (mode === 'own-school') this.unplacedStaff.set(member, member.school);
      return this.all();
    }
    let matcher = this.matchers.get(key);
    if (!matcher) {
      matcher = this.create(pupils, {
        levels: this.levels,
        indexedPupils: this.indexedPupils,
        ...(this.outOfScope.size > 0 ? { counted: this.inScope } : {}),
        trustNames: this.trustNames,
        ...(this.roll && mode === 'own-school' ? { namesakesElsewhere: this.namesakesElsewhere(key) } : {}),
        // Trust-wide too, a middle name where the forename would be (out in session 47 for the peak; mem48 made room).
        ...(mode === 'trust-wide' ? { displayNames: new SchoolNameTally(this.trustNamesTally()) } : {}),
      });
      this.matchers.set(key, matcher);
    }
    this.ownSchool.set(member, matcher);
    if (mode === 'own-school') return matcher;
    this.staffSchool.set(member, key);
    let joined = this.joined.get(key);
    if (!joined) {
      // A pupil without a school is in every school's matcher, so weighed as one's own.
      joined = combineMatchers(matcher, this.others(), (pupil) => {
        const at = this.schoolOf.get(pupil);
        return at === undefined || at === key;
      });
      this.joined.set(key, joined);
    }
    return joined;
  }

  /** Trust-wide: every pupil with a school, of which each member of staff is weighed on the other schools' only. */
  private others(): Matcher {
    this.otherSchools ??= this.create([...this.schoolOf.keys()], {
      levels: this.levels,
      indexedPupils: this.indexedPupils,
      keep: (pupil, staff) => staff !== undefined && this.schoolOf.get(pupil) !== this.staffSchool.get(staff),
      counted: this.inScope,
      displayNames: this.trustNamesTally(),
      // A middle name where the forename would be, weak evidence, stays with a school's own pupils (mid47).
      middleNames: false,
    });
    return this.otherSchools;
  }

  private trustNamesTally(): DisplayNameTally {
    this.trustDisplayNames ??= new DisplayNameTally(tallyKeys, tallyKeyRanges);
    return this.trustDisplayNames;
  }

  /**
   * Once every list is read: each matcher lets go of what reading remembered (see `Matcher.forgetCaches`);
   * `collect`, if given, runs between their letting go and their estimates (the CLI's full collection).
   */
  forgetCaches(collect?: () => void): void {
    // The other schools' matcher after the schools': trust-wide, their tallies are kept by its display names' entries.
    const all = [...this.matchers.values(), this.otherSchools, this.everyone];
    // Every matcher's reading goes first, and what it held is collected before the names are tallied and the
    // estimates grow the heap on top of it: left to V8, the trust-wide audit's peak (perf37); collected after the
    // tallies, their tables came on top of the reading's garbage (perf45).
    for (const matcher of all) matcher?.forgetReading?.();
    collect?.();
    // Then their display names, tallied, and the estimates made in the room they leave: made matcher by matcher,
    // the last (the other schools') estimate was the trust-wide peak (memory17).
    for (const matcher of all) matcher?.letGoOfNames?.();
    for (const matcher of all) matcher?.forgetCaches?.();
  }

  private namesakesElsewhere(school: string): NonNullable<MatcherOptions['namesakesElsewhere']> {
    const roll = this.roll!;
    return (forename, surname) => roll.elsewhere(school, forename, surname);
  }

  private readonly inScope = (pupil: Pupil): boolean => !this.outOfScope.has(pupil);

  private all(): Matcher {
    this.everyone ??= this.create(this.wholeRoll, {
      levels: this.levels,
      indexedPupils: this.indexedPupils,
      ...(this.outOfScope.size > 0 ? { counted: this.inScope } : {}),
    });
    return this.everyone;
  }
}

/** `St Mary's C of E Primary` and `ST MARYS C OF E PRIMARY` are one school. */
export function schoolKey(name: string): string {
  return foldName(name).replace(/[^\p{L}\p{N}]+/gu, '');
}
