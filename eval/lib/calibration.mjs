// Does the report's probability mean what it says? A reliability table of the findings' scores.
//
// Every (connection row, pupil) pair the report gives a score is one prediction: the finding's own
// pupil, and each of its otherCandidates. It is right when the row really is that pupil's account,
// whether or not the policy should report it (see eval/README.md, "Calibration").

/** Lower edges of the bins; a bin holds [edge, next edge), so 0.99 itself is in 0.99–0.999. */
export const BIN_EDGES = [0, 0.05, 0.2, 0.5, 0.8, 0.95, 0.99, 0.999];

const PUPIL_WHO = new Set(['current', 'former', 'other-school', 'exempt', 'former-18plus']);

/** Groups of rows, in the order they are printed. */
export const GROUPS = [
  'clear',
  'weak',
  'pupil the policy does not report',
  'planted adults',
  'background namesakes',
  'background',
];
export const ROLES = ['flag', 'review', 'candidate'];

export function binOf(score) {
  let i = BIN_EDGES.length - 1;
  while (score < BIN_EDGES[i]) i--;
  return i;
}

const isScore = (x) => typeof x === 'number' && x >= 0 && x <= 1;

/** Where a row belongs: expected(r) says whether the policy should report this pupil row. */
export function groupOf(row, expected) {
  if (!row) return 'background';
  if (row.who === 'namesake-background') return 'background namesakes';
  if (row.class === 'adult') return 'planted adults';
  return expected(row) ? row.class : 'pupil the policy does not report';
}

/**
 * The table for a list of { score, right } predictions: per bin n, mean score and share right; over
 * all, the Brier score (mean squared error), the expected calibration error (the bins' |mean score −
 * share right| weighted by their n) and the sum of scores beside the count right.
 */
export function reliability(predictions) {
  const bins = BIN_EDGES.map((lo, i) => ({ lo, hi: BIN_EDGES[i + 1] ?? 1, n: 0, sumScore: 0, right: 0 }));
  let brier = 0;
  for (const p of predictions) {
    const b = bins[binOf(p.score)];
    b.n++;
    b.sumScore += p.score;
    if (p.right) b.right++;
    brier += (p.score - (p.right ? 1 : 0)) ** 2;
  }
  const n = predictions.length;
  let ece = 0;
  for (const b of bins) {
    b.meanScore = b.n ? b.sumScore / b.n : null;
    b.shareRight = b.n ? b.right / b.n : null;
    if (b.n) ece += (b.n / n) * Math.abs(b.meanScore - b.shareRight);
  }
  const sumScore = bins.reduce((a, b) => a + b.sumScore, 0);
  const right = bins.reduce((a, b) => a + b.right, 0);
  return {
    n,
    sumScore,
    right,
    meanScore: n ? sumScore / n : null,
    shareRight: n ? right / n : null,
    brier: n ? brier / n : null,
    ece: n ? ece : null,
    bins,
  };
}

/**
 * report: the tool's JSON report (findings with score and otherCandidates[].score); rowsBySource: the
 * truth's planted rows by source; expected(row): whether the policy should report that pupil row.
 */
export function calibrate(report, rowsBySource, expected) {
  const predictions = [];
  const seen = new Map(); // source → Map(pupil id → score): one prediction per row and pupil
  let unscored = 0;
  let duplicates = 0;
  let flagsBelow = 0;
  let reviewsAtOrAbove = 0;
  const add = (f, pupilId, score, role) => {
    if (!isScore(score)) {
      unscored++;
      return;
    }
    const source = f.connection?.source;
    if (!seen.has(source)) seen.set(source, new Map());
    const pupils = seen.get(source);
    if (pupils.has(pupilId)) {
      duplicates++;
      return;
    }
    pupils.set(pupilId, score);
    const row = rowsBySource.get(source);
    const right = Boolean(row && PUPIL_WHO.has(row.who) && row.pupil_id && pupilId === row.pupil_id);
    predictions.push({ score, right, role, group: groupOf(row, expected) });
  };
  const findings = report.findings ?? [];
  // A finding's own pupil first, so that a pair also given as a candidate elsewhere keeps its finding's role.
  for (const f of findings) {
    add(f, f.pupil?.id, f.score, f.level === 'flag' ? 'flag' : 'review');
    if (f.level === 'flag' && isScore(f.score) && f.score < 0.99) flagsBelow++;
    if (f.level !== 'flag' && isScore(f.score) && f.score >= 0.99) reviewsAtOrAbove++;
  }
  for (const f of findings) for (const c of f.otherCandidates ?? []) add(f, c.pupil?.id, c.score, 'candidate');
  // Pupil rows the policy should report that no score names: their probability fell below what the report shows.
  let expectedRows = 0;
  let expectedUnnamed = 0;
  for (const row of rowsBySource.values()) {
    if (!(PUPIL_WHO.has(row.who) && expected(row))) continue;
    expectedRows++;
    if (!seen.get(row.source)?.has(row.pupil_id)) expectedUnnamed++;
  }
  let rowsOverOne = 0;
  for (const pupils of seen.values()) {
    let sum = 0;
    for (const s of pupils.values()) sum += s;
    if (sum > 1 + 1e-9) rowsOverOne++;
  }
  const by = (key, names) =>
    Object.fromEntries(
      names.map((name) => [name, reliability(predictions.filter((p) => p[key] === name))]).filter(([, t]) => t.n),
    );
  return {
    ...reliability(predictions),
    byGroup: by('group', GROUPS),
    byRole: by('role', ROLES),
    unscored,
    duplicates,
    expectedPupilRows: { n: expectedRows, unnamed: expectedUnnamed },
    rowsOverOne,
    flagsBelow099: flagsBelow,
    reviewsAtOrAbove099: reviewsAtOrAbove,
  };
}
