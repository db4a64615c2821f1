import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { digestFolder, digestKey } from '../../eval2/digest.mjs';

const CHECK = fileURLToPath(new URL('../../eval2/check.mjs', import.meta.url));

// The record that pins eval2's bytes must name what changed, and change with any file.
describe("eval2's digests", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval2-digest-'));
    mkdirSync(join(dir, 'audit', 'connections'), { recursive: true });
    mkdirSync(join(dir, 'truth'));
    writeFileSync(join(dir, 'audit', 'roll.csv'), 'UPN,Forename\nA1,Amy\n');
    writeFileSync(join(dir, 'audit', 'connections', 'S001.csv'), 'Platform\nfacebook\n');
    writeFileSync(join(dir, 'audit', 'connections', 'S002.csv'), 'Platform\ntiktok\n');
    writeFileSync(join(dir, 'truth', 'plan.json'), '{}\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives each file its SHA-256, and the connection lists one between them', () => {
    const digest = digestFolder(dir);
    expect(Object.keys(digest).sort()).toEqual(['audit/connections/', 'audit/roll.csv', 'truth/plan.json']);
    // sha256 of "{}\n", as `printf '{}\n' | sha256sum` gives it
    expect(digest['truth/plan.json']).toBe('ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356');
    expect(digest['audit/connections/']).toMatch(/^2 files [0-9a-f]{64}$/);
  });

  it('changes only the digest of the file that changed, a list renamed or rewritten included', () => {
    const before = digestFolder(dir);
    writeFileSync(join(dir, 'audit', 'roll.csv'), 'UPN,Forename\nA1,Amy \n');
    const roll = digestFolder(dir);
    expect(roll['audit/roll.csv']).not.toBe(before['audit/roll.csv']);
    expect({ ...roll, 'audit/roll.csv': '' }).toEqual({ ...before, 'audit/roll.csv': '' });
    renameSync(join(dir, 'audit', 'connections', 'S002.csv'), join(dir, 'audit', 'connections', 'S003.csv'));
    const renamed = digestFolder(dir)['audit/connections/'];
    expect(renamed).not.toBe(roll['audit/connections/']);
    writeFileSync(join(dir, 'audit', 'connections', 'S003.csv'), 'Platform\nTikTok\n');
    expect(digestFolder(dir)['audit/connections/']).not.toBe(renamed);
  });

  it('keys a record by size and seed, and by scale below 1', () => {
    expect([digestKey('school', 1), digestKey('trust', 6, 0.1)]).toEqual(['school 1', 'trust 6 scale 0.1']);
  });

  it('check.mjs refuses a seed it has no record of, without generating it', () => {
    const run = spawnSync(process.execPath, [CHECK, 'school 99'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not in eval2/digests.json: school 99');
    expect(run.stderr).not.toContain('    at ');
  });
});
