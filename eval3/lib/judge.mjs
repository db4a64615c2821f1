// Scoring one audit's JSON report against eval3's truth: pure, so that a test can hand it a report.

/** The truth file's rows as objects. */
export function parseTruth(text) {
  const lines = splitCsv(text);
  const [header, ...rows] = lines;
  return rows.filter((r) => r.length > 1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

function splitCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** How a truth row stands under a scope: mode is 'whole-roll', 'own-school' or 'trust-wide'. */
export function standing(row, mode) {
  const pupilAccount = row.kind === 'pupil';
  const otherSchool = Boolean(row.pupil_school) && row.pupil_school !== row.staff_school;
  const covered = row.status === 'current' || Number(row.age) < 18;
  const inScope = pupilAccount && covered && !(mode === 'own-school' && otherSchool);
  const rel = mode === 'trust-wide' ? row.rel_trust : row.rel_own;
  let label;
  if (pupilAccount && !covered) label = 'former pupil 18+';
  else if (pupilAccount && otherSchool && mode === 'own-school') label = "other school's pupil (out of scope)";
  else if (pupilAccount) label = `pupil ${row.class} ${row.disguise}${otherSchool ? " (other school's)" : ''}`;
  else if (row.kind === 'exempt') label = 'declared family link (exempt)';
  else if (row.kind === 'namesake_parent') label = "parent sharing the child's name";
  else if (rel) label = `${row.kind} (${rel === 'exact' ? 'exact name of a pupil' : 'near name of a pupil'})`;
  else label = row.kind;
  return { inScope, otherSchool, covered, rel, label, pupilAccount };
}

const pct = (a, b) => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

/** Every figure issue #14 sets a target for, and the per-kind table. */
export function judge(truth, report, mode) {
  const bySource = new Map(truth.map((row) => [row.source, row]));
  const findRow = (source) => {
    if (bySource.has(source)) return bySource.get(source);
    const cut = source.replaceAll('\\', '/').split('/');
    for (let i = 1; i < cut.length; i++) {
      const tail = cut.slice(i).join('/');
      if (bySource.has(tail)) return bySource.get(tail);
    }
    return undefined;
  };
  const state = new Map(
    truth.map((row) => [row, { flagged: false, found: false, reported: false, namesOwn: false, flags: 0, reviews: 0 }]),
  );
  const wrongFlags = [];
  const falseReviews = [];
  const unmapped = [];
  let flags = 0;
  for (const f of report.findings ?? []) {
    const row = findRow(f.connection?.source ?? '');
    if (!row) {
      unmapped.push(f.connection?.source);
      continue;
    }
    const s = standing(row, mode);
    const st = state.get(row);
    st.reported = true;
    const named = f.pupil?.id === row.pupil_id;
    const among = named || (f.otherCandidates ?? []).some((c) => c.pupil?.id === row.pupil_id);
    if (among && row.pupil_id) st.namesOwn = true;
    const right = s.inScope && named;
    if (f.level === 'flag') {
      flags++;
      st.flags++;
      if (right) st.flagged = true;
      else wrongFlags.push({ label: s.label, source: row.source, pupil: f.pupil?.id, truth: row.pupil_id });
    } else st.reviews++;
    if (s.inScope && among) st.found = true;
    else if (f.level === 'review') falseReviews.push({ label: s.label, source: row.source });
  }
  const rows = [...state];
  const scoped = (pred) => rows.filter(([row]) => pred(row, standing(row, mode)));
  const clear = scoped((row, s) => s.inScope && row.class === 'clear');
  const weak = scoped((row, s) => s.inScope && row.class === 'weak');
  const reportedOf = (list) => list.filter(([, st]) => st.reported).length;
  // Reported as the pupil they are (by name or among the candidates), or as someone else.
  const asSelf = (list) => list.filter(([, st]) => st.namesOwn).length;
  const asOther = (list) => list.filter(([, st]) => st.reported && !st.namesOwn).length;
  const family = (pred) => scoped((row, s) => !s.pupilAccount && row.kind !== 'exempt' && pred(row, s));
  const otherSchools = scoped((_row, s) => s.pupilAccount && s.covered && s.otherSchool);
  const exemptRows = scoped((row) => row.kind === 'exempt');
  const exemptedSources = new Set((report.exempted ?? []).map((e) => findRow(e.connection?.source ?? '')?.source));

  const figures = {
    mode,
    connections: truth.length,
    flags,
    wrongFlags: wrongFlags.length,
    flagPrecision: flags === 0 ? null : (flags - wrongFlags.length) / flags,
    clear: clear.length,
    clearFlagged: clear.filter(([, st]) => st.flagged).length,
    clearFound: clear.filter(([, st]) => st.found).length,
    weak: weak.length,
    weakFound: weak.filter(([, st]) => st.found).length,
    falseReviews: falseReviews.length,
    falseReviewsPer1000: (1000 * falseReviews.length) / Math.max(1, truth.length),
    parentsReported: reportedOf(family((row, s) => row.kind === 'parent' && !s.rel)),
    parents: family((row, s) => row.kind === 'parent' && !s.rel).length,
    relativesReported: reportedOf(family((row, s) => (row.kind === 'relative' || row.kind === 'sibling') && !s.rel)),
    relatives: family((row, s) => (row.kind === 'relative' || row.kind === 'sibling') && !s.rel).length,
    namesakesReported: reportedOf(family((row, s) => Boolean(s.rel) || row.kind === 'namesake_parent')),
    namesakes: family((row, s) => Boolean(s.rel) || row.kind === 'namesake_parent').length,
    backgroundReported: reportedOf(family((row, s) => ['adult', 'colleague', 'page'].includes(row.kind) && !s.rel)),
    background: family((row, s) => ['adult', 'colleague', 'page'].includes(row.kind) && !s.rel).length,
    backgroundFlagged: family((row, s) => ['adult', 'colleague', 'page'].includes(row.kind) && !s.rel).filter(
      ([, st]) => st.flags > 0,
    ).length,
    former18Reported: asSelf(scoped((_row, s) => s.pupilAccount && !s.covered)),
    former18AsOther: asOther(scoped((_row, s) => s.pupilAccount && !s.covered)),
    former18: scoped((_row, s) => s.pupilAccount && !s.covered).length,
    exemptReported: asSelf(exemptRows),
    exemptAsOther: asOther(exemptRows),
    exempt: exemptRows.length,
    exemptListed: exemptRows.filter(([row]) => exemptedSources.has(row.source)).length,
    otherSchools: otherSchools.length,
    otherSchoolsReported: asSelf(otherSchools),
    otherSchoolsAsOther: asOther(otherSchools),
    clearSharedName: clear.filter(([row]) => Number(mode === 'trust-wide' ? row.shared_trust : row.shared_own) > 0)
      .length,
    otherSchoolsFound: otherSchools.filter(([, st]) => st.found).length,
    unmapped: unmapped.length,
  };

  const table = new Map();
  for (const [row, st] of rows) {
    const s = standing(row, mode);
    if (!table.has(s.label))
      table.set(s.label, { kind: s.label, n: 0, flagged: 0, reviewed: 0, missed: 0, inScope: s.inScope });
    const t = table.get(s.label);
    t.n++;
    if (s.inScope) {
      if (st.flagged) t.flagged++;
      else if (st.found) t.reviewed++;
      else t.missed++;
    } else if (st.flags > 0) t.flagged++;
    else if (st.reviews > 0) t.reviewed++;
  }
  const kinds = [...table.values()].sort((a, b) => b.inScope - a.inScope || a.kind.localeCompare(b.kind));
  // In-scope pupils' rows by how they stand and by platform: where the misses and reviews fall.
  const facets = new Map();
  for (const [row, st] of rows) {
    if (!standing(row, mode).inScope) continue;
    const status = row.status === 'current' ? 'current pupil' : 'former pupil under 18';
    for (const facet of [status, `on ${row.platform}`]) {
      if (!facets.has(facet)) facets.set(facet, { facet, n: 0, flagged: 0, found: 0 });
      const f = facets.get(facet);
      f.n++;
      if (st.flagged) f.flagged++;
      if (st.found) f.found++;
    }
  }
  const byFacet = [...facets.values()].sort((a, b) => a.facet.localeCompare(b.facet));
  return { figures, kinds, byFacet, wrongFlags, falseReviews, unmapped };
}

export function formatFigures({ figures: f, kinds, byFacet, wrongFlags }) {
  const lines = [];
  const count = (list) => {
    const m = new Map();
    for (const w of list) m.set(w.label, (m.get(w.label) ?? 0) + 1);
    return [...m].map(([k, n]) => `${n} ${k}`).join('; ');
  };
  lines.push(`scope ${f.mode}; ${f.connections} connection rows`);
  lines.push(
    `flag precision: ${f.flags - f.wrongFlags} right of ${f.flags} flags (${f.flagPrecision === null ? '—' : pct(f.flags - f.wrongFlags, f.flags)}); wrong: ${wrongFlags.length === 0 ? 'none' : count(wrongFlags)}`,
  );
  lines.push(
    `clear-cut pupils flagged / found: ${pct(f.clearFlagged, f.clear)} / ${pct(f.clearFound, f.clear)} of ${f.clear} (${f.clearSharedName} of them share their whole name with another pupil in scope)`,
  );
  lines.push(`weak-evidence pupils found: ${pct(f.weakFound, f.weak)} of ${f.weak}`);
  lines.push(`false reviews: ${f.falseReviews} (${f.falseReviewsPer1000.toFixed(2)} per 1,000 connection rows)`);
  lines.push(
    `reported (flag or review): parents ${f.parentsReported} of ${f.parents}; relatives ${f.relativesReported} of ${f.relatives}; namesakes and near-namesakes ${f.namesakesReported} of ${f.namesakes}; background adults and pages ${f.backgroundReported} of ${f.background} (${f.backgroundFlagged} flagged)`,
  );
  lines.push(
    `former pupils 18+ reported: ${f.former18Reported} of ${f.former18} (their accounts reported as another pupil: ${f.former18AsOther}); declared family links reported: ${f.exemptReported} of ${f.exempt} (as another pupil: ${f.exemptAsOther}; listed as exempted: ${f.exemptListed})`,
  );
  if (f.otherSchools > 0) {
    lines.push(
      f.mode === 'own-school'
        ? `other schools' pupils reported: ${f.otherSchoolsReported} of ${f.otherSchools} (their accounts reported as a pupil of the school: ${f.otherSchoolsAsOther})`
        : `other schools' pupils found: ${pct(f.otherSchoolsFound, f.otherSchools)} of ${f.otherSchools}`,
    );
  }
  if (f.unmapped > 0) lines.push(`findings whose source is on no truth row: ${f.unmapped}`);
  lines.push('');
  lines.push('| kind | n | flagged | reviewed | missed |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const k of kinds) {
    lines.push(
      `| ${k.kind}${k.inScope ? '' : ' †'} | ${k.n} | ${k.flagged} | ${k.reviewed} | ${k.inScope ? k.missed : '—'} |`,
    );
  }
  lines.push('† not a pupil in scope: every flag or review of it is wrong');
  lines.push('');
  lines.push('| pupils in scope | n | flagged | found |');
  lines.push('| --- | --- | --- | --- |');
  for (const k of byFacet) lines.push(`| ${k.facet} | ${k.n} | ${pct(k.flagged, k.n)} | ${pct(k.found, k.n)} |`);
  return lines.join('\n');
}
