// Prints the figures as plain text: a summary, then the per-kind table, then the calibration table.
import { formatCalibration } from './formatCalibration.mjs';

const f1 = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(1)} %`);

export function formatFigures(s, { seconds, peakMiB } = {}) {
  const lines = [];
  const mode = s.trust ? (s.trustWide ? 'trust-wide' : 'scoped (each school)') : 'one school';
  lines.push(`held-out evaluation: ${s.size} (seed ${s.seed}), ${mode}, ${s.connections} connections`);
  if (s.toolConnections !== null && s.toolConnections !== s.connections)
    lines.push(`  NOTE: the tool read ${s.toolConnections} connections; the evaluation wrote ${s.connections}`);
  if (s.toolScope) lines.push(`  the report's scope        ${s.toolScope}`);
  const warnings = Object.entries(s.warningsByCode ?? {});
  if (warnings.length) lines.push(`  warnings                  ${warnings.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  lines.push(
    `  flag precision            ${f1(s.flagPrecision)}  (${s.rightFlags} right, ${s.wrongFlags} wrong of ${s.flags} flags)`,
  );
  const wrong = Object.entries(s.wrongFlagsByKind).sort((a, b) => b[1] - a[1]);
  if (wrong.length) lines.push(`  wrong flags by kind       ${wrong.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push(
    `  clear-cut pupils          flagged ${f1(s.clearCut.flaggedPct)}, found ${f1(s.clearCut.foundPct)} (n = ${s.clearCut.n})`,
  );
  lines.push(
    `  weak-evidence pupils      found ${f1(s.weakEvidence.foundPct)}, flagged ${f1(s.weakEvidence.flaggedPct)} (n = ${s.weakEvidence.n})`,
  );
  lines.push(
    `  false reviews             ${s.falseReviewsPer1000.toFixed(2)} per 1,000 connections (${s.falseReviews} of ${s.reviews} reviews)`,
  );
  const fr = Object.entries(s.falseReviewsByKind)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  if (fr.length)
    lines.push(
      `  false reviews by kind     ${fr.map(([k, n]) => `${k} ${n}`).join(', ')}${Object.keys(s.falseReviewsByKind).length > 8 ? ', …' : ''}`,
    );
  lines.push(
    `  background adults flagged ${s.backgroundAdultsFlagged} (reviewed ${s.backgroundAdultsReviewed}); unplanned namesakes and near-namesakes flagged ${s.namesakeBackgroundFlagged}`,
  );
  lines.push(`  planted adults flagged    ${s.adultTrapsFlagged}`);
  const m = s.mustNeverBeReported;
  lines.push(
    `  must be 0                 former 18+ ${m.former18Plus}, parents/relatives ${m.parents}, exempted links ${m.exemptedLinks} (exempted listed ${s.exemptedListed.listed} of ${s.exemptedListed.of})`,
  );
  if (s.otherSchool) {
    lines.push(
      s.trustWide
        ? `  other schools' pupils     found ${f1(s.otherSchool.foundPct)} (n = ${s.otherSchool.n})`
        : `  other schools' pupils     reported ${s.otherSchool.pupilsOfAnotherSchoolReported} (must be 0)`,
    );
  }
  if (seconds !== undefined)
    lines.push(`  audit time                ${seconds.toFixed(1)} s${peakMiB ? `, peak ${peakMiB} MiB` : ''}`);
  lines.push('');
  lines.push(
    `  ${'group'.padEnd(26)} ${'kind'.padEnd(30)} ${'n'.padStart(5)} ${'flagged'.padStart(8)} ${'reviewed'.padStart(9)} ${'missed'.padStart(7)} ${'wrong'.padStart(6)}`,
  );
  for (const t of s.perKind) {
    lines.push(
      `  ${t.group.padEnd(26)} ${t.kind.padEnd(30)} ${String(t.n).padStart(5)} ${String(t.flagged).padStart(8)} ${String(t.reviewed).padStart(9)} ${String(t.missed).padStart(7)} ${String(t.wrong).padStart(6)}`,
    );
  }
  lines.push('  (for adults and rows "not expected", "flagged"/"reviewed" are errors and "missed" is right;');
  lines.push('   "wrong": reported, but only as other pupils: a wrong flag or a false review, never right)');
  if (s.calibration) lines.push('', ...formatCalibration(s.calibration));
  return `${lines.join('\n')}\n`;
}
