import { randomBytes } from 'node:crypto';
import { open, readFile, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage } from '../../src/shared/error-message.js';
import { isNotFound } from './atomic-write.js';
import { WorkspaceError } from './errors.js';
import { workspaceLayout } from './layout.js';

/** Who holds a workspace: what the lock file says. */
interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Tells this holder's lock file from a later one, so a release never removes someone else's. */
  token: string;
}

/** A held workspace lock. */
export interface WorkspaceLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours; calling it twice is harmless. */
  release(): Promise<void>;
}

/** How long to wait for another holder. */
export interface LockOptions {
  /** Give up after this many ms (default 10,000; 0 tries once). */
  waitMs?: number;
  /** How often to look again while waiting (default 100 ms). */
  pollMs?: number;
}

/** A lock file this young may still be being written by its creator: never call it stale. */
const FRESH_MS = 5_000;

/**
 * Stale locks one acquire takes over before it only waits: a stale lock that comes back again and
 * again means something keeps writing it, and taking it over without end would spin past the
 * deadline (a takeover is retried at once, without the deadline check).
 */
const MAX_TAKEOVERS = 3;

/**
 * Takes the lock of the workspace in `dir`, so two processes never load and flush one workspace
 * at once. The lock is `state/workspace.lock`, created with O_EXCL (the file system decides who
 * wins a race) and holding the pid, host and time. A lock whose process is dead on this host is
 * stale and taken over. Waits up to `waitMs`, then fails with a WorkspaceError naming the holder.
 */
export async function acquireWorkspaceLock(dir: string, options: LockOptions = {}): Promise<WorkspaceLock> {
  const path = workspaceLayout(dir).lock;
  const waitMs = options.waitMs ?? 10_000;
  const pollMs = options.pollMs ?? 100;
  const deadline = Date.now() + waitMs;
  let takeovers = 0;
  for (;;) {
    const holder: LockHolder = {
      pid: process.pid,
      hostname: hostname(),
      since: new Date().toISOString(),
      token: randomBytes(8).toString('hex'),
    };
    if (await tryCreate(dir, path, holder)) return heldLock(path, holder);
    const current = await readLockFile(path);
    if (current !== undefined && takeovers < MAX_TAKEOVERS && (await isStale(path, current.holder))) {
      takeovers += 1;
      await removeIfUnchanged(path, current.raw);
      continue;
    }
    if (Date.now() >= deadline) throw lockedError(path, current?.holder, waitMs);
    await sleep(pollMs);
  }
}

async function tryCreate(dir: string, path: string, holder: LockHolder): Promise<boolean> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code === 'ENOENT') {
      throw new WorkspaceError(
        'not-a-workspace',
        `${dir} is not a Launch Desk workspace (it has no state/ folder). Run \`launch-desk init --dir ${dir}\` to make one.`,
        dir,
      );
    }
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(holder));
  } finally {
    await handle.close();
  }
  return true;
}

function heldLock(path: string, holder: LockHolder): WorkspaceLock {
  let released = false;
  return {
    path,
    holder,
    async release() {
      if (released) return;
      released = true;
      const current = await readLockFile(path);
      if (current?.holder?.token === holder.token) await unlink(path).catch(ignoreNotFound);
    },
  };
}

/** The lock file's text and, when it parses, its holder; `undefined` when there is no lock file. */
async function readLockFile(path: string): Promise<{ raw: string; holder?: LockHolder } | undefined> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw new WorkspaceError(
      'locked',
      `The workspace lock ${path} cannot be read (${errorMessage(error)}). If no Launch Desk run is using this workspace, delete it and try again.`,
      path,
      { cause: error },
    );
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof parsed.pid === 'number' && typeof parsed.token === 'string') {
      return { raw, holder: parsed as LockHolder };
    }
  } catch {
    // A lock file cut short by a crash: judged by its age below.
  }
  return { raw };
}

async function isStale(path: string, holder: LockHolder | undefined): Promise<boolean> {
  if (holder === undefined) {
    const info = await stat(path).catch(() => undefined);
    return info !== undefined && Date.now() - info.mtimeMs > FRESH_MS;
  }
  // A pid means nothing on another machine (a workspace on a shared drive): never steal that one.
  if (holder.hostname !== hostname()) return false;
  return !isProcessAlive(holder.pid);
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes a stale lock only if it still holds what we judged stale, so we do not remove a fresh
 * lock another process took over in between (a narrow race remains; O_EXCL still picks one winner
 * of the next create).
 */
async function removeIfUnchanged(path: string, raw: string): Promise<void> {
  const again = await readLockFile(path);
  if (again?.raw === raw) await unlink(path).catch(ignoreNotFound);
}

function ignoreNotFound(error: unknown): void {
  if (!isNotFound(error)) throw error;
}

function lockedError(path: string, holder: LockHolder | undefined, waitMs: number): WorkspaceError {
  const who =
    holder === undefined
      ? 'another process'
      : `process ${holder.pid} on ${holder.hostname} (since ${holder.since})`;
  return new WorkspaceError(
    'locked',
    `The workspace is in use by ${who}; waited ${waitMs} ms. Let that run finish and try again. ` +
      `If that process is gone, delete ${path}.`,
    path,
  );
}
