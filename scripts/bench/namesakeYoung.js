/**
 * Adults bearing a pupil's whole name, connected when the pupil was 4 to 7 (issue 14): a grown-up of
 * that name, met at a time the pupil was an infant. Only pupils 8 or over now: for an infant, 4 to 7 is
 * now, when a namesake's account and the pupil's are connected alike. How much such a date says is the
 * audit's own to estimate (how seldom its pupils' accounts beyond doubt were connected so young); the
 * policy never flags them, and reviews them only where nothing else tells them apart. Planted as many
 * as each of the bench's later kinds (one per disguise's share of the pupil rows, at least 12), chosen
 * before the engine read any.
 */

/** `{ row, label }` for pupil `p` (a namesake connected at 4 to 7, on or before `auditDate`), or undefined. */
export function namesakeYoungRow(p, auditDate, rnd) {
  const born = Date.parse(p.dob);
  const eighth = new Date(born);
  eighth.setUTCFullYear(eighth.getUTCFullYear() + 8);
  if (eighth.toISOString().slice(0, 10) > auditDate) return undefined;
  const at = new Date(born);
  at.setUTCFullYear(at.getUTCFullYear() + 4 + rnd.int(4));
  at.setUTCDate(at.getUTCDate() + rnd.int(360));
  const connectedOn = at.toISOString().slice(0, 10);
  if (connectedOn > auditDate) return undefined;
  return {
    row: { displayName: `${p.fore} ${p.sur}`, connectedOn },
    label: { kind: 'namesake_connected_age_4_7', trap: true, expect: 'none', pupil: p.id },
  };
}
