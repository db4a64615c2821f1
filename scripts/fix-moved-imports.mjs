/**
 * node scripts/fix-moved-imports.mjs
 *
 * Issue 18 moved and renamed modules (tables to src/match/data/, modules named for what they
 * hold). A branch written before the moves still imports the old paths: this rewrites those
 * imports in src/, test/, scripts/ and eval/ to where each imported name now lives, and names
 * what it could not place. Run it after merging the moves; it changes only import specifiers.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** Old module (from the root, no extension) → where its names went; `*` for the rest. */
const MOVES = {
  'src/match/nicknameTable': { '*': 'src/match/data/nicknameTable' },
  'src/match/givenNames': { '*': 'src/match/data/givenNames' },
  'src/match/knownSurnames': { '*': 'src/match/data/knownSurnames', isKnownSurname: 'src/match/isKnownSurname' },
  'src/write/keptFiles': { '*': 'src/write/keptFileKinds' },
  'src/read/connections/metaText': { '*': 'src/read/connections/repairMojibake' },
  'src/read/connections/platformFiles': {
    '*': 'src/read/connections/platformJson',
    fileParts: 'src/read/connections/fileParts',
    dateFromSeconds: 'src/read/connections/platformDates',
    dateFromText: 'src/read/connections/platformDates',
    entryRef: 'src/read/connections/connectionOf',
    ConnectionFields: 'src/read/connections/connectionOf',
    connectionOf: 'src/read/connections/connectionOf',
    anyConnectionOf: 'src/read/connections/connectionOf',
  },
  'src/match/readConnection': { '*': 'src/match/nameReadings' },
  'src/commands/tuneGarbageCollection': { '*': null },
};

const IMPORT = /import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';/g;
const OTHER = /(from\s+|import\s*\(\s*|new URL\(\s*)'([^']+)'/g;

function moduleOf(file, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const target = path
    .relative(root, path.resolve(path.dirname(file), specifier))
    .split(path.sep)
    .join('/');
  const bare = target.replace(/\.(js|ts)$/, '');
  if (MOVES[bare]) return { moves: MOVES[bare], dist: false };
  const fromDist = bare.startsWith('dist/') ? `src/${bare.slice(5)}` : undefined;
  if (fromDist && MOVES[fromDist]) return { moves: MOVES[fromDist], dist: true };
  return undefined;
}

function specifierFor(file, module, dist, extension) {
  const target = dist ? `dist/${module.slice(4)}.js` : `${module}.${extension}`;
  const relative = path.relative(path.dirname(file), path.join(root, target)).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

const problems = [];
function rewrite(file, text) {
  let out = text.replace(IMPORT, (whole, typeWord, names, specifier) => {
    const type = typeWord ?? '';
    const found = moduleOf(file, specifier);
    if (!found) return whole;
    const extension = specifier.endsWith('.ts') ? 'ts' : 'js';
    const groups = new Map();
    for (const name of names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)) {
      const imported = name.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      const module = found.moves[imported] ?? found.moves['*'];
      if (module === null) {
        problems.push(`${path.relative(root, file)}: ${imported} was removed`);
        continue;
      }
      groups.set(module, [...(groups.get(module) ?? []), name]);
    }
    return [...groups]
      .map(
        ([module, list]) =>
          `import ${type}{ ${list.join(', ')} } from '${specifierFor(file, module, found.dist, extension)}';`,
      )
      .join('\n');
  });
  out = out.replace(OTHER, (whole, before, specifier) => {
    const found = moduleOf(file, specifier);
    if (!found) return whole;
    const module = found.moves['*'];
    if (Object.keys(found.moves).length > 1)
      problems.push(`${path.relative(root, file)}: check what '${specifier}' is used for`);
    if (module === null) return whole;
    return `${before}'${specifierFor(file, module, found.dist, specifier.endsWith('.ts') ? 'ts' : 'js')}'`;
  });
  return out;
}

function* files(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== 'fixtures') yield* files(full);
    else if (/\.(ts|mts|js|mjs)$/.test(entry.name)) yield full;
  }
}

let changed = 0;
for (const top of ['src', 'test', 'scripts', 'eval']) {
  let list;
  try {
    list = [...files(path.join(root, top))];
  } catch {
    continue;
  }
  for (const file of list) {
    const text = readFileSync(file, 'utf8');
    const out = rewrite(file, text);
    if (out !== text) {
      writeFileSync(file, out);
      changed++;
      process.stdout.write(`rewrote ${path.relative(root, file)}\n`);
    }
  }
}
process.stdout.write(`${changed} files rewritten\n`);
for (const problem of problems) process.stderr.write(`${problem}\n`);
process.exitCode = problems.length > 0 ? 1 : 0;
