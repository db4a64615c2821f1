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

/** Whether the code (not its comments or strings) calls `process.cwd()`. */
export function callsProcessCwd(file: string, text: string): boolean {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'cwd' &&
      ts.isIdentifier(node.expression.expression) &&
      node.expression.expression.text === 'process'
    ) {
      found = true;
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

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
    if (layer === 'commands' && callsProcessCwd(file, text))
      violations.push({ file, rule: 'process.cwd() in commands/', detail: 'use CliIO' });
  }
  return violations;
}
