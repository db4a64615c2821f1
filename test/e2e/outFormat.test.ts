import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.js';

// The invented sample school: what a trust's data manager runs first.
const SAMPLE = path.join(import.meta.dirname, '../../samples/westacre-infant');
let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'social-audit-out-format-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const head = (file: string, bytes: number): string => readFileSync(file).subarray(0, bytes).toString('utf8');

describe('--out without --format: the format its name asks for', () => {
  it('audit --out audit.pdf writes a PDF, not text named .pdf', () => {
    const out = path.join(work, 'audit.pdf');
    const run = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--out', out]);
    expect(run.code).toBe(1);
    expect(head(out, 5)).toBe('%PDF-');
  });

  it('audit --out findings.csv writes the CSV report and --out audit.JSON the JSON one', () => {
    const csv = path.join(work, 'findings.csv');
    expect(runCli(['audit', SAMPLE, '--date', '2026-11-24', '--out', csv]).code).toBe(1);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFlevel,staff_id')).toBe(true);
    const json = path.join(work, 'audit.JSON');
    expect(runCli(['audit', SAMPLE, '--date', '2026-11-24', '--out', json]).code).toBe(1);
    expect(JSON.parse(readFileSync(json, 'utf8')).auditDate).toBe('2026-11-24');
  });

  it('report audit.json --out governors.pdf writes a PDF', () => {
    const json = path.join(work, 'saved.json');
    expect(runCli(['audit', SAMPLE, '--date', '2026-11-24', '--format', 'json', '--out', json]).code).toBe(1);
    const pdf = path.join(work, 'governors.pdf');
    expect(runCli(['report', json, '--redact', '--out', pdf]).code).toBe(0);
    expect(head(pdf, 5)).toBe('%PDF-');
  });

  it('an explicit --format wins, and other names stay text', () => {
    const json = path.join(work, 'named.pdf');
    const named = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--format', 'json', '--out', json]);
    expect(named.code).toBe(1);
    expect(head(json, 1)).toBe('{');
    // Said, as a JSON file named .pdf would reach governors as a PDF that does not open.
    expect(named.stderr).toContain(
      `! --out ${json}: written as JSON (--format json), though its name ends .pdf, which is read as a PDF; name it ${path.join(work, 'named.json')}, or leave out --format`,
    );
    const text = path.join(work, 'audit.txt');
    const plain = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--out', text]);
    expect(plain.code).toBe(1);
    expect(head(text, 23)).toBe('Social networking audit');
    expect(plain.stderr).not.toContain('!');
  });
});

describe('a format its file name does not match is said once', () => {
  const count = (text: string, part: string): number => text.split(part).length - 1;

  it('audit --format csv --out x.pdf warns once, quoting --out as typed', () => {
    const run = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--format', 'csv', '--out', 'x.pdf'], { cwd: work });
    expect(run.code).toBe(1);
    expect(count(run.stderr, '! --out x.pdf: written as CSV (--format csv)')).toBe(1);
    expect(count(run.stderr, 'though its name ends')).toBe(1);
  });

  it('report --format json --out z.csv warns once', () => {
    const json = path.join(work, 'once.json');
    expect(runCli(['audit', SAMPLE, '--date', '2026-11-24', '--out', json]).code).toBe(1);
    const run = runCli(['report', 'once.json', '--format', 'json', '--out', 'z.csv'], { cwd: work });
    expect(run.code).toBe(0);
    expect(count(run.stderr, '! --out z.csv: written as JSON (--format json)')).toBe(1);
    expect(count(run.stderr, 'though its name ends')).toBe(1);
    expect(head(path.join(work, 'z.csv'), 1)).toBe('{');
  });
});
