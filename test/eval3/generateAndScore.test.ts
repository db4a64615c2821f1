import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolders } from '../helpers/tempFolders.js';

// eval3 is plain Node run as scripts (it is written blind to src/ and imports none of it), so the
// tests drive it as a person does: through `node eval3/generate.mjs` and `node eval3/score.mjs`.
const root = path.resolve(import.meta.dirname, '../..');
const temp = tempFolders('eval3');

function generate(seed: number): string {
  const out = path.join(temp.make(), 'data');
  execFileSync(process.execPath, [
    path.join(root, 'eval3/generate.mjs'),
    '--seed',
    String(seed),
    '--size',
    'tiny',
    '--out',
    out,
  ]);
  return out;
}

function files(folder: string): Map<string, Buffer> {
  const entries = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    entries.map((e) => [
      path.relative(folder, path.join(e.parentPath, e.name)),
      readFileSync(path.join(e.parentPath, e.name)),
    ]),
  );
}

/** One line of a CSV the generator wrote (quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let cell = '';
      let j = i + 1;
      for (; j < line.length; j++) {
        if (line[j] === '"' && line[j + 1] === '"') cell += line[++j];
        else if (line[j] === '"') break;
        else cell += line[j];
      }
      cells.push(cell);
      i = j + 2;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

describe('eval3/generate.mjs', () => {
  it('writes the same bytes for a seed, and other data for another seed', () => {
    const first = files(generate(5));
    const again = files(generate(5));
    const other = files(generate(6));
    expect([...first.keys()].sort()).toEqual([...again.keys()].sort());
    for (const [name, bytes] of first) expect(bytes.equals(again.get(name)!), name).toBe(true);
    expect(first.get('audit/roll.csv')!.equals(other.get('audit/roll.csv')!)).toBe(false);
    expect(first.get('truth/connections.csv')!.equals(other.get('truth/connections.csv')!)).toBe(false);
  });

  it('writes no row without a name or handle, and no account twice on one list', () => {
    for (const seed of [5, 6]) {
      const truth = files(generate(seed)).get('truth/connections.csv')!.toString('utf8').trim().split('\n').slice(1);
      const keys = new Set<string>();
      for (const line of truth) {
        const [, staff, , platform, display, username] = csvCells(line);
        expect(`${display}${username}`, line).not.toBe('');
        const key = `${staff}|${platform}|${display}|${username}`;
        expect(keys.has(key), line).toBe(false);
        keys.add(key);
      }
    }
  });

  it('keeps the truth out of the folder the tool reads, one truth row per connection row', () => {
    const data = files(generate(5));
    expect([...data.keys()].filter((n) => n.startsWith('audit/')).some((n) => /truth/.test(n))).toBe(false);
    const truth = data.get('truth/connections.csv')!.toString('utf8').trim().split('\n');
    const summary = JSON.parse(data.get('truth/summary.json')!.toString('utf8'));
    expect(truth.length - 1).toBe(summary.connections);
  });
});

const TRUTH = `source,staff_id,staff_school,platform,display_name,username,kind,pupil_id,pupil_school,status,age,class,disguise,note,rel_own,rel_own_pupil,rel_trust,rel_trust_pupil
connections.csv:2,S1,A,instagram,Amy Pond,,pupil,P1,A,current,14,clear,full,,,,,
connections.csv:3,S1,A,instagram,Rory W,,pupil,P2,A,current,15,weak,forename_initial,,,,,
connections.csv:4,S1,A,facebook,Amy Pond,,adult,,,,,,,,exact,P1,exact,P1
connections.csv:5,S1,A,facebook,Clara Oswald,,parent,P3,A,,,,,,,,,
connections.csv:6,S1,A,facebook,Donna Noble,,pupil,P4,A,former,19,clear,full,,,,,
connections.csv:7,S1,A,facebook,Martha Jones,,exempt,P5,A,current,12,clear,full,,,,,
connections.csv:8,S1,A,tiktok,Bill Potts,,pupil,P6,A,current,13,clear,handle_full,,,,,
`;

function finding(level: string, line: number, pupil: string, otherCandidates: string[] = []) {
  return {
    level,
    pupil: { id: pupil },
    connection: { source: `connections.csv:${line}` },
    otherCandidates: otherCandidates.map((id) => ({ pupil: { id } })),
  };
}

describe('eval3/score.mjs', () => {
  it('counts a hand-made report: right pupils only, wrong flags and false reviews by kind', () => {
    const data = temp.make();
    mkdirSync(path.join(data, 'truth'));
    writeFileSync(path.join(data, 'truth', 'connections.csv'), TRUTH);
    const report = path.join(data, 'audit.json');
    writeFileSync(
      report,
      JSON.stringify({
        summary: { connections: 7 },
        findings: [
          finding('flag', 2, 'P1'), // right
          finding('review', 3, 'P9', ['P2']), // the weak pupil found among the candidates
          finding('flag', 4, 'P1'), // an adult namesake flagged: wrong
          finding('review', 5, 'P3'), // a parent reviewed: a false review
          finding('review', 6, 'P4'), // a former pupil of 19 reported
          finding('flag', 8, 'P1'), // the right row, the wrong pupil: wrong, and P6 missed
        ],
        exempted: [{ connection: { source: 'connections.csv:7' } }],
      }),
    );
    const out = execFileSync(
      process.execPath,
      [path.join(root, 'eval3/score.mjs'), '--seed', '0', '--data', data, '--json', report],
      {
        encoding: 'utf8',
      },
    );
    expect(out).toContain('flag precision: 1 right of 3 flags (33.3 %)');
    expect(out).toContain('wrong: 1 adult (exact name of a pupil); 1 pupil clear handle_full');
    expect(out).toContain('clear-cut pupils flagged / found: 50.0 % / 50.0 % of 2');
    expect(out).toContain('weak-evidence pupils found: 100.0 % of 1');
    expect(out).toContain('false reviews: 2 (285.71 per 1,000 connection rows)');
    expect(out).toContain('parents 1 of 1');
    expect(out).toContain('former pupils 18+ reported: 1 of 1 (their accounts reported as another pupil: 0)');
    expect(out).toContain('declared family links reported: 0 of 1 (as another pupil: 0; listed as exempted: 1)');
    expect(out).toContain('| pupil clear handle_full | 1 | 0 | 0 | 1 |');
    expect(out).toContain('| current pupil | 3 | 33.3 % | 66.7 % |');
    expect(out).toContain('| on instagram | 2 | 50.0 % | 100.0 % |');
    expect(out).toContain('| on tiktok | 1 | 0.0 % | 0.0 % |');
  });
});
