import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import yazl from 'yazl';

/**
 * ZIPs for tests, built from fixture folders or from strings as the platforms would send them,
 * rather than committed as binaries. The helpers that spoil a ZIP on purpose patch its bytes.
 */
export async function makeZip(
  entries: readonly { name: string; data: string | Buffer; compress?: boolean }[],
): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const entry of entries) {
    zip.addBuffer(typeof entry.data === 'string' ? Buffer.from(entry.data) : entry.data, entry.name, {
      compress: entry.compress ?? true,
      mtime: new Date(2024, 4, 1),
    });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every file under `dir`, named relative to it, with `prefix` before each name. */
export async function zipFolder(dir: string, prefix = ''): Promise<Buffer> {
  const entries: { name: string; data: Buffer }[] = [];
  for (const relative of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())) {
    const full = path.join(relative.parentPath, relative.name);
    entries.push({ name: prefix + path.relative(dir, full).split(path.sep).join('/'), data: await readFile(full) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  return makeZip(entries);
}

/** Renames an entry in place to a name yazl would refuse (`../x`, `/x`); both names must be as long. */
export function patchName(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('patchName needs names of one length');
  return Buffer.from(zip.toString('latin1').split(from).join(to), 'latin1');
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;

function headers(zip: Buffer, signature: number): number[] {
  const at: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (zip.readUInt32LE(i) === signature) at.push(i);
  return at;
}

/** Sets the "encrypted" flag on every entry, as a password-protected ZIP has it. */
export function markEncrypted(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  for (const at of headers(copy, LOCAL)) copy.writeUInt16LE(copy.readUInt16LE(at + 6) | 1, at + 6);
  for (const at of headers(copy, CENTRAL)) copy.writeUInt16LE(copy.readUInt16LE(at + 8) | 1, at + 8);
  return copy;
}

/** Points every entry at the first entry's data, the trick of overlapping-entry ZIP bombs. */
export function overlapEntries(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  const central = headers(copy, CENTRAL);
  const first = copy.readUInt32LE(central[0]! + 42);
  for (const at of central) copy.writeUInt32LE(first, at + 42);
  return copy;
}
