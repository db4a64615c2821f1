// Prints the calibration figures (see calibration.mjs) as lines of plain text.

const p4 = (x) => (x === null || x === undefined ? '—' : x.toFixed(4));
const edge = (x) => String(x);
const binName = (b) =>
  b.lo === 0 ? `< ${edge(b.hi)}` : b.hi === 1 ? `≥ ${edge(b.lo)}` : `${edge(b.lo)}–${edge(b.hi)}`;
const head = (first) =>
  `  ${first.padEnd(34)} ${'n'.padStart(6)} ${'mean score'.padStart(11)} ${'share right'.padStart(12)} ${'Σ scores'.padStart(9)} ${'right'.padStart(6)} ${'Brier'.padStart(7)} ${'ECE'.padStart(7)}`;
const line = (name, t) =>
  `  ${name.padEnd(34)} ${String(t.n).padStart(6)} ${p4(t.meanScore).padStart(11)} ${p4(t.shareRight).padStart(12)} ${t.sumScore.toFixed(1).padStart(9)} ${String(t.right).padStart(6)} ${(t.brier === undefined ? '' : p4(t.brier)).padStart(7)} ${(t.ece === undefined ? '' : p4(t.ece)).padStart(7)}`;

export function formatCalibration(c) {
  const lines = [
    'calibration: of the (row, pupil) pairs given a score p, are about p right?',
    '  (each finding names one pair, each of its other candidates another; right = the row is that pupil;',
    "   Σ scores: the number right the scores promise; Brier: mean squared error; ECE: the bins' |mean − share| by n)",
    head('score'),
  ];
  for (const b of c.bins) lines.push(line(binName(b), { ...b, brier: undefined, ece: undefined }));
  lines.push(line('all', c));
  lines.push('', head('by group (of the row)'));
  for (const [name, t] of Object.entries(c.byGroup)) lines.push(line(name, t));
  lines.push('', head('by role'));
  for (const [name, t] of Object.entries(c.byRole)) lines.push(line(name, t));
  lines.push(
    '',
    `  flags scored below 0.99 ${c.flagsBelow099}; reviews scored 0.99 or more ${c.reviewsAtOrAbove099}; rows whose scores sum over 1: ${c.rowsOverOne}`,
    `  pupil rows to report that no score names (below what the report shows): ${c.expectedPupilRows.unnamed} of ${c.expectedPupilRows.n}`,
  );
  if (c.unscored || c.duplicates)
    lines.push(
      `  NOTE: ${c.unscored} pairs without a score in 0–1 left out; ${c.duplicates} pairs given twice counted once`,
    );
  return lines;
}
