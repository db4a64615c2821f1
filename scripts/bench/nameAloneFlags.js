/**
 * node scripts/bench/nameAloneFlags.js FOLDER REPORT.json [--scoped]
 *
 * A bench audit's flags, right and wrong, by what carried them: the pupil's name alone (the forename and
 * surname agreeing, how common the name is, the date, the platform) or the name and evidence of the pupil's
 * own (a middle name, the birth year or year group in the handle, several staff lists), each by score band
 * (0.99–0.995, 0.995 and over); and what a FLAG bar of 0.995 for the name alone would keep. Shows whether a
 * bare name's 0.99 holds where adults bearing pupils' names are many (#14: no background adult flagged).
 * FOLDER holds the bench's `truth.json`; `--scoped`: a trust audited school by school (another school's
 * child is then a wrong flag).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, reportFile, mode] = process.argv.slice(2);
const { truth } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8'));
const report = JSON.parse(readFileSync(reportFile, 'utf8'));
/** Evidence of the pupil's own beyond the name: a middle name, their birth year or year group, several lists. */
const own = (c) =>
  c.weight > 0 && (c.code.startsWith('MIDDLE') || c.code.startsWith('HANDLE_YEAR') || c.code === 'STAFF_LISTS');
const bands = new Map();
for (const finding of report.findings) {
  if (finding.level !== 'flag') continue;
  const label = truth[Number(finding.connection.source.split(':').pop())];
  const right =
    label !== undefined &&
    !label.trap &&
    !(mode === '--scoped' && label.otherSchool) &&
    (finding.pupil.id === label.pupil || (label.also ?? []).includes(finding.pupil.id));
  const carried = (finding.contributions ?? []).some(own) ? 'name and own evidence' : 'name alone';
  const key = `${carried}, ${finding.score >= 0.995 ? '0.995 and over' : '0.99 to 0.995'}`;
  const tally = bands.get(key) ?? { right: 0, wrong: 0 };
  tally[right ? 'right' : 'wrong']++;
  bands.set(key, tally);
}
const log = (text) => process.stdout.write(`${text}\n`);
log('flags carried by                        right  wrong  wrong %');
for (const [key, { right, wrong }] of [...bands].sort())
  log(
    `  ${key.padEnd(36)} ${String(right).padStart(6)} ${String(wrong).padStart(6)}  ${((100 * wrong) / (right + wrong)).toFixed(2)}`,
  );
const low = bands.get('name alone, 0.99 to 0.995') ?? { right: 0, wrong: 0 };
log(`a bar of 0.995 for the name alone: ${low.right} right flags become reviews, ${low.wrong} wrong flags go`);
