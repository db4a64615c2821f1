import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from './runCli.js';

/**
 * A script's `social-audit audit … --format json > audit.json` on a full disk. Node threw the write's
 * error from the stream's handler: a stack and exit 1, which `|| [ $? -eq 1 ]` reads as a finished audit
 * with findings, and the half-written file is taken for the report. /dev/full fails every write with ENOSPC.
 */
const sample = path.resolve('samples/westacre-infant');

function runInto(target: string, args: string[], stream: 'stdout' | 'stderr' = 'stdout') {
  const fd = openSync(target, 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      stdio: stream === 'stdout' ? ['ignore', fd, 'pipe'] : ['ignore', 'pipe', fd],
      encoding: 'utf8',
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync('/dev/full'))('standard output on a full disk', { timeout: 60_000 }, () => {
  it.each([
    ['the audit’s JSON', ['audit', sample, '--date', '2026-11-24', '--format', 'json']],
    ['the audit’s text', ['audit', sample, '--date', '2026-11-24']],
    ['exemptions list', ['exemptions', 'list', sample]],
  ])('%s: exit 2, saying the output is incomplete, no stack', (_what, args) => {
    const { code, stderr } = runInto('/dev/full', args);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^social-audit: standard output: cannot write the report: the disk is full \(ENOSPC\)/m);
    expect(stderr).toContain('incomplete');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['an audit that could check nothing', ['audit', '/nonexistent-folder'], 2],
    ['an audit with findings', ['audit', sample, '--date', '2026-11-24', '--format', 'json'], 1],
  ])('standard error on a full disk: %s keeps its exit status', (_what, args, status) => {
    expect(runInto('/dev/full', args, 'stderr').code).toBe(status);
  });
});
