import { randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { mkdirOp, renameOp, writeDurable } from './file-ops.js';

/**
 * Writes a file so that a reader (or a crash) sees either the old content or the new, never a
 * half-written file: write a temporary sibling, flush it to disk, then rename it over the target
 * (rename is atomic within one file system).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  // A counted operation only when the folder is missing: the kill test enumerates real work.
  if (!(await pathExists(dirname(path)))) await mkdirOp(dirname(path));
  const temp = tempSibling(path);
  try {
    await writeDurable(temp, data);
    await renameOp(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A temporary name next to `path`, hidden and unique, so a failed write never clobbers it. */
function tempSibling(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Pretty JSON with a final newline: the state files are meant to be readable and diffable. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Reads a JSON file, or `undefined` when it does not exist. A file that does not parse throws. */
export async function readJsonFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
  return JSON.parse(text) as unknown;
}

/** Whether something is at `path` (a missing one is false; any other error is thrown). */
export async function pathExists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    (error: unknown) => {
      if (isNotFound(error)) return false;
      throw error;
    },
  );
}

/** Whether a file-system error says the path does not exist. */
export function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}
