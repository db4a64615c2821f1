import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runAudit } from '../../src/audit/runAudit.js';
import { REASON_CODES } from '../../src/model/reasons.js';
import type { AuditReport } from '../../src/model/report.js';
import { csvParts, csvReporter } from '../../src/report/csvReporter.js';
import { jsonParts, jsonReporter } from '../../src/report/jsonReporter.js';
import { redactReport } from '../../src/report/redact.js';
import { textReporter } from '../../src/report/textReporter.js';
import { describeReason, nextSteps } from '../../src/report/wording.js';
import { csv, inputsFromText } from '../helpers/sources.js';

const plain = { color: false, width: 100 };

async function sampleReport(): Promise<AuditReport> {
  return runAudit(
    inputsFromText({
      rolls: {
        'roll.csv': csv(
          'UPN,Forename,Surname,DOB,Year',
          'P1,Zoë,Łukasik,01/01/2018,Year  3',
          'P2,Hana,Ito,01/01/2017,Year  4',
        ),
      },
      staff: csv('staff_id,name,role', 'S1,Jane Doe,Teacher', 'S2,Tom Brown,Governor'),
      exemptions: csv('staff_id,pupil_id,relationship,recorded_by,recorded_on', 'S2,P2,aunt/uncle,Head,2026-09-01'),
      connections: {
        'connections.csv': csv(
          'staff_id,platform,display_name,username,relationship,connected_on',
          'S1,facebook,Zoe Łukasik,,friend,2025-03-01',
          'S1,instagram,"=HYPERLINK(""http://x.invalid"",""Zoë Łukasik"")",zoe.łukasik,follower,',
          'S2,tiktok,Hana Ito,,follower,',
        ),
      },
    }),
    { auditDate: '2026-11-24', school: 'Westacre Infant' },
  );
}

describe('text reporter', () => {
  it('puts the summary first, groups findings by staff member and ends with the policy’s next steps', async () => {
    const text = String(await textReporter(await sampleReport(), plain));
    const at = (s: string) => text.indexOf(s);
    expect(at('Summary')).toBeGreaterThan(0);
    expect(at('Summary')).toBeLessThan(at('Findings\n'));
    expect(text).toContain('Jane Doe (S1, Teacher) — 2 for review');
    expect(text).toMatch(/Weighed: .*the forename is the pupil’s \(\+/);
    expect(text).toContain('Zoë Łukasik — current pupil, Year 3, age 8');
    expect(text).toContain('Facebook: "Zoe Łukasik" · friends · since 1 March 2025');
    expect(text.replace(/\s+/g, ' ')).toContain(describeReason('CURRENT_PUPIL'));
    expect(text).toContain('Source: connections.csv:2');
    expect(text).toContain('Excluded by declared family links');
    expect(text).toContain('Tom Brown — Hana Ito (aunt/uncle, recorded by Head on 1 September 2026)');
    expect(at('Next steps')).toBeGreaterThan(at('Excluded by declared family links'));
    for (const step of nextSteps({ findings: { review: 0 } })) expect(text.replace(/\s+/g, ' ')).toContain(step);
  });

  it('shows what each member of staff handed in, and who handed in nothing', async () => {
    const report = await sampleReport();
    const withSilentGovernor = {
      ...report,
      coverage: [
        ...report.coverage,
        { staff: { id: 'S3', name: 'Quiet Person', role: 'Governor' }, platforms: {}, connections: 0 },
      ],
    };
    const text = String(await textReporter(withSilentGovernor, plain));
    expect(text).toContain(
      'Connection lists read\n  Jane Doe      Facebook 1, Instagram 1\n  Tom Brown     TikTok 1\n  Quiet Person  nothing handed in\n',
    );
  });

  it('says a redacted account’s name is withheld, rather than leaving a gap', async () => {
    const text = String(await textReporter(redactReport(await sampleReport()), plain));
    expect(text).toContain('Facebook: (name withheld) · friends');
    expect(text).not.toMatch(/: {2}·/);
  });

  it('uses colour only when the context allows it', async () => {
    const report = await sampleReport();
    expect(String(await textReporter(report, plain))).not.toContain('\u001b[');
    expect(String(await textReporter(report, { color: true, width: 100 }))).toContain('\u001b[');
  });

  it('says plainly when there is nothing to report', async () => {
    const report = await runAudit(
      inputsFromText({ rolls: { 'roll.csv': csv('UPN,Forename,Surname', 'P1,Amy,Lee') } }),
      { auditDate: '2026-11-24' },
    );
    const text = String(await textReporter(report, plain));
    expect(text).toContain('No connections between staff and pupils in scope were found.');
    expect(text).not.toContain('Next steps');
  });

  it('asks for REVIEW findings to be decided only when there are some', async () => {
    const report = await sampleReport();
    const noReview = { ...report, summary: { ...report.summary, findings: { ...report.summary.findings, review: 0 } } };
    expect(String(await textReporter(noReview, plain))).not.toContain('social-audit review');
    const withReview = {
      ...report,
      summary: { ...report.summary, findings: { ...report.summary.findings, review: 1 } },
    };
    expect(String(await textReporter(withReview, plain))).toContain('decide it with `social-audit review audit.json`');
  });

  it('has wording for every reason code', () => {
    for (const code of REASON_CODES) expect(describeReason(code)).toMatch(/\w/);
  });
});

describe('csv reporter', () => {
  it('writes one row per finding and neutralises formula-like cells', async () => {
    const out = String(await csvReporter(await sampleReport(), plain));
    expect(out.startsWith('\uFEFFlevel,staff_id')).toBe(true);
    const rows = parse(out, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.display_name)).toEqual(['Zoe Łukasik', `'=HYPERLINK("http://x.invalid","Zoë Łukasik")`]);
    expect(rows[0]).toMatchObject({
      level: 'review',
      staff_id: 'S1',
      pupil_id: 'P1',
      pupil_name: 'Zoë Łukasik',
      reasons: 'NAME_EXACT CURRENT_PUPIL',
      source: 'connections.csv:2',
    });
    expect(rows[0]!.weighed).toMatch(/the forename is the pupil’s \(\+/);
    // Added columns come last, so that scripts reading by position keep working.
    expect(Object.keys(rows[0]!).slice(-11)).toEqual([
      'source',
      'number',
      'report_to',
      'change',
      'weighed',
      'same_account',
      'staff_school',
      'other_candidates_left_out',
      'same_account_elsewhere',
      'confirmed_by',
      'confirmed_on',
    ]);
    expect(rows.map((r) => [r.number, r.report_to, r.change])).toEqual([
      ['1', 'Designated Safeguarding Lead', ''],
      ['2', 'Designated Safeguarding Lead', ''],
    ]);
  });
});

describe('csv reporter, a finding confirmed at an earlier review', () => {
  it('says who confirmed it and when, as the text report does (initials in the redacted copy)', async () => {
    const report = await sampleReport();
    const [first, ...rest] = report.findings;
    const confirmed = {
      ...report,
      findings: [
        { ...first!, decision: { decision: 'confirm' as const, decidedBy: 'Kate Head', decidedOn: '2026-10-01' } },
        ...rest,
      ],
    };
    const rows = (r: AuditReport) =>
      parse(String(csvReporter(r, plain)), { columns: true, bom: true }) as Record<string, string>[];
    expect(rows(confirmed).map((r) => [r.confirmed_by, r.confirmed_on])).toEqual([
      ['Kate Head', '2026-10-01'],
      ['', ''],
    ]);
    expect(String(textReporter(confirmed, plain))).toContain('Confirmed by Kate Head on 1 October 2026');
    expect(rows(redactReport(confirmed))[0]!.confirmed_by).toBe('K.H.');
  });
});

describe('json reporter', () => {
  it('writes the contract’s report', async () => {
    const json = JSON.parse(textOf(await jsonReporter(await sampleReport(), plain)));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining(['tool', 'auditDate', 'summary', 'findings', 'exempted', 'warnings']),
    );
    expect(json.tool.name).toBe('social-audit');
    expect(json.auditDate).toBe('2026-11-24');
    const [finding] = json.findings;
    expect(Object.keys(finding)).toEqual(
      expect.arrayContaining(['level', 'staff', 'pupil', 'connection', 'score', 'reasons']),
    );
    expect(finding.pupil).toMatchObject({ id: 'P1', name: 'Zoë Łukasik', status: 'current', age: 8 });
    expect(finding.connection).toMatchObject({
      platform: 'facebook',
      name: 'Zoe Łukasik',
      relationship: 'friend',
      connectedOn: '2025-03-01',
      source: 'connections.csv:2',
    });
    expect(finding.score).toBeGreaterThan(0);
    expect(finding.score).toBeLessThanOrEqual(1);
    expect(json.exempted[0]).toMatchObject({
      staff: { id: 'S2' },
      pupil: { id: 'P2' },
      exemption: { relationship: 'aunt/uncle', recordedBy: 'Head' },
    });
  });

  it('writes exactly what JSON.stringify(report, null, 2) writes, in UTF-8', async () => {
    const report = await sampleReport();
    expect(report.findings.length).toBeGreaterThan(1);
    expect(report.dismissed).toEqual([]);
    expect(textOf(await jsonReporter(report, plain))).toBe(`${JSON.stringify(report, null, 2)}\n`);
    const odd = {
      ...report,
      school: 'St Zoë’s "Infant"\nSchool',
      findings: [],
      warnings: [{ code: 'X', message: 'a\tb 😀' }],
    } as unknown as AuditReport;
    expect(textOf(await jsonReporter(odd, plain))).toBe(`${JSON.stringify(odd, null, 2)}\n`);
    // A trust's lists are set out a few items at a time: the joins must not show.
    for (const count of [15, 16, 17, 32, 33, 600]) {
      const many = {
        ...report,
        findings: Array.from({ length: count }, (_, i) => ({
          ...report.findings[i % report.findings.length]!,
          score: i,
        })),
      };
      expect(textOf(await jsonReporter(many, plain))).toBe(`${JSON.stringify(many, null, 2)}\n`);
      expect([...jsonParts(many)].join('')).toBe(`${JSON.stringify(many, null, 2)}\n`);
    }
    expect([...jsonParts(odd)].join('')).toBe(`${JSON.stringify(odd, null, 2)}\n`);
  });

  it('writes the CSV in parts exactly as whole, however many findings (header and BOM once)', async () => {
    const report = await sampleReport();
    for (const count of [0, 1, 255, 256, 257, 600]) {
      const many = {
        ...report,
        findings: Array.from({ length: count }, (_, i) => ({
          ...report.findings[i % report.findings.length]!,
          number: i + 1,
        })),
      };
      const parts = [...csvParts(many)];
      expect(parts.join('')).toBe(await csvReporter(many, plain));
      expect(parts).toHaveLength(Math.max(1, Math.ceil(count / 256)));
    }
  });
});

function textOf(output: string | Uint8Array): string {
  return typeof output === 'string' ? output : new TextDecoder().decode(output);
}

describe('terminal controls in names, in the JSON and CSV reports', () => {
  const hostile = async (): Promise<AuditReport> => {
    const report = await sampleReport();
    const [first, ...rest] = report.findings;
    // A one-byte CSI (U+009B) clearing the screen, ESC planting a link, a right-to-left override reversing the name.
    const name = '\u009b2J\u001b]8;;http://x\u0007Amy\u202e Lee\u2066';
    return { ...report, findings: [{ ...first!, connection: { ...first!.connection, name } }, ...rest] };
  };

  it('writes them in the JSON as \\u escapes: the same data parsed, nothing a terminal acts on', async () => {
    const report = await hostile();
    const text = textOf(await jsonReporter(report, plain));
    const acted = [...text].filter((ch) => {
      const code = ch.codePointAt(0)!;
      return (code < 0x20 && ch !== '\n') || (code >= 0x7f && code <= 0x9f) || /[\u202a-\u202e\u2066-\u2069]/.test(ch);
    });
    expect(acted).toEqual([]);
    expect(text).toContain('"\\u009b2J\\u001b]8;;http://x\\u0007Amy\\u202e Lee\\u2066"');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(report)));
    expect([...jsonParts(report)].join('')).toBe(text);
  });
});
