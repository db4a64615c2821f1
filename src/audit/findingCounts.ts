import type { Finding } from '../model/report.js';

/** A report summary's counts of findings: the whole audit's, or one school's cut from it. */
export function findingCounts(findings: readonly Finding[]): {
  findings: { flag: number; review: number; total: number };
  staffWithFindings: number;
} {
  return {
    findings: {
      flag: findings.filter((f) => f.level === 'flag').length,
      review: findings.filter((f) => f.level === 'review').length,
      total: findings.length,
    },
    staffWithFindings: new Set(findings.map((f) => f.staff.id)).size,
  };
}
