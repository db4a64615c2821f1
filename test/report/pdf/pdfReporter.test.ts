import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../../../src/model/report.js';
import { pdfReporter } from '../../../src/report/pdf/pdfReporter.js';
import { MAX_TEXT_LENGTH } from '../../../src/report/pdf/TextGuard.js';
import type { ReportContext } from '../../../src/report/Reporter.js';
import { redactReport } from '../../../src/report/redact.js';
import { toAuditWarning } from '../../../src/report/warningWording.js';
import { NEXT_STEPS, SECURITY_MARKING } from '../../../src/report/wording.js';
import { CAROL, DAVID, finding, pupil, report, WORLD_NAMES, worldReport } from './factories.js';
import { pdfPages, pdfSyntax } from './pdfText.js';

const context = { color: false, width: 100, ranBy: 'Jo Whitfield, Trust data manager', term: 'Autumn term 2026' };
const render = async (r: AuditReport, ctx: ReportContext = context): Promise<Uint8Array> =>
  (await pdfReporter(r, ctx)) as Uint8Array;
const flat = (text: string): string => text.replace(/\s+/g, ' ');

// Rendered once for the file: several tests read the same document.
let worldPdf: Promise<Uint8Array> | undefined;
const renderWorld = (): Promise<Uint8Array> => (worldPdf ??= render(worldReport()));

/** One member of staff with enough findings to run over several pages. */
function longReport(count = 45): AuditReport {
  return report({
    findings: Array.from({ length: count }, (_, i) =>
      finding(CAROL, pupil(`Pupil Number${i + 1} Ñúñez`), { level: i % 3 ? 'flag' : 'review' }),
    ),
  });
}

describe('pdf reporter', () => {
  it('writes an A4 PDF whose text holds every name exactly, whatever its script', async () => {
    const bytes = await renderWorld();
    expect(pdfSyntax(bytes).startsWith('%PDF-')).toBe(true);
    expect(pdfSyntax(bytes)).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = (await pdfPages(bytes)).join('\n');
    for (const name of WORLD_NAMES) expect(text).toContain(name);
    expect(text).toContain('Mrs Carol Ødegaard');
    expect(text).not.toContain('\uFFFD');
  });

  it('carries the cover block, summary, findings, exclusions, warnings, next steps and sign-off', async () => {
    const text = flat((await pdfPages(await renderWorld())).join('\n'));
    for (const expected of [
      'Staff social networking audit',
      'Hollowmere Primary School',
      'Audit date 24 November 2026',
      'Term Autumn term 2026',
      'Carried out by Jo Whitfield, Trust data manager',
      'Produced with social-audit 0.1.0',
      '5 connections flagged and 1 connection for review, involving 2 members of staff.',
      'Connections read 1,234',
      'Mrs Carol Ødegaard · Class teacher · S01 — 3 flagged',
      'David Okafor · Teaching assistant · S02 — 2 flagged, 1 for review',
      'current pupil, Year 4 4B, age 9',
      '@zoë.łukasik',
      'since 1 March 2026',
      'the name is the pupil’s name',
      'Amira Okafor',
      'by Helen Carter on 8 September 2026',
      'connections.csv:7',
      'Headteacher',
      'Chair of governors',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(NEXT_STEPS[0]!.slice(0, 60));
    const order = [
      '1. Summary',
      '2. Findings',
      '3. Next steps',
      '4. Excluded by declared family links',
      '5. Connection lists received',
      '6. Warnings',
      '7. Sign-off',
    ];
    expect(order.map((h) => text.indexOf(h))).toEqual(order.map((h) => text.indexOf(h)).sort((a, b) => a - b));
    expect(order.every((h) => text.includes(h))).toBe(true);
  });

  it('never loses the next steps or the sign-off, wherever the page breaks fall', async () => {
    // A heading asking for a page break inside a block kept on one page made pdfmake drop the block.
    for (const count of [1, 2, 3, 5, 8, 13, 21]) {
      const pages = await pdfPages(await render(longReport(count)));
      const text = flat(pages.join('\n'));
      expect(text, `${count} findings`).toContain('Next steps, as the policy sets them');
      expect(text, `${count} findings`).toContain('Sign-off');
      expect(
        pages.filter(
          (page) =>
            page.replace(/OFFICIAL-SENSITIVE|Page \d+ of \d+|Hollowmere Primary School|24 November 2026|·|\s/g, '') ===
            '',
        ),
        `${count} findings`,
      ).toEqual([]);
    }
  });

  it('marks every page OFFICIAL-SENSITIVE and numbers it "Page N of M"', async () => {
    const pages = await pdfPages(await render(longReport()));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, i) => {
      expect(page).toContain(SECURITY_MARKING);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('repeats the staff row and column headings on every page of a long table, and never splits a finding', async () => {
    const r = longReport();
    const pages = (await pdfPages(await render(r))).map(flat);
    const tablePages = pages.filter((page) => page.includes('Pupil Number'));
    expect(tablePages.length).toBeGreaterThanOrEqual(3);
    expect(pages[1]).toContain('Pupil Number');
    for (const page of tablePages) {
      expect(page).toContain('Level Pupil Platform, name as shown Relationship, connected on; source');
      expect(page).toContain('Mrs Carol Ødegaard · Class teacher');
    }
    // Each finding's first line (pupil) and last line (why, across the row) are on the same page.
    for (const f of r.findings) {
      const first = pages.findIndex((page) => page.includes(`${f.pupil.name} `));
      expect(first).toBeGreaterThanOrEqual(0);
      expect(pages[first]).toMatch(
        new RegExp(`${f.pupil.name} .*${f.connection.source} Why: the name is the pupil’s name; current pupil`),
      );
    }
  });

  it('gives the same bytes for the same report, dated by the audit date', async () => {
    const input = worldReport();
    const pristine = structuredClone(input);
    const [a, b] = [await render(input), await render(structuredClone(pristine))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(input).toEqual(pristine);
    expect(pdfSyntax(a)).toContain('(D:20261124000000Z)');
    const later = await render({ ...worldReport(), auditDate: '2027-03-15' });
    expect(pdfSyntax(later)).toContain('(D:20270315000000Z)');
  });

  it('shows a character the fonts cannot draw as a visible mark and counts a warning for it', async () => {
    const base = worldReport();
    const odd = finding(DAVID, pupil('Fang Wang'), {});
    // Characters of CJK Extension B and the private use area: no embedded face draws them.
    odd.connection = { ...odd.connection, name: '𠮷\uE000 Fang Wang', source: 'connections.csv:10' };
    delete odd.connection.username;
    const r = { ...base, findings: [...base.findings, odd] };
    const text = flat((await pdfPages(await render(r))).join('\n'));
    expect(text).toContain('\uFFFD\uFFFD Fang Wang');
    expect(text).toMatch(
      /connections\.csv:10 Finding \d+, name as shown: 2 characters the PDF’s font cannot draw \(U\+20BB7, U\+E000\) shown as \uFFFD/,
    );
    // The audit's own count, as in every format; the PDF's note on its own text is counted apart.
    expect(text).toContain(`Warnings ${base.summary.warnings} (and 1 note on drawing this PDF)`);
  });

  it('draws the stylised letters of a decorated name with the fallback face, exactly', async () => {
    const base = worldReport();
    const fancy = finding(DAVID, pupil('Zoe Marsh'), { reasons: ['DECORATED', 'CURRENT_PUPIL'] });
    fancy.connection = { ...fancy.connection, name: '𝓩𝓸𝓮 𝐌𝐚𝐫𝐬𝐡 ★', username: 'zoe.marsh' };
    const pages = await pdfPages(await render({ ...base, findings: [...base.findings, fancy] }));
    const text = flat(pages.join('\n'));
    expect(text).toContain('𝓩𝓸𝓮 𝐌𝐚𝐫𝐬𝐡 ★');
    expect(text).not.toContain('\uFFFD');
    expect(text).toContain(`Warnings ${base.summary.warnings}`);
  });

  it('draws fullwidth, small-capital and enclosed letters, emoji and CJK from the fallback faces, exactly', async () => {
    const base = worldReport();
    const names = ['Ｚｏｅ　Ｍａｒｓｈ', 'ᴢᴏᴇ ᴍᴀʀꜱʜ', 'ⓩⓞⓔ 🅼🅰🆁🆂🅷', 'Zoe ✨🌸🦋 Marsh 🥰', '王芳 Fang Wang'];
    const decorated = names.map((name, i) => {
      const f = finding(DAVID, pupil(`Zoe Marsh${'e'.repeat(i)}`), { reasons: ['DECORATED', 'CURRENT_PUPIL'] });
      f.connection = { ...f.connection, name, username: `zoe.marsh${i}` };
      return f;
    });
    const text = (await pdfPages(await render({ ...base, findings: [...base.findings, ...decorated] }))).join('\n');
    for (const name of names) expect(text.replace(/\s+/g, ' ')).toContain(name.replace(/\s+/g, ' '));
    expect(text).not.toContain('\uFFFD');
    expect(flat(text)).toContain(`Warnings ${base.summary.warnings}`);
  });

  it('keeps an over-long text from losing the end of its row, saying where it was shortened', async () => {
    const base = worldReport();
    const junk = finding(DAVID, pupil('Isla Reid'));
    junk.connection = {
      ...junk.connection,
      name: `Isla Reid ${'lorem ipsum '.repeat(400)}`,
      username: 'isla.reid.last',
    };
    const text = flat((await pdfPages(await render({ ...base, findings: [...base.findings, junk] }))).join('\n'));
    expect(text).toContain('… [shortened: 4,810 characters in all]');
    expect(text).toContain('@isla.reid.last');
    expect(text).toMatch(/Finding \d+, name as shown: 4,810 characters, too long for the PDF’s tables/);
  });

  it('prints a long warning whole, hint and all, where a name that long would be shortened', async () => {
    const base = worldReport();
    const warnings = [
      toAuditWarning({ code: 'DOB_COLUMN_MISSING', args: { pupils: 212 } }, 'roll.csv'),
      toAuditWarning({
        code: 'DECISIONS_DISAGREE',
        args: {
          kind: 'decisions',
          file: 'decisions.csv',
          staff: [{ id: 'S1', name: 'Carol Ainsworth' }],
          platform: 'instagram',
          account: '@isla.reid',
          rows: [2, 9].map((line, i) => ({
            line,
            key: 'S1|instagram|@isla.reid|P1',
            staffId: 'S1',
            decision: i ? 'dismiss' : 'confirm',
            pupilId: 'P1',
            pupilName: 'Isla Reid',
            decidedBy: 'K. Head',
            decidedOn: '2026-12-01',
          })),
        },
      }),
    ];
    expect(warnings.map((w) => w.message.length > MAX_TEXT_LENGTH)).toEqual([true, true]);
    const text = flat((await pdfPages(await render({ ...base, warnings }))).join('\n'));
    expect(text).not.toContain('[shortened');
    for (const warning of warnings) expect(text).toContain(flat(warning.message).slice(-60));
  });

  it('shows the redacted report without any pupil or staff name, username or source', async () => {
    const full = worldReport();
    const bytes = await render(redactReport(full));
    const text = flat((await pdfPages(bytes)).join('\n'));
    const secrets = [
      ...full.findings.flatMap((f) => [
        f.pupil.name,
        f.staff.name,
        f.connection.username!,
        f.connection.source,
        f.pupil.id,
      ]),
      ...full.exempted.flatMap((e) => [e.pupil.name, e.staff.name, e.exemption.recordedBy!, e.exemption.note!]),
      ...WORLD_NAMES.flatMap((name) => name.split(' ')),
      'Ødegaard',
      'Okafor',
      'Callum',
      '4B',
    ];
    for (const secret of new Set(secrets)) expect(text).not.toContain(secret);
    expect(text).toContain('Redacted version for governors');
    expect(text).toContain('C.Ø. · Class teacher — 3 flagged');
    expect(text).toContain('Pupil 1 current pupil, Year 4, age 9');
    expect(text).toContain('5 connections flagged and 1 connection for review, involving 2 members of staff.');
    expect(text).toContain('Connections read 1,234');
  });

  it('names the findings of the same account on other staff members’ lists', async () => {
    const zoe = pupil('Zoë Łukasik');
    const r = report({
      findings: [
        finding(CAROL, zoe, { number: 1, sameAccount: [2] }),
        finding(DAVID, zoe, { number: 2, sameAccount: [1] }),
      ],
    });
    const text = flat((await pdfPages(await render(r))).join('\n'));
    expect(text).toContain('The same account is on other staff members’ lists as this pupil: finding 2');
    expect(text).toContain('The same account is on other staff members’ lists as this pupil: finding 1');
  });

  it('says plainly when nothing was found', async () => {
    const text = flat(
      (await pdfPages(await render(report({ staff: [CAROL] }), { color: false, width: 100 }))).join('\n'),
    );
    expect(text).toContain('No connections between staff and pupils in scope were found.');
    expect(text).toContain('Term not recorded');
    expect(text).toContain('Carried out by not recorded');
    expect(text).not.toContain('Next steps');
  });

  it('numbers the findings, marks the new ones, ends them with what was resolved, and routes them by role', async () => {
    const { finishReport } = await import('../../../src/audit/finishReport.js');
    const head = { id: 'S09', name: 'Alice Hart', role: 'Headteacher' };
    const chair = { id: 'S10', name: 'Dev Rao', role: 'Chair of Governors' };
    const kept = finding(DAVID, pupil('Harvey Lewis'));
    const previous = finishReport(
      report({ findings: [finding(CAROL, pupil('Zoë Łukasik')), kept], auditDate: '2026-07-01' }),
    );
    expect(previous.findings.map((f) => f.pupil.name)).toEqual(['Harvey Lewis', 'Zoë Łukasik']);
    const now = finishReport(
      report({ findings: [previous.findings[0]!, finding(head, pupil('Oliver Smith'))], staff: [head, DAVID, chair] }),
      { previous, inScope: () => true },
    );
    const text = flat((await pdfPages(await render(now))).join('\n'));
    expect(text).toMatch(/1\. FLAG NEW Oliver Smith/);
    expect(text).toMatch(/2\. FLAG Harvey Lewis/);
    expect(text).toContain('Since 1 July 2026 1 new, 1 continuing, 1 resolved');
    expect(text).toContain('Resolved since 1 July 2026');
    expect(text).toMatch(/Finding 2 Mrs Carol Ødegaard .*Zoë Łukasik .*the connection is gone/);
    expect(text).toContain('Finding 1 concerns the Headteacher: give it to the Chair of Governors, Dev Rao.');
    const redacted = flat((await pdfPages(await render(redactReport(now)))).join('\n'));
    expect(redacted).toContain('Finding 1 concerns the Headteacher: give it to the Chair of Governors.');
    expect(redacted).not.toContain('Dev Rao');
  });
});
