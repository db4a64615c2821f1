import path from 'node:path';
import ts from 'typescript';

/** A source file of `src/`, by its path from `src/` (`io/lock.ts`), with its text. */
export interface SourceFile {
  file: string;
  text: string;
}

export interface Violation {
  file: string;
  rule: string;
  detail: string;
}

/** The layers under the core: they never reach up into the audit, the commands or the prompts. */
const LOWER = ['io', 'read', 'normalise', 'match', 'policy', 'model', 'report', 'write'];
const UPPER = ['audit', 'commands', 'prompts', 'cli.ts', 'index.ts'];
const FILE_SYSTEM = new Set(['fs', 'fs/promises', 'node:fs', 'node:fs/promises']);

const layerOf = (file: string): string => file.split('/')[0]!;

/** Every module a file imports or re-exports, statically or with `import()`. */
export function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);
}

/** The methods of `process` the code (not its comments or strings) calls: `cwd`, `on`… */
function processCalls(file: string, text: string): Set<string> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const calls = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'process'
    ) {
      calls.add(node.expression.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

/** Whether the code calls `process.cwd()`. */
export function callsProcessCwd(file: string, text: string): boolean {
  return processCalls(file, text).has('cwd');
}

const SIGNAL_HANDLERS = ['on', 'once', 'off', 'addListener', 'removeListener'];

/** The rules of README's "For developers": each broken rule, with the file and import that break it. */
export function layerViolations(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const { file, text } of files) {
    const layer = layerOf(file);
    for (const specifier of importsOf(text)) {
      if (FILE_SYSTEM.has(specifier) && layer !== 'io') {
        violations.push({ file, rule: 'node:fs only under io/', detail: specifier });
      }
      if (!specifier.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
      const to = layerOf(target);
      if (LOWER.includes(layer) && UPPER.includes(to))
        violations.push({ file, rule: `${layer}/ imports upward`, detail: specifier });
      if (layer === 'model' && to !== 'model')
        violations.push({ file, rule: 'model/ imports only model/', detail: specifier });
      if (layer === 'prompts' && (to === 'report' || to === 'match'))
        violations.push({ file, rule: 'prompts/ reach into report/ or match/', detail: specifier });
      if (layer === 'commands' && to === 'match')
        violations.push({ file, rule: 'commands/ reach into match/', detail: specifier });
    }
    const calls = processCalls(file, text);
    if (layer === 'commands' && calls.has('cwd'))
      violations.push({ file, rule: 'process.cwd() in commands/', detail: 'use CliIO' });
    const handlers = SIGNAL_HANDLERS.filter((method) => calls.has(method));
    if (handlers.length > 0 && layer !== 'io' && layer !== 'cli.ts') {
      violations.push({
        file,
        rule: 'process handlers only in io/ and cli.ts',
        detail: handlers.map((h) => `process.${h}`).join(', '),
      });
    }
  }
  return violations;
}
