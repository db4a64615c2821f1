import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectionFiles } from '../../../src/io/connectionFiles.js';
import { nodeFileSystem } from '../../../src/io/FileSystem.js';
import type { TextSource } from '../../../src/io/TextSource.js';
import type { Connection } from '../../../src/model/records.js';
import type { AuditWarning } from '../../../src/model/report.js';
import type { ConnectionImporter } from '../../../src/read/connections/ConnectionImporter.js';
import { findImporter } from '../../../src/read/connections/importers.js';
import { readConnectionSources } from '../../../src/read/connections/readConnectionSources.js';
import { toAuditWarning } from '../../../src/report/warningWording.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** A warning as the audit reports it: code, arguments and the words report/warningWording.ts gives them. */
export type Warning = AuditWarning;

/** A fixture file as the audit would see it, named relative to the fixtures folder. */
export function fixture(relative: string): TextSource {
  return nodeFileSystem.source(path.join(FIXTURES, relative), relative);
}

/** The importer the registry picks for a fixture, as the audit would pick it. */
export async function importerFor(source: TextSource): Promise<ConnectionImporter | undefined> {
  return findImporter({ name: source.name, head: await source.head() });
}

/** Everything an importer yields and warns for one file, read as staff member S01's. */
export async function importFile(
  importer: ConnectionImporter,
  source: TextSource,
): Promise<{ connections: Connection[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const connections: Connection[] = [];
  for await (const connection of importer.parse(source, {
    staffId: 'S01',
    warn: (warning, file) => warnings.push(toAuditWarning(warning, file)),
  })) {
    connections.push(connection);
  }
  return { connections, warnings };
}

/** Reads a folder laid out like `connections/` the way the audit does, every staff folder being known. */
export async function readFolder(folder: string): Promise<{
  connections: Connection[];
  warnings: Warning[];
  files: { name: string; platform: string; connections: number }[];
}> {
  const warnings: Warning[] = [];
  const files: { name: string; platform: string; connections: number }[] = [];
  const connections: Connection[] = [];
  const reading = readConnectionSources(connectionFiles(nodeFileSystem, folder, folder), {
    staffFor: (staffFolder) => ({ staffId: staffFolder.replace(/\.zip$/i, '') }),
    warn: (warning, source) => warnings.push(toAuditWarning(warning, source)),
    onFileRead: ({ name, importer, connections: count }) =>
      files.push({ name, platform: importer.platform, connections: count }),
  });
  for await (const connection of reading) connections.push(connection);
  return { connections, warnings, files };
}

/** The parts of connections a test cares about, in a form that reads well in failures. */
export function brief(connections: Connection[]): string[] {
  return connections.map((c) =>
    [c.platform, c.relationship, c.displayName ?? '-', c.username ?? '-', c.connectedOn ?? '-'].join(' | '),
  );
}
