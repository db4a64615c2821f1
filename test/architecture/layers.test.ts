import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callsProcessCwd, importsOf, layerViolations, type SourceFile } from './layerRules.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sourceFiles(): SourceFile[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file: file.split(path.sep).join('/'), text: readFileSync(path.join(SRC, file), 'utf8') }));
}

describe('the layers of src/', () => {
  it('run one way: no upward import, node:fs and signal handlers only in io/, no process.cwd() in commands/', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.file === 'io/lock.ts')).toBe(true);
    expect(layerViolations(files)).toEqual([]);
  });

  it('reads every kind of import, and no import in a comment or string', () => {
    const text = [
      "import type { A } from '../audit/A.js';",
      'import {\n  b,\n  c,\n} from "../commands/b.js";',
      "export { d } from '../prompts/d.js';",
      "const e = await import('node:fs');",
      "// import { f } from '../audit/f.js';",
      'const g = "import { g } from \'../audit/g.js\'";',
    ].join('\n');
    expect(importsOf(text)).toEqual(['../audit/A.js', '../commands/b.js', '../prompts/d.js', 'node:fs']);
  });

  it('catches each rule broken', () => {
    const planted: SourceFile[] = [
      { file: 'io/loadAuditFolder.ts', text: "import type { AuditInputs } from '../audit/AuditInputs.js';" },
      { file: 'read/connections/x.ts', text: "import { runAudit } from '../../audit/runAudit.js';" },
      { file: 'write/saveEdits.ts', text: "import { readFile } from 'node:fs/promises';" },
      { file: 'report/pdf/fonts.ts', text: "import { readFileSync } from 'fs';" },
      { file: 'commands/audit.ts', text: 'const here = process.cwd();\n// process.cwd() in a comment is no call' },
      { file: 'commands/exemptionsAdd.ts', text: "import { createNicknameBook } from '../match/nicknames.js';" },
      { file: 'prompts/pickers.ts', text: "import { describePupilStatus } from '../report/wording.js';" },
      { file: 'model/AuditInputs.ts', text: "import type { TextSource } from '../io/TextSource.js';" },
      { file: 'report/textReporter.ts', text: "import { main } from '../cli.js';" },
      { file: 'write/saveEdits.ts', text: "process.on('SIGINT', hold);" },
    ];
    expect(layerViolations(planted).map((v) => `${v.file}: ${v.rule}`)).toEqual([
      'io/loadAuditFolder.ts: io/ imports upward',
      'read/connections/x.ts: read/ imports upward',
      'write/saveEdits.ts: node:fs only under io/',
      'report/pdf/fonts.ts: node:fs only under io/',
      'commands/audit.ts: process.cwd() in commands/',
      'commands/exemptionsAdd.ts: commands/ reach into match/',
      'prompts/pickers.ts: prompts/ reach into report/ or match/',
      'model/AuditInputs.ts: model/ imports only model/',
      'report/textReporter.ts: report/ imports upward',
      'write/saveEdits.ts: process handlers only in io/ and cli.ts',
    ]);
  });

  it('allows what the layers are for', () => {
    const allowed: SourceFile[] = [
      {
        file: 'audit/runAudit.ts',
        text: "import { readStaff } from '../read/readStaff.js';\nimport { createMatcher } from '../match/createMatcher.js';",
      },
      { file: 'io/lock.ts', text: "import { readFile } from 'node:fs/promises';" },
      { file: 'commands/CliIO.ts', text: 'const cwd = io.cwd; // not process.cwd()' },
      { file: 'prompts/PromptKit.ts', text: "import { inert } from '../audit/display.js';" },
      { file: 'io/holdingInterrupts.ts', text: "process.on('SIGINT', hold);" },
      { file: 'cli.ts', text: "process.on('exit', done);" },
    ];
    expect(layerViolations(allowed)).toEqual([]);
    expect(callsProcessCwd('x.ts', 'process.cwd ()')).toBe(true);
  });
});
