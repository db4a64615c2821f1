import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { AuditReport, Finding } from '../../src/model/report.js';
import { FONT, FONT_FILES } from '../../src/report/pdf/fonts.js';
import { pdfReporter } from '../../src/report/pdf/pdfReporter.js';
import { textReporter } from '../../src/report/textReporter.js';
import { CAROL, DAVID, finding, pupil, report } from './pdf/factories.js';
import { pdfPages } from './pdf/pdfText.js';

const plain = { color: false, width: 100 };
// Runs of spaces and line ends only: a no-break space stays one.
const flat = (text: string): string => text.replace(/[ \n]+/g, ' ');
const pdfText = async (r: AuditReport): Promise<string[]> => pdfPages((await pdfReporter(r, plain)) as Uint8Array);

/** A report compared with the audit of 1 September, whose findings are all (or not) new. */
function compared(change: NonNullable<Finding['change']>): AuditReport {
  const r = report({ findings: [finding(CAROL, pupil('Ruby Green'), { change })] });
  return { ...r, summary: { ...r.summary, change: { since: '2026-09-01', new: 0, continuing: 1, resolved: 0 } } };
}

describe('the legend of the findings', () => {
  it('gives the bars of FLAG and REVIEW and says what the weights in brackets are, in text and PDF', async () => {
    const r = report({ findings: [finding(CAROL, pupil('Ruby Green'))] });
    const text = flat(String(await textReporter(r, plain)));
    expect(text).toContain('FLAG: the account is, beyond reasonable doubt, this pupil: 99\u00a0% likely or more.');
    expect(text).toContain('REVIEW: the account may be this pupil: a person should look. From 10\u00a0% likely');
    expect(text).toContain('+1 doubles the odds that the account is the pupil');
    const pdf = flat((await pdfText(r)).join(' '));
    expect(pdf).toMatch(/99\s% likely or more/);
    expect(pdf).toMatch(/From 10\s% likely/);
    expect(pdf).toContain('+1 doubles the odds that the account is the pupil');
  });

  it('explains NEW only when a finding is new', async () => {
    for (const [change, shown] of [
      ['continuing', false],
      ['new', true],
    ] as const) {
      const r = compared(change);
      expect(flat(String(await textReporter(r, plain))).includes('NEW: not in the audit of 1 September 2026')).toBe(
        shown,
      );
      expect(flat((await pdfText(r)).join(' ')).includes('NEW marks a finding')).toBe(shown);
    }
  });
});

describe('a REVIEW at FLAG’s bar', () => {
  it('says in text and PDF which rule keeps it from FLAG', async () => {
    const { dob: _dob, ...former } = pupil('Connor Walsh', { status: 'former', age: null });
    const r = report({
      findings: [
        finding(DAVID, former, { level: 'review', score: 0.991, reasons: ['NAME_EXACT', 'FORMER_PUPIL_DOB_UNKNOWN'] }),
      ],
    });
    const expected = 'REVIEW, not FLAG, though 99.1\u00a0% likely: the former pupil’s age is unknown';
    expect(flat(String(await textReporter(r, plain)))).toContain(expected);
    expect(flat((await pdfText(r)).join(' '))).toMatch(/REVIEW, not FLAG, though 99\.1\s% likely: the former pupil’s/);
  });
});

describe('the PDF', () => {
  it('has a glyph for the no-break space in each face the findings are set in', () => {
    for (const family of [FONT.body, FONT.table]) {
      const face = fontkit.openSync(FONT_FILES[family].normal) as fontkit.Font;
      expect(face.hasGlyphForCodePoint(0xa0)).toBe(true);
    }
  });

  it('keeps the Findings heading on the page where the first finding starts', async () => {
    // A first finding too tall for what is left of page 1 under the summary.
    const tall = finding(CAROL, pupil('Ruby Green'), {
      reasons: ['NAME_EXACT', 'HANDLE', 'HANDLE_YEAR_MATCHES_DOB', 'DECORATED', 'LEETSPEAK', 'CURRENT_PUPIL'],
      contributions: [
        {
          code: 'CONNECTED_AT_PUPIL_AGE',
          args: { age: '8 to 12', pupilsShare: 0.65, listsShare: 0.2, from: 'audit' },
          weight: 1.7,
        },
        {
          code: 'PLATFORM',
          args: { platform: 'snapchat', pupilsShare: 0.23, listsShare: 0.06, from: 'audit' },
          weight: 1.8,
        },
        { code: 'NAME_FREQUENCY', args: { oneIn: 710_000, part: 'name', otherAccounts: 1 }, weight: -2 },
      ],
      otherCandidates: [{ pupil: pupil('Ruby Green'), score: 0.01, reasons: ['NAME_EXACT', 'CURRENT_PUPIL'] }],
    });
    const pages = (await pdfText(report({ findings: [tall] }))).map(flat);
    const heading = pages.findIndex((page) => page.includes('2. Findings'));
    const first = pages.findIndex((page) => page.includes('Mrs Carol Ødegaard · Class teacher'));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(first).toBe(heading);
  });
});
