// The audit folder as a school hands it over: MIS exports of the roll and leavers, the staff list,
// declared family links, and connection lists in the README's formats, headers and encodings varied.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatDate } from './dates.mjs';
import { csvText, encode, fitsCp1252 } from './encode.mjs';

const PLATFORM_LABEL = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  x: 'X',
  snapchat: 'Snapchat',
};

function put(root, path, bytes) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
}

function yearLabel(year, style) {
  if (year === 0) return 'Reception';
  return style === 'sims' ? `Year ${String(year).padStart(2, ' ')}` : String(year);
}

// Each MIS's columns, in its order: [header, value]. `dob` and `year` are filled in per export.
const ROLL_STYLES = {
  sims: [
    ['UPN', (p) => p.id],
    ['Adno', (p) => p.adno],
    ['Legal Surname', (p) => p.surname],
    ['Legal Forename', (p) => p.forename],
    ['Preferred Forename', (p) => p.preferred],
    ['Middle Name(s)', (p) => p.middle],
    ['DOB', 'dob'],
    ['Gender', (p) => p.sex.toUpperCase()],
    ['Year', (p) => yearLabel(p.year, 'sims')],
    ['Reg', (p) => p.reg],
  ],
  arbor: [
    ['UPN', (p) => p.id],
    ['First Name', (p) => p.forename],
    ['Preferred Forename', (p) => (p.preferred === p.forename ? '' : p.preferred)],
    ['Last Name', (p) => p.surname],
    ['Date of Birth', 'dob'],
    ['Year Group', (p) => `Year ${p.year}`],
    ['Reg Group', (p) => p.reg],
  ],
  bromcom: [
    ['UPN', (p) => p.id],
    ['Admission Number', (p) => p.adno],
    ['Forename', (p) => p.forename],
    ['Middle Name(s)', (p) => p.middle],
    ['Surname', (p) => p.surname],
    ['Preferred Forename', (p) => p.preferred],
    ['Date of Birth', 'dob'],
    ['Year Group', (p) => yearLabel(p.year, 'bromcom')],
    ['Form', (p) => p.reg],
  ],
};

/** roll.csv and leavers.csv, in one MIS's style chosen by the seed. */
function writeRolls(random, root, world) {
  const trust = world.schools.length > 1;
  const style = random.pick(['sims', 'arbor', 'bromcom']);
  const dateStyle = random.pick(['uk', 'uk', 'iso', 'uk2']);
  const encoding = style === 'sims' ? random.pick(['cp1252', 'utf8bom']) : random.pick(['utf8', 'utf8bom']);
  const columns = [
    ...(trust ? [[random.pick(['School', 'School Name']), (p) => p.school]] : []),
    ...ROLL_STYLES[style],
  ];
  const header = columns.map(([h]) => h);
  const row = (p) => columns.map(([, value]) => (value === 'dob' ? formatDate(p.dob, dateStyle) : value(p)));
  const eol = style === 'arbor' ? '\n' : '\r\n';
  const pupils = (status) => world.schools.flatMap((s) => (status === 'current' ? s.current : s.leavers));
  const leaving = style === 'arbor' ? 'Leaving Date' : 'Date of Leaving';
  const current = csvText(header, pupils('current').map(row), { eol });
  const leavers = csvText(
    [...header, leaving],
    pupils('former').map((p) => [...row(p), formatDate(p.leavingDate, dateStyle)]),
    { eol },
  );
  put(root, 'roll.csv', encode(current, encoding));
  put(root, 'leavers.csv', encode(leavers, encoding));
  return { style, dateStyle, encoding };
}

function writeStaff(random, root, world) {
  const trust = world.schools.length > 1;
  const split = random.chance(0.4);
  const header = split ? ['staff_id', 'forename', 'surname', 'role', 'email'] : ['staff_id', 'name', 'role', 'email'];
  if (trust) header.push('school');
  const rows = world.staff.map((s) => {
    const email = `${s.forename[0].toLowerCase()}.${s.surname.toLowerCase().replace(/[^a-z]/g, '')}@school.example`;
    const base = split
      ? [s.id, s.forename, s.surname, s.role, email]
      : [s.id, `${s.forename} ${s.surname}`, s.role, email];
    return trust ? [...base, s.school] : base;
  });
  put(root, 'staff.csv', encode(csvText(header, rows), 'utf8bom'));
}

function writeExemptions(root, exemptions) {
  const header = ['staff_id', 'pupil_id', 'relationship', 'recorded_on', 'recorded_by', 'review_on', 'note'];
  const rows = exemptions.map((e) => [
    e.staff.id,
    e.pupil.id,
    e.relationship,
    '2026-09-08',
    'Head teacher',
    '2027-09-08',
    'Declared at the start of the year',
  ]);
  put(root, 'exemptions.csv', encode(csvText(header, rows), 'utf8'));
}

// The generic format's header as people type it: the README's names, title case, capitals.
const GENERIC_STYLES = [
  { header: 'staff_id,staff_name,platform,display_name,username,profile_url,relationship,connected_on', who: 'both' },
  { header: 'Staff ID,Platform,Display Name,Username,Profile URL,Relationship,Connected On', who: 'id' },
  { header: 'Staff Name,Platform,Display Name,Username,Relationship,Connected On', who: 'name' },
  { header: 'STAFF_ID,PLATFORM,DISPLAY_NAME,USERNAME,RELATIONSHIP,CONNECTED_ON', who: 'id' },
].map((style) => ({ ...style, header: style.header.split(',') }));

function genericRow(header, row, format) {
  const value = {
    staffid: row.staff.id,
    staffname: `${row.staff.forename} ${row.staff.surname}`,
    platform: format.titlePlatform ? PLATFORM_LABEL[row.platform] : row.platform,
    displayname: row.display,
    username: row.username,
    profileurl: row.url,
    relationship: row.relationship,
    connectedon: formatDate(row.connectedOn, format.dateStyle),
  };
  return header.map((h) => value[h.toLowerCase().replace(/[\s_]/g, '')] ?? '');
}

/** One generic CSV file; returns each row's line (header on line 1). */
function writeGeneric(root, path, rows, format) {
  const header = format.inSubfolder ? format.style.header.filter((h) => !/staff/i.test(h)) : format.style.header;
  const text = csvText(
    header,
    rows.map((r) => genericRow(header, r, format)),
    { delimiter: format.delimiter, eol: format.eol },
  );
  const encoding = format.encoding === 'cp1252' && !fitsCp1252(text) ? 'utf8bom' : format.encoding;
  put(root, path, encode(text, encoding));
  rows.forEach((r, i) => {
    r.source = `${path}:${i + 2}`;
  });
}

const LINKEDIN_NOTES =
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about why some email addresses aren\'t included in your export here https://www.linkedin.com/help/linkedin/answer/261"';

/** LinkedIn's own Connections.csv (2023 on): notes, a blank line, then the table. */
function writeLinkedIn(root, path, rows) {
  const lines = ['Notes:', LINKEDIN_NOTES, '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  rows.forEach((r, i) => {
    const [first, ...rest] = r.display.split(' ');
    const url = r.username ? `https://www.linkedin.com/in/${r.username}` : '';
    const cells = [first, rest.join(' '), url, '', '', '', formatDate(r.connectedOn, 'dMonYYYY')];
    lines.push(cells.map((c) => (/[",]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(','));
    r.source = `${path}:${i + 5}`;
  });
  put(root, path, Buffer.from(`${lines.join('\n')}\n`, 'utf8'));
}

function fileFormat(random) {
  return {
    style: random.pick(GENERIC_STYLES),
    dateStyle: random.pick(['iso', 'iso', 'uk', 'uk2', 'slashIso', 'dMonYY']),
    titlePlatform: random.chance(0.5),
    delimiter: random.chance(0.12) ? ';' : ',',
    eol: random.chance(0.5) ? '\r\n' : '\n',
    encoding: random.pick(['utf8', 'utf8', 'utf8bom', 'cp1252']),
  };
}

function slug(member) {
  return `${member.forename}-${member.surname}`.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

/** Connection lists: some staff in connections.csv, others in their own files, subfolders or LinkedIn exports. */
function writeConnections(random, root, world, rows) {
  const byStaff = new Map();
  for (const row of rows) {
    if (!byStaff.has(row.staff.id)) byStaff.set(row.staff.id, []);
    byStaff.get(row.staff.id).push(row);
  }
  const shared = [];
  for (const member of world.staff) {
    const mine = byStaff.get(member.id);
    if (!mine) continue;
    const how = random.choose({ shared: 40, file: 35, folder: 15, unicode: 10 });
    if (how === 'shared') shared.push(...mine);
    else if (how === 'file') {
      const format = fileFormat(random);
      writeGeneric(root, `connections/${format.style.who === 'name' ? slug(member) : member.id}.csv`, mine, format);
    } else if (how === 'unicode') {
      const format = {
        ...fileFormat(random),
        style: GENERIC_STYLES[1],
        delimiter: '\t',
        encoding: 'utf16le',
        eol: '\r\n',
      };
      writeGeneric(root, `connections/${member.id}-lists.csv`, mine, format);
    } else {
      const byPlatform = new Map();
      for (const r of mine) byPlatform.set(r.platform, [...(byPlatform.get(r.platform) ?? []), r]);
      for (const [platform, list] of byPlatform) {
        if (platform === 'linkedin') writeLinkedIn(root, `connections/${member.id}/Connections.csv`, list);
        else
          writeGeneric(root, `connections/${member.id}/${platform}.csv`, list, {
            ...fileFormat(random),
            style: GENERIC_STYLES[0],
            inSubfolder: true,
          });
      }
    }
  }
  if (shared.length > 0) {
    writeGeneric(root, 'connections.csv', shared, {
      ...fileFormat(random),
      style: GENERIC_STYLES[0],
      delimiter: ',',
      encoding: 'utf8',
    });
  }
}

export function writeAudit(random, root, world, rows, exemptions) {
  const rolls = writeRolls(random, root, world);
  writeStaff(random, root, world);
  writeExemptions(root, exemptions);
  writeConnections(random, root, world, rows);
  return { rolls };
}
