// Scores one JSON report against the truth. Pure: the same report and truth give the same figures.
//
// How findings are counted (see eval/README.md):
// - every finding is one judgement on one connection row (joined by connection.source, file:line)
//   and one pupil (finding.pupil); a FLAG is right only when that pupil is the one the row really is;
// - a row is "found" when any finding on it names the right pupil, as its pupil or among its
//   otherCandidates (a reviewer sees those);
// - a REVIEW that names neither the right pupil nor has it among its candidates is a false review;
//   false reviews are counted per finding, since each costs a person a look;
// - a former pupil 18+ or an exempted child counts as "reported" only when a finding names that
//   pupil; a finding naming another pupil of the same name is a wrong flag or false review instead.

import { calibrate } from './calibration.mjs';

const PARENT_KINDS = new Set([
  'parent-mum-dad',
  'parent-title',
  'grandparent',
  'relative-nee',
  'parent-names-child',
  'family-page',
]);
const PUPIL_WHO = new Set(['current', 'former', 'other-school', 'exempt', 'former-18plus']);

const pct = (a, n) => (n ? (100 * a) / n : null);

function namesOf(finding) {
  return [finding.pupil?.id, ...(finding.otherCandidates ?? []).map((c) => c.pupil?.id)].filter(Boolean);
}

/**
 * report: the tool's JSON report; truth: { rows, pupils: Map, staff: Map, meta }; trustWide: whether
 * the audit was run with --trust-wide. Returns the figures and a per-kind table.
 */
export function scoreReport(report, truth, { trustWide = false } = {}) {
  const bySource = new Map(truth.rows.map((r) => [r.source, r]));
  const findingsBySource = new Map();
  for (const f of report.findings ?? []) {
    const src = f.connection?.source;
    if (!findingsBySource.has(src)) findingsBySource.set(src, []);
    findingsBySource.get(src).push(f);
  }
  // A pupil of another school is expected only trust-wide.
  const expected = (r) => r.who === 'current' || r.who === 'former' || (r.who === 'other-school' && trustWide);

  let flags = 0;
  let rightFlags = 0;
  let reviews = 0;
  let falseReviews = 0;
  const wrongFlagsByKind = {};
  const falseReviewsByKind = {};
  let backgroundFlagged = 0;
  let backgroundReviewed = 0;
  let otherSchoolReported = 0;
  const schoolOfStaff = (id) => truth.staff.get(id)?.school;
  const schoolOfPupil = (id) => truth.pupils.get(id)?.school;

  for (const f of report.findings ?? []) {
    const r = bySource.get(f.connection?.source);
    const right = r && expected(r) && f.pupil?.id === r.pupil_id;
    const kind = !r
      ? 'background'
      : PUPIL_WHO.has(r.who) && r.who !== 'current' && r.who !== 'former'
        ? `${r.kind} (${r.who})`
        : r.kind;
    if (truth.meta.trust && !trustWide) {
      const staffSchool = schoolOfStaff(f.staff?.id);
      if (namesOf(f).some((id) => schoolOfPupil(id) && schoolOfPupil(id) !== staffSchool)) otherSchoolReported++;
    }
    if (f.level === 'flag') {
      flags++;
      if (right) rightFlags++;
      else {
        const key = r && expected(r) ? `${kind} (as another pupil)` : kind;
        wrongFlagsByKind[key] = (wrongFlagsByKind[key] ?? 0) + 1;
        if (!r) backgroundFlagged++;
      }
    } else {
      reviews++;
      const names = namesOf(f);
      if (!(r && expected(r) && names.includes(r.pupil_id))) {
        falseReviews++;
        falseReviewsByKind[kind] = (falseReviewsByKind[kind] ?? 0) + 1;
        if (!r) backgroundReviewed++;
      }
    }
  }

  // Row outcomes, per kind
  const table = new Map();
  const outcomeOf = (r) => {
    const fs = findingsBySource.get(r.source) ?? [];
    if (fs.length === 0) return 'missed';
    if (r.class === 'adult') return fs.some((f) => f.level === 'flag') ? 'flagged' : 'reviewed';
    if (fs.some((f) => f.level === 'flag' && f.pupil?.id === r.pupil_id)) return 'flagged';
    if (fs.some((f) => namesOf(f).includes(r.pupil_id))) return 'reviewed';
    return 'wrong';
  };
  const tally = {
    clear: { n: 0, flagged: 0, found: 0 },
    weak: { n: 0, flagged: 0, found: 0 },
    otherSchool: { n: 0, found: 0 },
  };
  let former18Reported = 0;
  let parentsReported = 0;
  let exemptReported = 0;
  let exemptListed = 0;
  let exemptN = 0;
  const exemptedSources = new Set((report.exempted ?? []).map((e) => `${e.connection?.source}|${e.pupil?.id}`));
  for (const r of truth.rows) {
    const outcome = outcomeOf(r);
    const group = r.class === 'adult' ? 'adult' : expected(r) ? r.class : `not expected: ${r.who}`;
    const key = `${group}\t${r.kind}`;
    if (!table.has(key)) table.set(key, { group, kind: r.kind, n: 0, flagged: 0, reviewed: 0, missed: 0, wrong: 0 });
    const t = table.get(key);
    t.n++;
    t[outcome]++;
    if (expected(r) && (r.class === 'clear' || r.class === 'weak')) {
      const c = tally[r.class];
      c.n++;
      if (outcome === 'flagged') c.flagged++;
      if (outcome === 'flagged' || outcome === 'reviewed') c.found++;
    }
    if (r.who === 'other-school') {
      tally.otherSchool.n++;
      if (outcome === 'flagged' || outcome === 'reviewed') tally.otherSchool.found++;
    }
    if (r.who === 'former-18plus' && (outcome === 'flagged' || outcome === 'reviewed')) former18Reported++;
    if (PARENT_KINDS.has(r.kind) && outcome !== 'missed') parentsReported++;
    if (r.who === 'exempt') {
      exemptN++;
      if (outcome === 'flagged' || outcome === 'reviewed') exemptReported++;
      if (exemptedSources.has(`${r.source}|${r.pupil_id}`)) exemptListed++;
    }
  }
  const adultsFlaggedByKind = [...table.values()].filter((t) => t.group === 'adult');
  const connections = truth.meta.connections;
  return {
    size: truth.meta.size,
    seed: truth.meta.seed,
    trust: truth.meta.trust,
    trustWide,
    connections,
    toolConnections: report.summary?.connections ?? null,
    toolScope: report.scope?.mode ?? null,
    warningsByCode: (report.warnings ?? []).reduce((acc, w) => {
      acc[w.code] = (acc[w.code] ?? 0) + 1;
      return acc;
    }, {}),
    flags,
    rightFlags,
    wrongFlags: flags - rightFlags,
    flagPrecision: pct(rightFlags, flags),
    wrongFlagsByKind,
    reviews,
    falseReviews,
    falseReviewsPer1000: (1000 * falseReviews) / connections,
    falseReviewsByKind,
    clearCut: {
      n: tally.clear.n,
      flaggedPct: pct(tally.clear.flagged, tally.clear.n),
      foundPct: pct(tally.clear.found, tally.clear.n),
    },
    weakEvidence: {
      n: tally.weak.n,
      flaggedPct: pct(tally.weak.flagged, tally.weak.n),
      foundPct: pct(tally.weak.found, tally.weak.n),
    },
    backgroundAdultsFlagged: backgroundFlagged,
    backgroundAdultsReviewed: backgroundReviewed,
    namesakeBackgroundFlagged: [...table.values()]
      .filter((t) => t.kind.includes('namesake-background'))
      .reduce((a, t) => a + t.flagged, 0),
    adultTrapsFlagged: adultsFlaggedByKind.reduce((a, t) => a + t.flagged, 0),
    mustNeverBeReported: { former18Plus: former18Reported, parents: parentsReported, exemptedLinks: exemptReported },
    exemptedListed: { listed: exemptListed, of: exemptN },
    otherSchool: truth.meta.trust
      ? trustWide
        ? { n: tally.otherSchool.n, foundPct: pct(tally.otherSchool.found, tally.otherSchool.n) }
        : { pupilsOfAnotherSchoolReported: otherSchoolReported }
      : null,
    calibration: calibrate(report, bySource, expected),
    perKind: [...table.values()].sort((a, b) => a.group.localeCompare(b.group) || a.kind.localeCompare(b.kind)),
  };
}
