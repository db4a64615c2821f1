#!/usr/bin/env node
// How long the PDF reporter takes for a large report: 2,000 findings for 100 members of staff.
//   npm run build && node scripts/bench-pdf.mjs [FINDINGS]
// Prints one line: findings, pages, bytes, milliseconds (best of three runs after a warm-up).
import { pdfReporter } from '../dist/report/pdf/pdfReporter.js';

const FORENAMES = ['Zoë', 'Łucja', 'Oğuz', 'Lan', 'Σοφία', 'Анна', 'Amelia', 'Harry', 'Noah', 'Olivia', 'Jack', 'Isla'];
const SURNAMES = [
  'Łukasik',
  'Nowak',
  'Yılmaz',
  'Nguyễn',
  'Παπαδοπούλου',
  'Иванова',
  'Jones',
  'Smith-Patel',
  'Evans',
  'Brown',
];
const PLATFORMS = ['facebook', 'instagram', 'tiktok', 'snapchat', 'x'];

export function largeReport(count, staffCount = 100) {
  const staff = Array.from({ length: staffCount }, (_, i) => ({
    id: `S${String(i + 1).padStart(3, '0')}`,
    name: `Staff Member ${i + 1}`,
    role: i % 7 === 0 ? 'Governor' : 'Teacher',
  }));
  const findings = Array.from({ length: count }, (_, i) => {
    const name = `${FORENAMES[i % FORENAMES.length]} ${SURNAMES[(i * 7) % SURNAMES.length]}`;
    const current = i % 5 !== 0;
    return {
      level: i % 4 === 0 ? 'review' : 'flag',
      staff: staff[Math.floor((i * staffCount) / count)],
      pupil: {
        id: `P${i}`,
        name,
        status: current ? 'current' : 'former',
        age: current ? 5 + (i % 11) : 16,
        yearGroup: current ? `Year ${1 + (i % 6)}` : undefined,
      },
      connection: {
        platform: PLATFORMS[i % PLATFORMS.length],
        name,
        username: `user.${i}`,
        relationship: i % 2 ? 'friend' : 'follower',
        connectedOn: '2025-03-01',
        source: `connections/S${i % staffCount}/list.csv:${i + 2}`,
      },
      score: 0.95,
      reasons:
        i % 4 === 0
          ? ['TYPO', 'FORMER_PUPIL_DOB_UNKNOWN']
          : ['NAME_EXACT', current ? 'CURRENT_PUPIL' : 'FORMER_PUPIL_UNDER_18'],
    };
  });
  const flag = findings.filter((f) => f.level === 'flag').length;
  return {
    tool: { name: 'social-audit', version: '0.1.0' },
    auditDate: '2026-11-24',
    school: 'Hollowmere Academy Trust',
    summary: {
      pupils: { current: 5000, former: 800, formerInScope: 300 },
      staff: staffCount,
      connections: 250000,
      findings: { flag, review: count - flag, total: count },
      staffWithFindings: staffCount,
      exempted: 0,
      dismissed: 0,
      warnings: 0,
    },
    findings,
    exempted: [],
    dismissed: [],
    coverage: staff.map((s) => ({ staff: s, platforms: { facebook: 1000, instagram: 1500 }, connections: 2500 })),
    warnings: [],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 2000);
  const report = largeReport(count);
  const context = { color: false, width: 100, ranBy: 'Bench', term: 'Autumn term 2026' };
  await pdfReporter(report, context);
  let best = Infinity;
  let bytes;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    bytes = await pdfReporter(report, context);
    best = Math.min(best, performance.now() - start);
  }
  const pages = (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
  console.log(`pdf: ${count} findings, ${pages} pages, ${bytes.length} bytes in ${Math.round(best)} ms`);
}
