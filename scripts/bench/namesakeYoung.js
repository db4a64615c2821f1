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

/**
 * The other side of the same date: a pupil's own account (one a parent set up, in the child's name)
 * connected when the pupil was 6 or 7, for pupils of 8 to 11 now (juniors, Year 7), for whom those years are
 * a large part of the life an account can have. Worth a look: a pupil to find, whatever the date says.
 */
export function juniorYoungRow(p, auditDate, rnd) {
  const born = Date.parse(p.dob);
  const age = (on) => new Date(on - born).getUTCFullYear() - 1970;
  const now = age(Date.parse(auditDate));
  if (now < 8 || now > 11) return undefined;
  const at = new Date(born);
  at.setUTCFullYear(at.getUTCFullYear() + 6 + rnd.int(2));
  at.setUTCDate(at.getUTCDate() + rnd.int(360));
  const connectedOn = at.toISOString().slice(0, 10);
  if (connectedOn > auditDate) return undefined;
  return {
    row: { displayName: `${p.fore} ${p.sur}`, connectedOn },
    label: { kind: 'junior_connected_6_7', pupil: p.id, expect: 'review' },
  };
}
