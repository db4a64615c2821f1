// Writes the hostile inputs beside this script (invented people only). Run: node test/hostile/read/make-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const write = (name, data) => {
  mkdirSync(path.dirname(path.join(here, name)), { recursive: true });
  writeFileSync(path.join(here, name), data);
};
const cp1252 = (text) =>
  Buffer.from([...text].map((ch) => ({ ë: 0xeb, é: 0xe9, ö: 0xf6, '€': 0x80 })[ch] ?? ch.charCodeAt(0)));

// Excel's "CSV (Macintosh)": lines end in a lone CR.
const mac = (rows) => `${rows.join('\r')}\r`;
const rollRows = [
  'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
  'M1,Ashdown,Tilly,03/04/2013,Year 8,8A',
  'M2,Fenwick,Zoë,15/09/2012,Year 9,9B',
  'M3,Garrow,Ned,01/01/2014,Year 7,7C',
];
write('mac/roll.csv', mac(rollRows));
write(
  'mac/leavers.csv',
  mac([
    'UPN,First Name,Last Name,Date of Birth,Date of Leaving',
    'L1,Pip,Hollis,01/02/2011,20/07/2025',
    'L2,Rue,Kestle,05/06/2010,20/07/2025',
  ]),
);
write('mac/staff.csv', mac(['staff_id,name,role', 'S1,Dora Quill,Teacher', 'S2,Ivo Brack,TA']));
write(
  'mac/exemptions.csv',
  mac([
    'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
    'S2,M3,parent,2026-01-01,Head,2027-01-01,',
  ]),
);
write(
  'mac/connections.csv',
  mac([
    'staff_id,platform,display_name,username,relationship,connected_on',
    'S1,instagram,Tilly Ashdown,tilly.a,follower,2025-02-02',
    'S1,instagram,Zoë Fenwick,zoe.f,follower,2025-02-03',
    'S2,facebook,Ned Garrow,ned.g,friend,2025-02-04',
    'S1,facebook,Pip Hollis,pip.h,friend,2025-02-05',
  ]),
);

// UTF-16 with a BOM, as Excel's "Unicode Text" writes it (tab-separated).
const utf16Text = `${rollRows.map((row) => row.replaceAll(',', '\t')).join('\r\n')}\r\n`;
write('utf16le-roll.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf16Text, 'utf16le')]));
write('utf16be-roll.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16Text, 'utf16le').swap16()]));

// Windows-1252 whose first accent comes after 64 KiB (and again after 1 MiB, past the first chunk).
const filler = [];
for (let i = 0; filler.join('\r\n').length < 70 * 1024; i++) filler.push(`F${i},Filler,Pupil${i},01/01/2013,Year 8,8A`);
const late = ['UPN,Legal Surname,Legal Forename,DOB,Year,Reg', ...filler, 'Z1,Fenwick,Zoë,15/09/2012,Year 9,9B'];
write('cp1252-late-accent/roll.csv', cp1252(`${late.join('\r\n')}\r\n`));
const later = [...late];
while (later.join('\r\n').length < 1100 * 1024)
  later.splice(1, 0, `G${later.length},Filler,Pupil${later.length},01/01/2013,Year 8,8A`);
write('cp1252-after-first-chunk/roll.csv', cp1252(`${later.join('\r\n')}\r\nZ2,Brontë,Chloé,01/01/2013,Year 8,8A\r\n`));
write('cp1252-late-accent/staff.csv', 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\n');
write(
  'cp1252-late-accent/connections.csv',
  'staff_id,platform,display_name,username,relationship,connected_on\r\nS1,instagram,Zoë Fenwick,zoe.f,follower,2025-02-03\r\n',
);

// Terminal escapes, bidi overrides, C1 controls and raw line breaks in every field.
const E = '\u001b';
const nasty = (tag) =>
  `${tag}${E}[2J${E}]0;pwned\u0007${E}]8;;http://x.invalid\u0007link${E}]8;;\u0007${E}]52;c;cGF5bG9hZA==\u0007${E}[?1049h\u202egnp.exe\u009b31m\u0085\u007f\r`;
const q = (value) => `"${value.replaceAll('"', '""')}"`;
const row = (...cells) => cells.map(q).join(',');
write(
  'escapes/roll.csv',
  `${['UPN,Legal Surname,Legal Forename,DOB,Year,Reg', row('E1', 'Ashdown', 'Tilly', '03/04/2013', nasty('Year 8'), nasty('8A'))].join('\r\n')}\r\n`,
);
write('escapes/staff.csv', `staff_id,name,role\r\n${row('S1', nasty('Dora Quill\nFAKE LINE'), nasty('Teacher'))}\r\n`);
write(
  'escapes/connections.csv',
  `staff_id,platform,display_name,username,relationship,connected_on\r\n${row('S1', 'instagram', 'Tilly Ashdown', nasty('tilly.a'), 'follower', '2025-02-02')}\r\n${row('S9', 'instagram', 'Tilly Ashdown', nasty('other'), 'follower', '2025-02-02')}\r\n`,
);
write('escapes-header/roll.csv', `${row('UPN', nasty('Surname'), 'Forename')}\r\nE1,Ashdown,Tilly\r\n`);
write('long-header/roll.csv', `${Array.from({ length: 5000 }, (_, i) => `Column ${i}`).join(',')}\r\nE1\r\n`);
write(
  'unclosed-quote/roll.csv',
  `UPN,Legal Surname,Legal Forename,DOB,Year,Reg\r\nQ1,"Ashdown,Tilly,03/04/2013,Year 8,8A\r\n${'Q2,Fenwick,Ned,01/01/2014,Year 7,7C\r\n'.repeat(2000)}`,
);
// Dates of birth after the audit date, and a leaver born after leaving.
write(
  'future-dob/roll.csv',
  'UPN,Legal Surname,Legal Forename,DOB,Year,Reg\r\nD1,Ashdown,Tilly,09/02/2061,Year 8,8A\r\n',
);
write(
  'future-dob/leavers.csv',
  'UPN,First Name,Last Name,Date of Birth,Date of Leaving\r\nD2,Pip,Hollis,01/02/2025,20/07/2024\r\n',
);
write('future-dob/staff.csv', 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\n');
write(
  'future-dob/connections.csv',
  'staff_id,platform,display_name,username,relationship,connected_on\r\nS1,instagram,Tilly Ashdown,tilly.a,follower,2025-02-02\r\nS1,facebook,Pip Hollis,pip.h,friend,2024-02-05\r\n',
);
write(
  'escapes/exemptions.csv',
  `staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note\r\n${row('S1', 'E1', nasty('aunt'), '2026-01-01', nasty('Head'), '2027-01-01', nasty('note'))}\r\n${row(nasty('S7'), nasty('E9'), 'parent', '', '', '', '')}\r\n`,
);

// Mac Excel's "CSV (Macintosh)": Mac Roman, lines ending in a lone CR, no BOM. The bytes are
// TextDecoder('macintosh')'s own table read backwards.
const macRomanByte = new Map();
for (let byte = 0x80; byte <= 0xff; byte++)
  macRomanByte.set(new TextDecoder('macintosh').decode(Uint8Array.of(byte)), byte);
const macRoman = (rows) =>
  Buffer.from(
    [...`${rows.join('\r')}\r`].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : macRomanByte.get(ch))),
  );
write(
  'mac-roman/roll.csv',
  macRoman([
    'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
    'R1,Ashdown,Tilly,03/04/2013,Year 8,8A',
    'R2,Clarke,Zoë,15/09/2012,Year 9,9B',
    'R3,Núñez,José,01/01/2014,Year 7,7C',
  ]),
);
write(
  'mac-roman/leavers.csv',
  macRoman(['UPN,First Name,Last Name,Date of Birth,Date of Leaving', 'L1,Chloé,Brontë,01/02/2011,20/07/2025']),
);
write('mac-roman/staff.csv', macRoman(['staff_id,name,role', 'S1,Renée Müller,Teacher', 'S2,Søren Dahl,TA']));
write(
  'mac-roman/exemptions.csv',
  macRoman([
    'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
    'S2,R3,parent,2026-01-01,Mme Bézier,2027-01-01,père',
  ]),
);
// The connections come from the platforms, in UTF-8: a roll read in the wrong encoding loses its pupils.
write(
  'mac-roman/connections.csv',
  [
    'staff_id,platform,display_name,username,relationship,connected_on',
    'S1,facebook,Zoë Clarke,zoe.c,friend,2025-02-03',
    'S1,facebook,Chloé Brontë,chloe.b,friend,2025-02-05',
    'S2,facebook,José Núñez,jose.n,friend,2025-02-04',
  ].join('\r\n'),
);
// Its only accent one both encodings read as plausibly (Mac Roman's í, Windows-1252's ’): the CRs decide.
write(
  'mac-roman-one-accent/roll.csv',
  macRoman(['UPN,Legal Surname,Legal Forename,DOB,Year,Reg', 'R1,Ríos,Ana,03/04/2013,Year 8,8A']),
);
write('mac-roman-one-accent/staff.csv', 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\n');
write(
  'mac-roman-one-accent/connections.csv',
  'staff_id,platform,display_name,username,relationship,connected_on\r\nS1,facebook,Ana Ríos,ana.r,friend,2025-02-03\r\n',
);
// The same, with no accent in its first 16 KiB (the head formats are recognised by) nor its first 64 KiB chunk.
write(
  'mac-roman-late-accent/roll.csv',
  macRoman([
    'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
    ...Array.from({ length: 2500 }, (_, i) => `F${i},Filler,Pupil${i},01/01/2013,Year 8,8A`),
    'R2,Clarke,Zoë,15/09/2012,Year 9,9B',
  ]),
);
write('mac-roman-late-accent/staff.csv', 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\n');
write(
  'mac-roman-late-accent/connections.csv',
  'staff_id,platform,display_name,username,relationship,connected_on\r\nS1,facebook,Zoë Clarke,zoe.c,friend,2025-02-03\r\n',
);
// Windows-1252 with a Mac's line ends: its accents are Windows-1252's, and it stays so.
write(
  'cp1252-cr/roll.csv',
  cp1252('UPN,Legal Surname,Legal Forename,DOB,Year,Reg\rZ1,Fenwick,Zoë,15/09/2012,Year 9,9B\r'),
);

// Mac Excel's "CSV (Macintosh)" family links and review decisions, whose all-digit admission numbers Excel
// read as numbers and saved without their leading zeros (00123 → 123); the roll, from the MIS, keeps them.
// 789 could be 0789 or 00789 (twins): neither is assumed.
write(
  'mac-roman-zeros/roll.csv',
  [
    'Adno,Legal Surname,Legal Forename,DOB,Year,Reg',
    '00123,Núñez,José,01/01/2014,Year 7,7C',
    '00456,Clarke,Zoë,15/09/2012,Year 9,9B',
    '0789,Ashdown,Tilly,03/04/2013,Year 8,8A',
    '00789,Ashdown,Tom,03/04/2013,Year 8,8A',
  ].join('\r\n'),
);
write('mac-roman-zeros/staff.csv', 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\nS2,Søren Dahl,TA\r\n');
write(
  'mac-roman-zeros/exemptions.csv',
  macRoman([
    'staff_id,pupil_id,relationship,recorded_on,recorded_by,review_on,note',
    'S2,123,parent,01/01/2026,Mme Bézier,01/01/2027,père',
    'S1,789,aunt,01/01/2026,Mme Bézier,01/01/2027,tante',
  ]),
);
write(
  'mac-roman-zeros/decisions.csv',
  macRoman([
    'connection_key,staff_id,pupil_id,decision,reason,decided_on,decided_by,account_name,pupil_name,pupil_dob',
    'S1|facebook|zoe clarke|456,S1,456,dismiss,her aunt: Zoë Clarke née Brontë,02/02/2026,Mme Bézier,Zoë Clarke,Zoë Clarke,15/09/2012',
  ]),
);
write(
  'mac-roman-zeros/connections.csv',
  [
    'staff_id,platform,display_name,username,relationship,connected_on',
    'S1,facebook,Zoë Clarke,,friend,2025-02-03',
    'S2,facebook,José Núñez,,friend,2025-02-04',
    'S1,facebook,Tilly Ashdown,,friend,2025-02-05',
  ].join('\r\n'),
);

// Rolls as MIS exports and Excel really leave them (hostile21): a title above the header, a total below.
const exportRoll = [
  'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
  'T1,Ashdown,Tilly,03/04/2013,Year 8,8A',
  'T2,Fenwick,Zoë,15/09/2012,Year 9,9B',
  'T3,Ó Súilleabháin,Siân,01/01/2014,Year 7,7C',
];
const exportStaff = 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\nS2,Ivo Brack,TA\r\n';
const exportConnections = [
  'staff_id,platform,display_name,username,relationship,connected_on',
  'S1,instagram,Tilly Ashdown,tilly.a,follower,2025-02-02',
  'S1,instagram,Zoë Fenwick,zoe.f,follower,2025-02-03',
  'S2,facebook,Siân Ó Súilleabháin,sian.os,friend,2025-02-04',
].join('\r\n');
const exportFolder = (name, roll) => {
  write(`${name}/roll.csv`, roll);
  write(`${name}/staff.csv`, exportStaff);
  write(`${name}/connections.csv`, `${exportConnections}\r\n`);
};
exportFolder('title-line', `Student List - Example Academy\r\n\r\n${exportRoll.join('\r\n')}\r\n`);
exportFolder(
  'title-line-tabs',
  Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(
      `Student List\r\nPrinted 24/11/2026\r\n${exportRoll.map((row) => row.replaceAll(',', '\t')).join('\r\n')}\r\n`,
      'utf16le',
    ),
  ]),
);
exportFolder('total-line', `${exportRoll.join('\r\n')}\r\n\r\nTotal: 3,,,,,\r\n`);
exportFolder('total-line-short', `${exportRoll.join('\r\n')}\r\nTotal: 612\r\n`);
// A connection list whose download was cut off mid-row (no line break after it), and one made by
// hand whose rows all leave out the last columns, ending without a line break (whole).
exportFolder('cut-download', exportRoll.join('\r\n'));
write('cut-download/connections.csv', `${exportConnections.slice(0, exportConnections.indexOf('Súilleabháin') + 2)}`);
exportFolder('short-rows', `${exportRoll.join('\r\n')}\r\n`);
write(
  'short-rows/connections.csv',
  [
    'staff_id,platform,display_name,username,relationship,connected_on',
    'S1,instagram,Tilly Ashdown',
    'S2,facebook,Siân Ó Súilleabháin',
  ].join('\n'),
);
// Excel in US English: every date of birth month first, and one that can only be month first.
exportFolder(
  'us-dates',
  `${exportRoll.map((row) => row.replace(/(\d\d)\/(\d\d)\/(\d{4})/, '$2/$1/$3')).join('\r\n')}\r\n`,
);
exportFolder('us-typo', `${exportRoll.map((row) => row.replace('03/04/2013', '03/14/2013')).join('\r\n')}\r\n`);
// What already reads right (or stops with a message), kept so: a registration group holding a
// quoted line break, the same pupil id twice, two members of staff of one name, a DOB Excel left
// as a serial number, and a roll of 0 bytes.
exportFolder(
  'quoted-newline',
  `${exportRoll.map((row) => row.replace(',8A', ',"8A\nAshdown block"')).join('\r\n')}\r\n`,
);
exportFolder('duplicate-pupil', `${[...exportRoll, 'T2,Fenwick,Zoe,15/09/2012,Year 9,9B'].join('\r\n')}\r\n`);
exportFolder('same-staff-name', `${exportRoll.join('\r\n')}\r\n`);
write('same-staff-name/staff.csv', 'staff_id,name,role\r\nS1,Dora Quill,Teacher\r\nS2,Dora Quill,TA\r\n');
exportFolder('serial-dob', `${exportRoll.map((row) => row.replace('15/09/2012', '41167')).join('\r\n')}\r\n`);
exportFolder('zero-bytes', '');
// A roll cut off mid-row, the last pupil's surname cut short.
exportFolder('cut-roll', exportRoll.join('\r\n').slice(0, exportRoll.join('\r\n').indexOf('Súilleabháin') + 4));
