// Joins a JSON audit report to eval2's truth, row by row (`connection.source` is `file:line`), and
// counts what the README's figures are made of. Pure: the scorer and the tests share it.

/** Rows that are a pupil the policy covers: to be found. */
export const isPupilRow = (t) => (t.status === 'current' || t.status === 'former-u18') && t.kind !== 'X_EXEMPT';
const PARENT_KINDS = new Set(['A_PARENT', 'A_PARENT_TITLE']);
const pct = (num, den) => (den === 0 ? null : (100 * num) / den);

export function tally(truth, report) {
  const bySource = new Map(truth.map((t) => [t.source, t]));
  const findingsBy = new Map();
  let unjoined = 0;
  for (const f of report.findings ?? []) {
    const source = f.connection?.source;
    if (!bySource.has(source)) {
      unjoined++;
      continue;
    }
    if (!findingsBy.has(source)) findingsBy.set(source, []);
    findingsBy.get(source).push(f);
  }
  const names = (f) => [f.pupil?.id, ...(f.otherCandidates ?? []).map((c) => c.pupil?.id)];
  const kinds = {};
  const wrongFlags = {};
  const falseReviews = {};
  let flags = 0;
  let rightFlags = 0;
  let wrongPupilReviews = 0;
  const cls = { clear: { n: 0, flagged: 0, found: 0 }, weak: { n: 0, flagged: 0, found: 0 } };
  const mustBeZero = { former18Reported: 0, former18AsThemselves: 0, parentsFlagged: 0, exemptedReported: 0 };
  for (const t of truth) {
    if (!kinds[t.kind])
      kinds[t.kind] = { kind: t.kind, pupil: isPupilRow(t), n: 0, flagged: 0, reviewed: 0, missed: 0 };
    const k = kinds[t.kind];
    k.n++;
    const fs = findingsBy.get(t.source) ?? [];
    const flagged = fs.filter((f) => f.level === 'flag');
    const reviewed = fs.filter((f) => f.level === 'review');
    flags += flagged.length;
    if (isPupilRow(t)) {
      const right = flagged.filter((f) => f.pupil?.id === t.pupil_id);
      rightFlags += right.length;
      for (const f of flagged)
        if (f.pupil?.id !== t.pupil_id) wrongFlags.WRONG_PUPIL = (wrongFlags.WRONG_PUPIL ?? 0) + 1;
      const found = fs.some((f) => names(f).includes(t.pupil_id));
      for (const f of reviewed) if (!names(f).includes(t.pupil_id)) wrongPupilReviews++;
      if (right.length) k.flagged++;
      else if (found) k.reviewed++;
      else k.missed++;
      const c = cls[t.class];
      if (c) {
        c.n++;
        if (right.length) c.flagged++;
        if (found) c.found++;
      }
    } else {
      if (flagged.length) wrongFlags[t.kind] = (wrongFlags[t.kind] ?? 0) + flagged.length;
      if (reviewed.length) falseReviews[t.kind] = (falseReviews[t.kind] ?? 0) + reviewed.length;
      if (flagged.length) k.flagged++;
      else if (reviewed.length) k.reviewed++;
      else k.missed++;
      if (t.kind === 'FORMER_18' && fs.length) mustBeZero.former18Reported++;
      // Added after the first run: whether the tool named the 18+ leaver themself, or another pupil.
      if (t.kind === 'FORMER_18' && fs.some((f) => f.pupil?.id === t.pupil_id)) mustBeZero.former18AsThemselves++;
      if (t.kind === 'X_EXEMPT' && fs.length) mustBeZero.exemptedReported++;
      if (PARENT_KINDS.has(t.kind) && flagged.length) mustBeZero.parentsFlagged++;
    }
  }
  const exemptSources = new Set((report.exempted ?? []).map((e) => e.connection?.source));
  const exemptRows = truth.filter((t) => t.kind === 'X_EXEMPT');
  const falseReviewTotal = Object.values(falseReviews).reduce((a, b) => a + b, 0);
  return {
    rows: truth.length,
    findings: (report.findings ?? []).length,
    unjoined,
    flags,
    rightFlags,
    flagPrecision: pct(rightFlags, flags),
    wrongFlags,
    clear: {
      ...cls.clear,
      flaggedPct: pct(cls.clear.flagged, cls.clear.n),
      foundPct: pct(cls.clear.found, cls.clear.n),
    },
    weak: { ...cls.weak, flaggedPct: pct(cls.weak.flagged, cls.weak.n), foundPct: pct(cls.weak.found, cls.weak.n) },
    falseReviews,
    falseReviewTotal,
    falseReviewsPer1000: (1000 * falseReviewTotal) / Math.max(1, truth.length),
    wrongPupilReviews,
    mustBeZero,
    exemptedListed: { listed: exemptRows.filter((t) => exemptSources.has(t.source)).length, of: exemptRows.length },
    kinds: Object.values(kinds).sort((a, b) => Number(b.pupil) - Number(a.pupil) || a.kind.localeCompare(b.kind)),
  };
}
