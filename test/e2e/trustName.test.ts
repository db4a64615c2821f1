import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditReport } from '../../src/model/report.js';
import { runCli } from './runCli.js';

/** A trust's data manager names the trust (its folder is `trust/`) and gets each school's file under a plain name. */
let work: string;
let trust: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-trust-name-'));
  trust = path.join(work, 'trust');
  mkdirSync(trust);
  const put = (name: string, ...rows: string[]) => writeFileSync(path.join(trust, name), `${rows.join('\n')}\n`);
  put(
    'roll.csv',
    'UPN,Forename,Surname,DOB,Year,School',
    'A100000000001,Amy,Lee,01/02/2015,Year 6,Northfield',
    'A100000000002,Bea,Kay,01/02/2016,Year 5,Ysgol Gymraeg Llŷn',
  );
  put(
    'staff.csv',
    'staff_id,name,role,School',
    'S1,Tom Brown,Teacher,Northfield',
    'S2,Ann Roe,Teacher,Ysgol Gymraeg Llŷn',
  );
  put('connections.csv', 'staff_id,platform,display_name', 'S1,facebook,Amy Lee', 'S2,facebook,Bea Kay');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as AuditReport;

describe('a trust’s name', () => {
  it('heads the audit given with --trust, and each school’s copy says whose audit it is from', () => {
    const out = path.join(work, 'named.json');
    expect(runCli(['audit', trust, '--date', '2026-11-24', '--trust', 'Oak Academy Trust', '--out', out]).code).toBe(1);
    expect(json(out).school).toBe('Oak Academy Trust');
    const text = runCli(['report', out, '--school', 'Northfield', '--format', 'text']);
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s+/g, ' ')).toContain('from the audit of Oak Academy Trust (2 schools)');
  });

  it('names a report saved without it, and without it the folder’s name stands', () => {
    const out = path.join(work, 'unnamed.json');
    expect(runCli(['audit', trust, '--date', '2026-11-24', '--out', out]).code).toBe(1);
    expect(json(out).school).toBe('Trust');
    const renamed = path.join(work, 'renamed.json');
    expect(runCli(['report', out, '--trust', 'Oak Academy Trust', '--out', renamed]).code).toBe(0);
    expect(json(renamed).school).toBe('Oak Academy Trust');
    const folder = path.join(work, 'schools');
    const bySchool = runCli([
      'report',
      out,
      '--by-school',
      '--trust',
      'Oak Academy Trust',
      '--format',
      'json',
      '--out',
      folder,
    ]);
    expect(bySchool.code).toBe(0);
    // Plain names a script can type on any system; the school's own name heads its report.
    expect(readdirSync(folder).sort()).toEqual(['northfield.json', 'ysgol-gymraeg-llyn.json']);
    const welsh = json(path.join(folder, 'ysgol-gymraeg-llyn.json'));
    expect(welsh.onlySchool).toMatchObject({ school: 'Ysgol Gymraeg Llŷn', of: 'Oak Academy Trust' });
  });
});
