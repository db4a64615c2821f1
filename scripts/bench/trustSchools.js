/**
 * The bench's trust, placed in schools: the same pupils, staff and connection lists, with a `School`
 * column on the roll and leavers and a `school` column on the staff list, for the scoped and
 * `--trust-wide` audits of a trust. Each member of staff is at one of the trust's schools; a pupil
 * planted in a member of staff's lists is at that member's school four times in five (a teacher's
 * lists hold their own pupils far more often than other schools' children), else at another. The
 * truth gains `otherSchool: true` on rows whose pupil is at another school than the list's owner, and a
 * background adult bearing the whole name only of pupils at other schools than the list owner's is labelled
 * `background_namesake_other_school` (the held-out evaluation's `namesake-background-trust`).
 */
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './generate.js';

const OWN_SCHOOL_SHARE = 0.8;

/**
 * Writes the placed trust into `outDir` from the generated trust in `dir`. `ownShare` (`--own-school`):
 * that share of planted rows is on a list of the pupil's own school, the rest on another school's, by
 * moving a row to a member of staff at the pupil's school (the generator plants a pupil's accounts on
 * lists drawn at random, so placing pupils alone puts a pupil's second account at another school
 * nearly always: about a sixth of planted rows, whatever the share). Without it, the default placing.
 */
export function placeInSchools(dir, outDir, schoolCount, seed, ownShare) {
  const rnd = random(seed + 7);
  const schools = Array.from({ length: schoolCount }, (_, i) => `Trust School ${String(i + 1).padStart(2, '0')}`);
  const made = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
  const staffLines = readFileSync(path.join(dir, 'staff.csv'), 'utf8').trimEnd().split('\n');
  const staffSchool = new Map(staffLines.slice(1).map((line) => [line.split(',')[0], rnd.pick(schools)]));
  // The connection rows' owners, by line (line 1 is the header).
  const lines = readFileSync(path.join(dir, 'connections.csv'), 'utf8').split('\n');
  const owners = lines.map((line) => line.slice(0, line.indexOf(',')));
  const pupilSchool = new Map();
  const truth = {};
  const namesakes = [];
  const moved = ownShare === undefined ? undefined : reOwner(staffLines, staffSchool, schools, rnd);
  for (const [line, label] of Object.entries(made.truth)) {
    if (label.kind === 'background_namesake') namesakes.push(line);
    const at = Number(line) - 1;
    // A former pupil now grown is on their own school's staff's lists as pupils are (never to be reported anywhere).
    if (label.kind === 'former_adult_written' && !pupilSchool.has(label.pupil)) {
      const own = staffSchool.get(owners[at]);
      pupilSchool.set(label.pupil, rnd.chance(OWN_SCHOOL_SHARE) ? own : rnd.pick(schools.filter((s) => s !== own)));
    }
    if (label.trap || !label.pupil) {
      truth[line] = label;
      continue;
    }
    if (moved) {
      if (!pupilSchool.has(label.pupil)) pupilSchool.set(label.pupil, rnd.pick(schools));
      const school = pupilSchool.get(label.pupil);
      const ownRow = rnd.chance(ownShare);
      if (ownRow !== (staffSchool.get(owners[at]) === school)) {
        const member = ownRow ? moved.at(school) : moved.notAt(school);
        lines[at] = `${member.id},${member.name}${lines[at].slice(secondComma(lines[at]))}`;
        owners[at] = member.id;
      }
    }
    const own = staffSchool.get(owners[at]);
    if (!pupilSchool.has(label.pupil)) {
      const others = schools.filter((s) => s !== own);
      pupilSchool.set(label.pupil, rnd.chance(OWN_SCHOOL_SHARE) ? own : rnd.pick(others));
    }
    truth[line] = pupilSchool.get(label.pupil) === own ? label : { ...label, otherSchool: true };
  }
  const placeRoll = (name) => {
    const [header, ...rows] = readFileSync(path.join(dir, name), 'utf8').trimEnd().split('\n');
    const placed = rows.map((row) => {
      const id = row.slice(0, row.indexOf(','));
      if (!pupilSchool.has(id)) pupilSchool.set(id, rnd.pick(schools));
      return `${row},${pupilSchool.get(id)}`;
    });
    writeFileSync(path.join(outDir, name), `${[`${header},School`, ...placed].join('\n')}\n`);
  };
  placeRoll('roll.csv');
  placeRoll('leavers.csv');
  // The schools of the pupils bearing each whole name (legal or preferred forename), for the namesakes' labels.
  const schoolsByName = new Map();
  for (const name of ['roll.csv', 'leavers.csv']) {
    const [header, ...rows] = readFileSync(path.join(dir, name), 'utf8').trimEnd().split('\n');
    const column = Object.fromEntries(header.split(',').map((h, i) => [h, i]));
    for (const row of rows) {
      const cells = row.split(',');
      const sur = cells[column['Legal Surname']];
      for (const fore of [cells[column['Legal Forename']], cells[column['Preferred Forename']]]) {
        if (!fore) continue;
        const key = wholeName(fore, sur);
        if (!schoolsByName.has(key)) schoolsByName.set(key, new Set());
        schoolsByName.get(key).add(pupilSchool.get(cells[0]));
      }
    }
  }
  for (const line of namesakes) {
    const shown = displayNameOf(lines[Number(line) - 1]);
    const schools = shown && schoolsByName.get(shown);
    if (schools && !schools.has(staffSchool.get(owners[Number(line) - 1])))
      truth[line] = { ...truth[line], kind: 'background_namesake_other_school' };
  }
  const [staffHeader, ...staffRows] = staffLines;
  writeFileSync(
    path.join(outDir, 'staff.csv'),
    `${[`${staffHeader},school`, ...staffRows.map((row) => `${row},${staffSchool.get(row.split(',')[0])}`)].join('\n')}\n`,
  );
  const connections = path.join(outDir, 'connections.csv');
  if (existsSync(connections)) rmSync(connections);
  if (moved) writeFileSync(connections, lines.join('\n'));
  else linkSync(path.join(dir, 'connections.csv'), connections);
  writeFileSync(path.join(outDir, 'truth.json'), JSON.stringify({ ...made, truth }));
}

/** Members of staff drawn at a school, or at any other: to move a planted row to. */
function reOwner(staffLines, staffSchool, schools, rnd) {
  const bySchool = new Map(schools.map((s) => [s, []]));
  for (const line of staffLines.slice(1)) {
    const [id, name] = line.split(',');
    bySchool.get(staffSchool.get(id)).push({ id, name });
  }
  const filled = schools.filter((s) => bySchool.get(s).length > 0);
  return {
    at: (school) => rnd.pick(bySchool.get(school)),
    notAt: (school) => rnd.pick(bySchool.get(rnd.pick(filled.filter((s) => s !== school)))),
  };
}

/** Where a connection row's third cell starts, less its comma (the first two, the staff id and name, are never quoted). */
function secondComma(row) {
  return row.indexOf(',', row.indexOf(',') + 1);
}

/** A whole name as the namesakes' labels compare it: letters only, accents and case set aside. */
function wholeName(fore, sur) {
  const plain = (text) =>
    text
      .normalize('NFD')
      .replace(/[^\p{L}]/gu, '')
      .toLowerCase();
  return `${plain(fore)} ${plain(sur)}`;
}

/** The whole name of a connection row's display name (`Forename Surname` or `Surname, Forename`), if it has one. */
function displayNameOf(row) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  const shown = cells[3]?.trim();
  if (!shown) return undefined;
  if (shown.includes(',')) {
    const [sur, fore] = shown.split(',').map((w) => w.trim());
    return wholeName(fore, sur);
  }
  const words = shown.split(/\s+/);
  return words.length < 2 ? undefined : wholeName(words[0], words.at(-1));
}
