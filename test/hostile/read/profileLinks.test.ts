import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../e2e/runCli.js';
import { tempFolders } from '../../helpers/tempFolders.js';

/**
 * The profile links a list gives are shown to the person deciding (text report, review): a hostile list's links
 * carrying terminal escapes (a hyperlink to elsewhere, a retitled window, the clipboard written) are shown inert, and
 * a link that is no web page (`javascript:`, `file:`) is not shown at all. Invented people only.
 */
const E = '\u001b';
const temp = tempFolders('profile-links');
const LINKS: Record<string, string> = {
  S1: `https://www.instagram.com/ellie.smyth/${E}]8;;https://x.invalid/${E}\\`,
  S2: `https://www.instagram.com/ellie.smyth/${E}]52;c;cm0gLXJmIH4=\u0007`,
  S3: 'javascript:alert(document.cookie)',
  S4: 'file:///etc/passwd',
};

function school(): string {
  const folder = path.join(temp.make(), 'school');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'roll.csv'),
    'UPN,Legal Surname,Legal Forename,DOB,Year,Reg\r\nE1,Smyth,Ellie,03/04/2013,Year 8,8A\r\n',
  );
  const q = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const rows = Object.entries(LINKS).map(([id, link]) => `${id},instagram,Ellie Smyth,ellie.smyth,${q(link)},follower`);
  writeFileSync(
    path.join(folder, 'connections.csv'),
    ['staff_id,platform,display_name,username,profile_url,relationship', ...rows, ''].join('\r\n'),
  );
  return folder;
}

describe('profile links from a hostile list', { timeout: 60_000 }, () => {
  it('are shown with no escape a terminal acts on, and only where they are web pages', () => {
    const run = runCli(['audit', school(), '--date', '2026-11-24'], { env: { COLUMNS: '200' } });
    expect(run.code).toBe(1);
    for (const control of [E, '\u0007', '\u009b']) expect(run.stdout).not.toContain(control);
    const links = run.stdout.split('\n').filter((row) => row.includes('Profile link:'));
    expect(links).toHaveLength(2);
    for (const row of links) expect(row).toMatch(/Profile link: https:\/\/www\.instagram\.com\/ellie\.smyth\/␛\]/);
    expect(run.stdout).not.toContain('javascript:');
    expect(run.stdout).not.toContain('file:');
  });
});
