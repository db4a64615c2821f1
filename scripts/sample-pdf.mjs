#!/usr/bin/env node
// Writes a sample audit of an invented school as PDFs, full and redacted, to out/ (kept out of git):
//   npm run build && node scripts/sample-pdf.mjs [OUTDIR]
// Everyone in it is invented. It runs the real audit on the CSV text below, then the PDF reporter.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAudit } from '../dist/audit/runAudit.js';
import { textSourceFromString } from '../dist/io/TextSource.js';
import { pdfReporter } from '../dist/report/pdf/pdfReporter.js';
import { redactReport } from '../dist/report/redact.js';

const csv = (...rows) => `${rows.join('\n')}\n`;

const roll = csv(
  'UPN,Legal Forename,Legal Surname,Preferred Forename,DOB,Year,Reg',
  'A100000000001,Zoë,Łukasik,,14/03/2019,Year 2,2L',
  'A100000000002,Łucja,Nowak,,02/07/2018,Year 3,3N',
  'A100000000003,Oğuz,Yılmaz,,30/11/2017,Year 4,4Y',
  'A100000000004,Lan,Nguyễn,,09/09/2016,Year 5,5G',
  'A100000000005,Σοφία,Παπαδοπούλου,,21/01/2016,Year 5,5G',
  'A100000000006,Анна,Иванова,,05/05/2015,Year 6,6K',
  'A100000000007,Amelia,Jones,Millie,12/12/2018,Year 3,3N',
  'A100000000008,Harry,Smith-Patel,,01/04/2017,Year 4,4Y',
  'A100000000009,Fang,Wang,,17/08/2016,Year 5,5G',
  'A100000000010,Arjun,Shah,,03/03/2019,Year 2,2L',
);
const leavers = csv(
  'UPN,Legal Forename,Legal Surname,DOB,Date of Leaving',
  'B200000000001,Jack,Taylor,01/05/2010,20/07/2021',
  'B200000000002,Olivia,Brown,,22/07/2022',
  'B200000000003,Noah,Evans,01/01/2006,20/07/2017',
);
const staff = csv(
  'staff_id,name,role',
  'S01,Mrs Helen Carter,Class teacher',
  'S02,David Okafor,Teaching assistant',
  'S03,Priya Shah,Governor',
  'S04,Tom Fletcher,Volunteer',
  'S05,Sarah Hughes,Headteacher',
);
const exemptions = csv(
  'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
  'S03,A100000000010,aunt,2026-09-08,Sarah Hughes,2027-09-08,Declared at induction',
);
const connections = csv(
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S01,facebook,Zoë Łukasik,,friend,2025-03-01',
  'S01,instagram,Łucja Nowak,lucja.nowak,follower,2026-01-15',
  'S01,instagram,Millie Jones,millie.j2018,follower,',
  'S01,facebook,Jack Taylor,,friend,2021-08-02',
  'S01,facebook,Noah Evans,,friend,2019-05-05',
  'S02,tiktok,Oğuz Yılmaz,oguz.yilmaz,follower,2026-06-30',
  'S02,instagram,Nguyễn Lan,lan.nguyen,follower,2026-02-11',
  'S02,snapchat,Olivia Brown,liv.brown,friend,2024-10-10',
  'S02,instagram,王芳 Fang Wang,fang.wang,following,2026-05-01',
  'S04,facebook,Σοφία Παπαδοπούλου,,friend,2026-04-04',
  'S04,instagram,Анна Иванова,anna.ivanova,follower,2026-04-05',
  'S04,instagram,Harry Patel,harry.p,follower,',
  'S03,facebook,Arjun Shah,,friend,2024-12-25',
  'S03,facebook,Sam Green,,friend,2020-01-01',
);

const report = await runAudit(
  {
    rolls: [textSourceFromString('roll.csv', roll), textSourceFromString('leavers.csv', leavers)],
    staff: textSourceFromString('staff.csv', staff),
    exemptions: textSourceFromString('exemptions.csv', exemptions),
    connections: [{ source: textSourceFromString('connections.csv', connections) }],
  },
  { auditDate: '2026-11-24', school: 'Hollowmere Primary School' },
);

const outDir = process.argv[2] ?? 'out';
mkdirSync(outDir, { recursive: true });
const context = { color: false, width: 100, ranBy: 'Jo Whitfield, Trust data manager', term: 'Autumn term 2026' };
for (const [name, shown] of [
  ['sample.pdf', report],
  ['sample-redacted.pdf', redactReport(report)],
]) {
  const file = path.join(outDir, name);
  writeFileSync(file, await pdfReporter(shown, context));
  console.log(`${file}: ${shown.summary.findings.flag} flagged, ${shown.summary.findings.review} for review`);
}
