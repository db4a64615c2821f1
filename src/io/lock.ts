import { rmSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { UserError } from '../errors.js';
import { writeError } from './atomicWrite.js';

export interface LockRequest {
  path: string;
  /** How messages name the file. */
  name: string;
}

export interface LockSettings {
  /** What this run is doing, told to anyone who has to wait for it ("exemptions add"). */
  purpose: string;
  /** How long to wait for another run to finish before giving up (default 30 s). */
  waitMs?: number;
}

/** Who holds a lock, written beside it so that whoever waits can be told. */
interface Owner {
  pid: number;
  user: string;
  host: string;
  purpose: string;
  since: number;
}

interface Held {
  release: () => Promise<void>;
  ownerPath: string;
  compromised?: Error;
  count: number;
}

/** Locks this process holds, by path: a command that locked its files may save through code that locks them again. */
const held = new Map<string, Held>();

/** A lock older than this whose holder stopped refreshing it (killed) is taken over. */
const STALE_MS = 10_000;
const DEFAULT_WAIT_MS = 30_000;

const lockPathOf = (filePath: string): string => path.join(path.dirname(filePath), `.${path.basename(filePath)}.lock`);
const ownerPathOf = (filePath: string): string =>
  path.join(path.dirname(filePath), `.${path.basename(filePath)}.lock-owner`);

/**
 * Locks files for a read–check–write sequence, in a fixed order so that two runs locking the same
 * pair cannot wait for each other. A file another run holds is waited for, up to `waitMs`; then
 * a UserError says who holds it. Returns the release; locks already held by this process are
 * counted, not taken twice.
 */
export async function lockFiles(
  requests: readonly LockRequest[],
  settings: LockSettings,
): Promise<() => Promise<void>> {
  const taken: string[] = [];
  const release = async (): Promise<void> => {
    for (const filePath of taken.reverse()) await releaseOne(filePath);
    taken.length = 0;
  };
  try {
    const sorted = [...new Map(requests.map((r) => [path.resolve(r.path), r])).entries()].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    for (const [filePath, request] of sorted) {
      await lockOne(filePath, request.name, settings);
      taken.push(filePath);
    }
  } catch (error) {
    await release();
    throw error;
  }
  return release;
}

/** Throws if a lock this process thought it held was taken over (it stopped refreshing it for too long). */
export function assertLocked(filePath: string, name: string): void {
  const lock = held.get(path.resolve(filePath));
  if (!lock) throw new Error(`${name}: written without its lock`);
  if (lock.compromised)
    throw new UserError(
      `${name}: this run lost its lock on the file (${lock.compromised.message}), so nothing was written`,
      { hint: 'Run the command again.' },
    );
}

async function lockOne(filePath: string, name: string, settings: LockSettings): Promise<void> {
  const already = held.get(filePath);
  if (already) {
    already.count++;
    return;
  }
  const deadline = Date.now() + (settings.waitMs ?? waitFromEnvironment());
  const entry: Held = { release: async () => undefined, ownerPath: ownerPathOf(filePath), count: 1 };
  for (;;) {
    try {
      entry.release = await lockfile.lock(filePath, {
        realpath: false,
        lockfilePath: lockPathOf(filePath),
        stale: STALE_MS,
        update: STALE_MS / 4,
        retries: 0,
        onCompromised: (error) => {
          entry.compromised = error;
        },
      });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw writeError(name, error);
      if (Date.now() >= deadline) throw await busy(filePath, name);
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200));
    }
  }
  held.set(filePath, entry);
  const owner: Owner = {
    pid: process.pid,
    user: userName(),
    host: os.hostname(),
    purpose: settings.purpose,
    since: Date.now(),
  };
  await writeFile(entry.ownerPath, JSON.stringify(owner)).catch(() => undefined);
}

async function releaseOne(filePath: string): Promise<void> {
  const entry = held.get(filePath);
  if (!entry || --entry.count > 0) return;
  held.delete(filePath);
  await unlink(entry.ownerPath).catch(() => undefined);
  await entry.release().catch(() => undefined);
}

/**
 * This process's locks and the notes saying who holds them, removed at once as it is stopped (Ctrl+C), when
 * no await will follow: a release under way would not finish, and a lock left behind keeps others waiting.
 */
export function releaseLocksNow(): void {
  for (const [filePath, entry] of held) {
    for (const leftover of [entry.ownerPath, lockPathOf(filePath)]) {
      try {
        rmSync(leftover, { recursive: true, force: true });
      } catch {
        // never made, or already gone
      }
    }
  }
  held.clear();
}

async function busy(filePath: string, name: string): Promise<UserError> {
  let who = 'another social-audit run';
  try {
    const owner = JSON.parse(await readFile(ownerPathOf(filePath), 'utf8')) as Owner;
    const seconds = Math.max(0, Math.round((Date.now() - owner.since) / 1000));
    who = `another run (${owner.purpose}, by ${owner.user} on ${owner.host}, process ${owner.pid}, for ${seconds} s)`;
  } catch {
    // the holder may not have said who it is yet, or has just finished
  }
  return new UserError(`${name}: ${who} is changing it; nothing was changed`, {
    hint: 'Wait for it to finish and run the command again. A run that was killed lets go of the file after 10 seconds.',
  });
}

function waitFromEnvironment(): number {
  const seconds = Number(process.env.SOCIAL_AUDIT_LOCK_WAIT);
  return process.env.SOCIAL_AUDIT_LOCK_WAIT !== undefined && Number.isFinite(seconds) && seconds >= 0
    ? seconds * 1000
    : DEFAULT_WAIT_MS;
}

function userName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown user';
  }
}
