import { copyFile, link, open, rename, rm, rmdir } from 'node:fs/promises';
import { makeDirs } from './make-dirs.js';

/**
 * Every change a save makes to the disk (write a file, rename, remove, make or remove a folder)
 * goes through this module, one counted operation each. That makes the moments a crash can
 * strike enumerable: `LAUNCH_DESK_KILL_AT=n` stops the process (SIGKILL, as a power cut or
 * `kill -9` would) just before the n-th operation, and `LAUNCH_DESK_COUNT_OPS=1` prints how many
 * operations the process made when it exits. The crash tests run a command once per operation.
 */

/** Operations made by this process so far. */
let operations = 0;
let counting = false;

function before(): void {
  operations += 1;
  if (!counting && process.env.LAUNCH_DESK_COUNT_OPS === '1') {
    counting = true;
    process.on('exit', () => process.stderr.write(`launch-desk file operations: ${operations}\n`));
  }
  if (String(operations) === process.env.LAUNCH_DESK_KILL_AT) process.kill(process.pid, 'SIGKILL');
}

/** Writes `data` to `path` (created or truncated) and flushes it to the disk before returning. */
export async function writeDurable(path: string, data: string | Uint8Array): Promise<void> {
  before();
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Produces a file through `write` (a writer that streams to `path` itself, like exceljs's), then
 * flushes it to the disk: one operation.
 */
export async function produceDurable(path: string, write: () => Promise<void>): Promise<void> {
  before();
  await write();
  const handle = await open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Renames `from` to `to`, replacing `to` atomically. */
export async function renameOp(from: string, to: string): Promise<void> {
  before();
  await rename(from, to);
}

/** Removes a file (or a folder with what it holds); a missing one is fine. */
export async function removeOp(path: string, options: { recursive?: boolean } = {}): Promise<void> {
  before();
  await rm(path, { force: true, recursive: options.recursive ?? false });
}

/** Makes a folder and its missing parents. */
export async function mkdirOp(path: string): Promise<void> {
  before();
  // Not Node's recursive mkdir: it never returns under /proc or through a link to nowhere.
  await makeDirs(path);
}

/** Removes a folder when it is empty; false when it is not (or not there). */
export async function rmdirIfEmptyOp(path: string): Promise<boolean> {
  before();
  return rmdir(path).then(
    () => true,
    () => false,
  );
}

/**
 * Gives the file at `from` a second name `to` (a hard link: no bytes copied, and the original
 * stays), or a copy on file systems without links.
 */
export async function linkOrCopyOp(from: string, to: string): Promise<void> {
  before();
  try {
    await link(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    await copyFile(from, to);
  }
}
