import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TextGuard } from '../../../src/report/pdf/TextGuard.js';
import { auditAs } from './auditFixture.js';

/**
 * Names carrying what reorders or hides what a reader sees (invented people): a right-to-left override,
 * bidi isolates, zero-width joiners and combining marks stacked fifty deep ("Zalgo" text), in display
 * names, usernames, staff names and pupil names.
 */
const RLO = '\u202e';
const PDF_ = '\u202c';
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const ZWJ = '\u200d';
const STACK = '\u0301\u0308\u0303\u0304\u0306'.repeat(10);

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** More combining marks on one letter than any script uses. */
const STACKED = /\p{M}{5}/u;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'social-audit-reordered-'));
  await writeFile(
    path.join(dir, 'roll.csv'),
    [
      'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
      `T1,Ash${RLO}nwod${PDF_},Tilly,03/04/2013,Year 8,8A`,
      `T2,Fenwick${STACK},Zoë,15/09/2012,Year 9,9B`,
      '',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'staff.csv'),
    ['staff_id,name,role', `S1,Dora ${RLO}lliuQ${PDF_},Teacher`, `S2,Ivo Brack${STACK},TA`, ''].join('\n'),
  );
  await writeFile(
    path.join(dir, 'connections.csv'),
    [
      'staff_id,platform,display_name,username,relationship,connected_on',
      `S1,instagram,${RLI}Tilly${PDI} ${FSI}Ashdown${PDI},${LRI}tilly.a${PDI},follower,2025-02-02`,
      `S2,instagram,Zo${ZWJ}ë Fen${ZWJ}wick${STACK},zoe.f${RLO}${STACK},follower,2025-02-03`,
      '',
    ].join('\n'),
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (format: string) => auditAs(dir, format);

describe('names that reorder or hide what a reader sees', () => {
  it('are matched by the name beneath: both pupils found, on the right colleagues', async () => {
    const { code, stdout } = await run('json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    const found = report.findings.map((f: { pupil: { id: string }; staff: { id: string } }) => [
      f.pupil.id,
      f.staff.id,
    ]);
    expect(found.sort()).toEqual([
      ['T1', 'S1'],
      ['T2', 'S2'],
    ]);
  });

  it.each(['text', 'csv'])(
    'are shown in the %s report without a control that reorders a line, nor marks stacked past four',
    async (format) => {
      const { code, stdout } = await run(format);
      expect(code).toBe(1);
      expect(stdout).toContain('Tilly');
      expect(stdout).not.toMatch(BIDI);
      expect(stdout).not.toMatch(STACKED);
    },
  );

  it('leave the PDF whole, its names drawn with their marks unstacked', async () => {
    const { code } = await run('pdf');
    expect(code).toBe(1);
    const name = `Zoë Fenwick${STACK}`;
    // NFC makes k and its first mark one letter (ḱ); the font here draws every code point it is given.
    const drawable = new Set([...name, ...name.normalize('NFC')].map((ch) => ch.codePointAt(0)!));
    expect(new TextGuard(drawable).draw(name, 'finding')).toMatch(/^Zoë Fenwic\p{L}\p{M}{4}$/u);
  });
});
