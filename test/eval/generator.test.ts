import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM module without types
import { generateAudit } from '../../eval/lib/generateAudit.mjs';

const made: string[] = [];
function generate(seed: string): string {
  const out = mkdtempSync(join(tmpdir(), 'held-out-test-'));
  made.push(out);
  generateAudit({ size: 'tiny', seed, out, date: '2026-11-30' });
  return out;
}

function files(dir: string): Map<string, string> {
  const all = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else all.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return all;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

// One audit for the tests that only read it (each generation is a quarter of a second).
let shared: string | undefined;
const sharedAudit = () => (shared ??= generate('determinism'));

describe('held-out generator', () => {
  it('writes the same bytes for the same seed', () => {
    const a = files(sharedAudit());
    const b = files(generate('determinism'));
    expect(a.size).toBeGreaterThan(0);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
  });

  it('writes different data for another seed', () => {
    const a = files(generate('one seed'));
    const b = files(generate('another seed'));
    expect(a.get('audit/roll.csv')).not.toBe(b.get('audit/roll.csv'));
  });

  it('gives every truth row a source that points at a real connection row', () => {
    const dir = sharedAudit();
    const all = files(dir);
    const truth = all.get('truth/connections.csv')!.trim().split('\n').slice(1);
    expect(truth.length).toBeGreaterThan(10);
    for (const line of truth) {
      const [source = ''] = line.split(',');
      const at = source.lastIndexOf(':');
      const rows = all.get(join('audit', source.slice(0, at)))!.split(/\r?\n/);
      const n = Number(source.slice(at + 1));
      expect(n).toBeGreaterThan(1);
      expect(rows[n - 1]?.length, source).toBeGreaterThan(0);
    }
  });

  it('gives every pupil, current or former, a distinct id', () => {
    const all = files(sharedAudit());
    const ids = all
      .get('truth/pupils.csv')!
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',')[0]);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the truth out of the audit folder', () => {
    const names = [...files(sharedAudit()).keys()];
    expect(names.filter((n) => n.startsWith('audit/') && /truth|meta/.test(n))).toEqual([]);
    expect(names).toContain('truth/connections.csv');
  });
});
