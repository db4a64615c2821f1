// The trust's figures: eval2's school tally on the truth as the audit's scope sees it, and what a
// trust adds: other schools' pupils reported when scoped (must be none) or found trust-wide
// (≥ 95 %), false reviews per 1,000 rows of each adult kind, and how well the scores are calibrated.
// Pure: the scorer and the tests share it.
import { isPupilRow, tally } from './tally.mjs';

const pct = (num, den) => (den === 0 ? null : (100 * num) / den);
/** Score bands for the calibration line: [from, to). */
export const BANDS = [
  [0, 0.5],
  [0.5, 0.9],
  [0.9, 0.99],
  [0.99, 1.000001],
];

/** A pupil's own account on a list whose member of staff is at another school of the trust. */
export const isOtherSchoolRow = (t) => t.route !== '' && t.pupil_school !== t.staff_school;

/**
 * Scoped, another school's pupil is no finding: their rows become XS_<ROUTE> kinds (counted with
 * the rows not to report). Trust-wide they are pupils like any other.
 */
export function scopeTruth(truth, mode) {
  if (mode !== 'scoped') return truth;
  return truth.map((t) =>
    isOtherSchoolRow(t) ? { ...t, kind: `XS_${t.route.toUpperCase()}`, status: 'other-school', class: '' } : t,
  );
}

/** `truth` rows (trust truth header), `report` the JSON report, `schoolOf` pupil id → school name. */
export function trustTally(truth, report, mode, schoolOf) {
  const scoped = scopeTruth(truth, mode);
  const base = tally(scoped, report);
  const bySource = new Map(scoped.map((t) => [t.source, t]));
  const original = new Map(truth.map((t) => [t.source, t]));
  const named = (f) => [f.pupil?.id, ...(f.otherCandidates ?? []).map((c) => c.pupil?.id)].filter(Boolean);

  // Findings naming a pupil of another school than the member of staff's (scoped: must be none).
  const otherReported = { findings: 0, pupils: new Set(), byKind: {} };
  for (const f of report.findings ?? []) {
    const t = bySource.get(f.connection?.source);
    if (!t) continue;
    const others = named(f).filter((id) => schoolOf.has(id) && schoolOf.get(id) !== t.staff_school);
    if (others.length === 0) continue;
    otherReported.findings++;
    for (const id of others) otherReported.pupils.add(id);
    otherReported.byKind[t.kind] = (otherReported.byKind[t.kind] ?? 0) + 1;
  }

  // Other schools' pupils' own rows (current, or former under 18, not exempted): found trust-wide.
  const findingsBy = new Map();
  for (const f of report.findings ?? []) {
    const s = f.connection?.source;
    if (!findingsBy.has(s)) findingsBy.set(s, []);
    findingsBy.get(s).push(f);
  }
  const otherRows = { n: 0, found: 0, flagged: 0, byRoute: {} };
  for (const t of truth) {
    if (!isOtherSchoolRow(t) || !isPupilRow(t)) continue;
    const fs = findingsBy.get(t.source) ?? [];
    const found = fs.some((f) => named(f).includes(t.pupil_id));
    const flagged = fs.some((f) => f.level === 'flag' && f.pupil?.id === t.pupil_id);
    if (!otherRows.byRoute[t.route]) otherRows.byRoute[t.route] = { n: 0, found: 0 };
    const r = otherRows.byRoute[t.route];
    r.n++;
    otherRows.n++;
    if (found) {
      r.found++;
      otherRows.found++;
    }
    if (flagged) otherRows.flagged++;
  }

  // Exempted rows reported, and of those how many named the exempted pupil (the rest a namesake).
  const exempted = { reported: 0, asThemselves: 0 };
  for (const t of truth) {
    const fs = t.kind === 'X_EXEMPT' ? (findingsBy.get(t.source) ?? []) : [];
    if (fs.length) exempted.reported++;
    if (fs.some((f) => named(f).includes(t.pupil_id))) exempted.asThemselves++;
  }

  // School by school (the member of staff's): rows, flags and false reviews per 1,000 rows.
  const perSchool = {};
  for (const t of scoped) {
    if (!perSchool[t.staff_school]) perSchool[t.staff_school] = { rows: 0, flags: 0, falseReviews: 0 };
    const x = perSchool[t.staff_school];
    x.rows++;
    for (const f of findingsBy.get(t.source) ?? []) {
      if (f.level === 'flag') x.flags++;
      else if (!isPupilRow(t)) x.falseReviews++;
    }
  }
  for (const x of Object.values(perSchool)) x.falseReviewsPer1000 = (1000 * x.falseReviews) / x.rows;

  // False reviews per 1,000 rows of each kind not to report.
  const falseReviewRates = {};
  for (const k of base.kinds) {
    if (k.pupil) continue;
    falseReviewRates[k.kind] = { n: k.n, reviews: base.falseReviews[k.kind] ?? 0 };
    falseReviewRates[k.kind].per1000 = (1000 * falseReviewRates[k.kind].reviews) / k.n;
  }

  // Calibration: a finding is right when its row is that pupil's own account.
  const bands = BANDS.map(([from, to]) => ({ from, to, n: 0, scoreSum: 0, right: 0 }));
  let scored = 0;
  for (const f of report.findings ?? []) {
    const t = original.get(f.connection?.source);
    if (!t || typeof f.score !== 'number') continue;
    const band = bands.find((b) => f.score >= b.from && f.score < b.to);
    if (!band) continue;
    scored++;
    band.n++;
    band.scoreSum += f.score;
    if (t.route !== '' && t.pupil_id === f.pupil?.id) band.right++;
  }
  const calibration = scored
    ? bands.map((b) => ({
        from: b.from,
        to: Math.min(1, b.to),
        n: b.n,
        meanScore: b.n ? b.scoreSum / b.n : null,
        rightPct: pct(b.right, b.n),
      }))
    : null;

  return {
    ...base,
    mode,
    scope: report.scope?.mode ?? null,
    otherSchoolReported: {
      findings: otherReported.findings,
      pupils: otherReported.pupils.size,
      byKind: otherReported.byKind,
    },
    otherSchoolPupils: { ...otherRows, foundPct: pct(otherRows.found, otherRows.n) },
    exempted,
    perSchool,
    falseReviewRates,
    calibration,
  };
}
