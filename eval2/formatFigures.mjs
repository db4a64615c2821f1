// eval2's printed figures for one audit (a school, or a trust under one scope), from tally().

const f1 = (x) => (x == null ? 'n/a' : x.toFixed(1));

export function formatFigures(seed, fig, extra = '') {
  const lines = [];
  const kindList = (o) =>
    Object.entries(o)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none';
  lines.push(`eval2 seed ${seed}: ${fig.rows} connection rows, ${fig.findings} findings${extra}`);
  lines.push(`  flag precision        ${f1(fig.flagPrecision)} % (${fig.rightFlags} of ${fig.flags} flags)`);
  lines.push(`  wrong flags           ${kindList(fig.wrongFlags)}`);
  lines.push(
    `  clear pupils          flagged ${f1(fig.clear.flaggedPct)} %, found ${f1(fig.clear.foundPct)} % (n ${fig.clear.n})`,
  );
  lines.push(
    `  weak pupils           flagged ${f1(fig.weak.flaggedPct)} %, found ${f1(fig.weak.foundPct)} % (n ${fig.weak.n})`,
  );
  lines.push(
    `  false reviews         ${fig.falseReviewsPer1000.toFixed(2)} per 1,000 rows (${fig.falseReviewTotal}): ${kindList(fig.falseReviews)}`,
  );
  lines.push(`  wrong-pupil reviews   ${fig.wrongPupilReviews} (reviews on a pupil's row naming another pupil only)`);
  const z = fig.mustBeZero;
  lines.push(
    `  must be zero          former 18+ reported ${z.former18Reported} (naming the leaver themself ${z.former18AsThemselves}), parents flagged ${z.parentsFlagged}, exempted reported ${z.exemptedReported}`,
  );
  lines.push(
    `  exempted listed       ${fig.exemptedListed.listed} of ${fig.exemptedListed.of}; findings not joined to a row: ${fig.unjoined}`,
  );
  lines.push('  kind                   n  flagged reviewed  missed   (adults: not reported)');
  for (const k of fig.kinds) {
    lines.push(
      `  ${k.kind.padEnd(19)}${String(k.n).padStart(6)}${String(k.flagged).padStart(9)}${String(k.reviewed).padStart(9)}${String(k.missed).padStart(8)}`,
    );
  }
  return lines.join('\n');
}
