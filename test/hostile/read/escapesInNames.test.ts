import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/runCli.js';

/**
 * A pupil's name dressed in what a screen does not show as letters (terminal escapes, C1 controls,
 * bidi overrides, zero-width characters, soft hyphens, variation selectors, tag characters), by a
 * hostile exporter or by the pupil, is still the pupil's: each member of staff below follows one
 * such account, and each is found, through the built CLI. Invented people only.
 */
const E = '\u001b';
const DRESSED: Record<string, string> = {
  S1: `Ellie${E}[2J Smyth`,
  S2: `${E}[31mEllie Smyth${E}[0m`,
  S3: `El${E}[1mlie Sm${E}[0myth`,
  S4: `${E}]8;;https://x.invalid/a${E}\\Ellie Smyth${E}]8;;${E}\\`,
  S5: `${E}]8;;https://x.invalid/a\u0007Ellie Smyth${E}]8;;\u0007`,
  S6: `Ellie ${E}]0;pwned\u0007Smyth`,
  S7: '\u009b31mEllie Smyth\u009b0m',
  S8: '\u202eEllie\u202c Sm\u2066yth\u2069',
  S9: 'El\u200dlie Sm\u200byth\u2060',
  S10: 'El\u00adlie Smy\u00adth',
  S11: 'Elli\ufe0fe Smyth\u{e0065}\u{e007f}',
  S12: `${E}[?1049hEllie${E}(B Smyth\u0000`,
};

const scratch = mkdtempSync(path.join(tmpdir(), 'escapes-in-names-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function school(): string {
  const folder = path.join(scratch, 'school');
  mkdirSync(folder, { recursive: true });
  const q = (value: string) => `"${value.replaceAll('"', '""')}"`;
  writeFileSync(
    path.join(folder, 'roll.csv'),
    [
      'UPN,Legal Surname,Legal Forename,DOB,Year,Reg',
      'E1,Smyth,Ellie,03/04/2013,Year 8,8A',
      // The roll's own names dressed too: an MIS export carrying escapes and invisible characters.
      `E2,${q(`Ash\u00addown${E}[0m`)},${q(`${E}[1mTi\u200blly`)},05/06/2012,Year 9,9B`,
      'E3,Garrow,Ned,01/01/2014,Year 7,7C',
      '',
    ].join('\r\n'),
  );
  const staff = Object.keys(DRESSED).map((id) => `${id},Staff ${id} Quill,Teacher`);
  writeFileSync(
    path.join(folder, 'staff.csv'),
    ['staff_id,name,role', ...staff, 'S99,Dora Brack,Teacher', ''].join('\r\n'),
  );
  const rows = Object.entries(DRESSED).map(([id, name]) => `${id},instagram,${q(name)},,follower,2025-02-02`);
  writeFileSync(
    path.join(folder, 'connections.csv'),
    [
      'staff_id,platform,display_name,username,relationship,connected_on',
      ...rows,
      'S99,facebook,Tilly Ashdown,tilly.ashdown,friend,2025-02-03',
      '',
    ].join('\r\n'),
  );
  return folder;
}

describe('names hidden behind what a screen does not show', () => {
  const folder = school();

  it('finds the pupil behind every kind of escape and invisible character, and the roll names dressed too', () => {
    const result = runCli(['audit', folder, '--date', '2026-11-24', '--format', 'json']);
    expect(result.code).toBe(1);
    const findings: { staff: { id: string }; pupil: { id: string } }[] = JSON.parse(result.stdout).findings;
    const found = (staff: string) => findings.filter((f) => f.staff.id === staff).map((f) => f.pupil.id);
    for (const staff of Object.keys(DRESSED))
      expect({ staff, pupils: found(staff) }).toEqual({ staff, pupils: ['E1'] });
    expect(found('S99')).toEqual(['E2']);
  });

  it('shows the findings at a terminal without passing any escape or control on', () => {
    const result = runCli(['audit', folder, '--date', '2026-11-24']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Ellie Smyth');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the controls that must not reach a terminal.
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
