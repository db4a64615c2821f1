import { collectGarbage } from '../io/collectGarbage.js';
import { createMatcher } from '../match/createMatcher.js';
import type { MatchCandidate } from '../match/Matcher.js';
import { bookWithRollForms } from '../match/rollShortForms.js';
import type { AuditInputs } from '../model/AuditInputs.js';
import type { Connection, Exemption, Pupil, StaffMember } from '../model/records.js';
import type { AuditReport, ExemptedConnection, Finding } from '../model/report.js';
import { applyDecisions, dismissalHolds } from '../policy/applyDecisions.js';
import { DeclaredLinks } from '../policy/DeclaredLinks.js';
import { declaredAdults, scopeWithDeclaredAge } from '../policy/declaredAdults.js';
import { type JudgedCandidate, judgeConnection } from '../policy/judgeConnection.js';
import { implausibleDob, type PupilScope } from '../policy/pupilScope.js';
import { readConnectionBatches } from '../read/connections/readConnectionSources.js';
import { encodingAssumption } from '../read/encodingAssumption.js';
import { PupilIdsOnRoll } from '../read/pupilIdsOnRoll.js';
import { readDecisions } from '../read/readDecisions.js';
import { readExemptions } from '../read/readExemptions.js';
import { readStaff } from '../read/readStaff.js';
import { VERSION } from '../version.js';
import type { AuditOptions } from './AuditOptions.js';
import { CoverageTally } from './CoverageTally.js';
import { connectionsOnce } from './connectionsOnce.js';
import { findingCounts } from './findingCounts.js';
import { finishReport } from './finishReport.js';
import { ReportRefs } from './ReportRefs.js';
import { readPupils } from './readPupils.js';
import { toConnectionRef, toExemptionRef } from './refs.js';
import { requireCurrentPupils } from './requireCurrentPupils.js';
import { SchoolMatchers, schoolKey } from './SchoolMatchers.js';
import { StaffDirectory } from './StaffDirectory.js';
import { schoolPupils } from './schoolPupils.js';
import { staleDecisionWarning } from './staleDecisionWarning.js';
import { trustWideWarning } from './trustWideWarning.js';
import { WaitingConnections } from './WaitingConnections.js';
import { WarningSink } from './WarningSink.js';
import { warnOfExemptions } from './warnOfExemptions.js';

const PROGRESS_EVERY = 20_000;

/**
 * The whole audit: read → normalise → match → policy → report. Neither prints nor exits; the
 * connection lists are streamed one file at a time, and a connection that matches no pupil in
 * scope leaves no trace.
 */
export async function runAudit(inputs: AuditInputs, options: AuditOptions): Promise<AuditReport> {
  const { auditDate } = options;
  const warnings = new WarningSink();
  const pupils = await readPupils(inputs.rolls, warnings, auditDate);
  requireCurrentPupils(pupils, inputs.rolls, auditDate);
  for (const pupil of pupils) {
    const problem = implausibleDob(pupil, auditDate);
    if (!problem) continue;
    warnings.add(problem, `${pupil.source.file}:${pupil.source.line}`);
    delete pupil.dob;
  }
  const staff = inputs.staff ? await readStaff(inputs.staff) : [];
  // Ids Excel stripped of leading zeros are taken as the roll's (read/pupilIdsOnRoll.ts).
  const roll = new PupilIdsOnRoll(pupils.map((pupil) => pupil.id));
  const exemptions = inputs.exemptions
    ? await readExemptions(
        inputs.exemptions,
        { roll, warn: (warning, where) => warnings.add(warning, where) },
        auditDate,
      )
    : [];
  const decisions = inputs.decisions ? await readDecisions(inputs.decisions, warnings, staff, roll, auditDate) : [];
  for (const source of [inputs.staff, inputs.exemptions, inputs.decisions]) {
    const assumed = source && encodingAssumption(source);
    if (assumed) warnings.add({ code: 'FILE_READ_WITH_ASSUMPTION', args: assumed }, source.name);
  }

  const adults = declaredAdults(decisions);
  const scopes = new Map<Pupil, PupilScope>(
    pupils.map((pupil) => [pupil, scopeWithDeclaredAge(pupil, auditDate, adults)]),
  );
  const scopeOf = (pupil: Pupil): PupilScope => scopes.get(pupil) ?? scopeWithDeclaredAge(pupil, auditDate, adults);
  const pupilById = new Map(pupils.map((pupil) => [pupil.id, pupil]));
  const exemptionByKey = new Map(exemptions.map((e) => [`${e.staffId}\u0000${e.pupilId}`, e]));
  const dismissal = dismissalHolds(decisions);
  const declaredLinks = new DeclaredLinks(exemptions, lookupExemption(exemptionByKey), scopeOf);
  const schoolByStaff = new Map(staff.map((member) => [member.id, member.school]));
  const sameSchool = sameSchoolTest();
  const lookup = {
    scopeOf,
    exemptionFor: lookupExemption(exemptionByKey),
    ...(options.trustWide
      ? { ownSchool: (staffId: string, pupil: Pupil) => sameSchool(schoolByStaff.get(staffId), pupil.school) }
      : {}),
  };

  // The roll's own usage (a Kieran going by Kie) is read for every pupil of that forename, leavers' included.
  const { nicknames, learnt: learntForms } = bookWithRollForms(pupils);
  const matchers = new SchoolMatchers(
    pupils.filter((pupil) => scopeOf(pupil).inScope),
    options.trustWide === true,
    (inScope, scope) => createMatcher(inScope, { auditDate, ...scope, nicknames, learntForms }),
    pupils.filter((pupil) => !scopeOf(pupil).inScope),
  );
  const directory = new StaffDirectory(staff, inputs.staff?.name);
  const coverage = new CoverageTally();
  const matched: Finding[] = [];
  const waiting = new WaitingConnections(matchers.levels);
  const exempted: ExemptedConnection[] = [];
  const refs = new ReportRefs();
  let connectionCount = 0;
  let fileCount = 0;

  // Platform downloads (folders, ZIPs) and generic lists alike; unreadable files become warnings.
  const reading = readConnectionBatches(inputs.connections, {
    staffFor(staffFolder, shown) {
      const owner = directory.resolveFolder(staffFolder, shown);
      return { staffId: owner.id, staffName: owner.name };
    },
    warn: (warning, where) => warnings.add(warning, where),
    auditDate,
    onFileRead({ staffFolder, importer }) {
      fileCount++;
      // A download read with no connections in it still shows the platform was handed in; a generic
      // list's rows carry their own platforms (counted as they are read), so it says none itself.
      if (staffFolder !== undefined && importer.platform !== 'generic')
        coverage.note(directory.resolveFolder(staffFolder), importer.platform);
    },
  });
  // In batches: one await per batch rather than per row, on a trust's million rows.
  for await (const batch of reading) for (const connection of batch) check(connection);
  options.onProgress?.({ connections: connectionCount, files: fileCount });
  // Every list is read: what reading remembered goes before the findings are weighed (mem6).
  matchers.forgetCaches(options.collectGarbage ? collectGarbage : undefined);
  // How common a name is on these lists is known only once all are read: the few connections
  // with candidates are weighed again then, and judged.
  // Each connection is let go once judged (its candidates are numbers: WaitingConnections).
  for (let next = waiting.next(); next; next = waiting.next())
    judge(next.connection, next.member, next.matcher.finalise(next.candidates, next.connection));
  waiting.clear();

  if (fileCount === 0) warnings.add({ code: 'NO_CONNECTIONS', args: {} });
  const withoutSchools = options.trustWide ? trustWideWarning(inputs, staff, matchers.scope) : undefined;
  if (withoutSchools) warnings.add(withoutSchools);
  if (matchers.pupilsWithoutSchool > 0)
    warnings.add({ code: 'PUPIL_SCHOOL_MISSING', args: { pupils: matchers.pupilsWithoutSchool } });
  for (const [member, school] of matchers.unplacedStaff) {
    warnings.add(
      {
        code: 'STAFF_SCHOOL_UNKNOWN',
        args: {
          staffId: member.id,
          staffName: member.name,
          ...(school !== undefined ? { school } : {}),
          rollSchools: [...matchers.scope.schools],
        },
      },
      member.source && `${member.source.file}:${member.source.line}`,
    );
  }
  for (const id of directory.unknownIds) {
    warnings.add({
      code: 'CONNECTIONS_UNKNOWN_STAFF',
      args: { staffId: id, ...(inputs.staff ? { staffList: inputs.staff.name } : {}) },
    });
  }
  warnOfExemptions(exemptions, warnings, {
    auditDate,
    pupilById: (id) => pupilById.get(id),
    scopeOf,
    isKnownStaff: inputs.staff ? (id) => directory.isKnown(id) && !directory.unknownIds.has(id) : undefined,
    staff,
  });

  const { findings: decided, dismissed, stale } = applyDecisions(matched, decisions);
  const findings = connectionsOnce(decided, warnings);
  for (const issue of stale) {
    warnings.add(
      staleDecisionWarning(issue),
      issue.decision.source ? `${issue.decision.source.file}:${issue.decision.source.line}` : undefined,
    );
  }

  // Staff with no list handed in are reported too, with nothing read.
  for (const member of directory.all()) coverage.include(member);
  const formerCount = pupils.filter((p) => scopeOf(p).status === 'former').length;
  const report: AuditReport = {
    tool: { name: 'social-audit', version: VERSION },
    auditDate,
    ...(options.school ? { school: options.school } : {}),
    summary: {
      pupils: {
        current: pupils.length - formerCount,
        former: formerCount,
        formerInScope: pupils.filter((p) => scopeOf(p).status === 'former' && scopeOf(p).inScope).length,
      },
      staff: coverage.size,
      connections: connectionCount,
      ...findingCounts(findings),
      exempted: exempted.length,
      dismissed: dismissed.length,
      warnings: warnings.list.length,
    },
    scope: matchers.scope,
    ...(matchers.scope.schools.length > 0 ? { schoolPupils: schoolPupils(matchers.scope, pupils, scopeOf) } : {}),
    findings,
    exempted,
    dismissed,
    coverage: coverage.coverage(),
    warnings: warnings.list,
  };
  return finishReport(report, {
    ...(options.previous ? { previous: options.previous } : {}),
    inScope: (id) => {
      const pupil = pupilById.get(id);
      return pupil !== undefined && scopeOf(pupil).inScope;
    },
  });

  /** Matches one connection and records what the policy makes of it. */
  function check(connection: Connection): void {
    connectionCount++;
    // The list this connection came from is being read: it counts among the files.
    if (options.onProgress && connectionCount % PROGRESS_EVERY === 0)
      options.onProgress({ connections: connectionCount, files: fileCount + 1 });
    const member = directory.resolve(connection);
    coverage.count(member, connection.platform);

    const matcher = matchers.for(member);
    const candidates = matcher.match(connection, member);
    declaredLinks.note(member.id, candidates);
    if (candidates.length === 0) return;
    waiting.push(connection, member, matcher, candidates);
  }

  /** Records what the policy makes of one connection's weighed candidates. */
  function judge(connection: Connection, member: StaffMember, candidates: MatchCandidate[]): void {
    options.onCandidates?.(connection, candidates);
    const connectionRef = toConnectionRef(connection);
    // A review's "not this pupil" about the account wins over a family link to the pupil (policy/applyDecisions.ts).
    const dismissed = dismissal?.(member.id, connectionRef);
    const shared = declaredLinks.share(member.id, candidates, dismissed);
    const judgement = judgeConnection(member.id, shared, dismissed ? { ...lookup, dismissed } : lookup);
    if (judgement.kind === 'none') return;
    const staffRef = refs.staffMember(member);
    const exempt = judgement.kind === 'exempt' ? judgement : judgement.exempt;
    if (exempt) {
      exempted.push({
        staff: staffRef,
        pupil: refOf(exempt.candidate),
        connection: connectionRef,
        exemption: toExemptionRef(exempt.exemption),
      });
    }
    if (judgement.kind === 'finding') {
      const [best, ...others] = judgement.candidates as [JudgedCandidate, ...JudgedCandidate[]];
      const finding: Finding = {
        level: judgement.level,
        staff: staffRef,
        pupil: refOf(best),
        connection: connectionRef,
        score: round(best.candidate.score),
        reasons: refs.reasons(best.reasons),
        contributions: [...best.candidate.contributions].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)),
      };
      if (others.length > 0) {
        finding.otherCandidates = others.map((other) => ({
          pupil: refOf(other),
          score: round(other.candidate.score),
          reasons: refs.reasons(other.reasons),
        }));
      }
      matched.push(finding);
    }
  }

  function refOf(judged: JudgedCandidate) {
    return refs.pupil(judged.candidate.pupil, judged.scope);
  }
}

function lookupExemption(byKey: ReadonlyMap<string, Exemption>) {
  return (staffId: string, pupilId: string) => byKey.get(`${staffId}\u0000${pupilId}`);
}

/** Probabilities to four places: 0.9999 and 0.99 are different findings. */
function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

/**
 * Whether a member of staff and a pupil are at the same school: a pupil whose school, or a member of
 * staff whose school, is unknown may be. Asked for candidates of every connection, so each school's
 * name is folded once (a trust names a few dozen).
 */
function sameSchoolTest(): (staffSchool: string | undefined, pupilSchool: string | undefined) => boolean {
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) {
      key = schoolKey(name);
      keys.set(name, key);
    }
    return key;
  };
  return (staffSchool, pupilSchool) =>
    staffSchool === undefined || pupilSchool === undefined || keyOf(staffSchool) === keyOf(pupilSchool);
}
