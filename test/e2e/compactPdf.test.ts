import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../report/pdf/pdfText.js';
import { runCli } from './runCli.js';

/**
 * The full named PDF of the sample school: its 25 findings took 11 pages (about three findings a page, the reasons
 * and the evidence weighed wrapped down a narrow column); across the page they take 7, and every finding keeps the
 * evidence that decided it.
 */
const SAMPLE = fileURLToPath(new URL('../../samples/westacre-infant', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'social-audit-compact-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the full PDF', () => {
  it('gives each finding a few lines, keeping its reasons, the evidence weighed and its source', async () => {
    const out = path.join(work, 'audit.pdf');
    const run = runCli(['audit', SAMPLE, '--date', '2026-11-24', '--out', out]);
    expect(run.code).toBe(1);
    const pages = (await pdfPages(readFileSync(out))).map((page) => page.replace(/\s+/g, ' '));
    expect(pages.length).toBeLessThanOrEqual(8);
    const findingPages = pages.filter((page) => /\d+\. (FLAG|REVIEW) /.test(page));
    const perPage = [...findingPages.join(' ').matchAll(/\d+\. (FLAG|REVIEW) /g)].length / findingPages.length;
    expect(perPage).toBeGreaterThanOrEqual(5);
    const text = pages.join(' ');
    // The command the numbers are for, whole (not broken after its `--`).
    expect(text).toContain('numbered as review --finding N takes them.');
    expect(text).toContain(
      'Kwabena (Ben) Mensah current pupil, Year 6 Willow, age 10 Instagram Ben Mensah @ben.mensah followed by the staff member, since 11 April 2026 connections.csv:60 Why: the name is the pupil’s preferred name; the username is made of the pupil’s name; current pupil: the policy forbids the connection at any age Weighed: the surname is the pupil’s (+4.7)',
    );
  });
});
