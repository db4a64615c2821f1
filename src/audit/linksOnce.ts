import type { Exemption } from '../model/records.js';

/** A family link as it applies, with every row of the file that records it. */
export interface RecordedLink {
  /** The row that applies: the last. */
  exemption: Exemption;
  /** Every row recording it, in file order (more than one where two people recorded it at once, or files were joined by hand). */
  rows: Exemption[];
}

/**
 * Each recorded link once, in the order the file first names it, as the audit applies it: a link on
 * several rows is its last row, so that a row renewed below an older copy is the one checked for review.
 */
export function linksOnce(exemptions: readonly Exemption[]): RecordedLink[] {
  const byKey = new Map<string, RecordedLink>();
  for (const exemption of exemptions) {
    const key = `${exemption.staffId}\u0000${exemption.pupilId}`;
    const link = byKey.get(key);
    if (link) {
      link.exemption = exemption;
      link.rows.push(exemption);
    } else byKey.set(key, { exemption, rows: [exemption] });
  }
  return [...byKey.values()];
}
