import { randomBytes } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { errorMessage } from '../../src/shared/error-message.js';
import { pathExists, readJsonFile, toJsonText, writeFileAtomic } from './atomic-write.js';
import { WorkspaceError } from './errors.js';
import { mkdirOp, removeOp, renameOp, rmdirIfEmptyOp } from './file-ops.js';

/**
 * One save of a workspace as a whole, or not at all. Every file of the new generation is first
 * written under a temporary name next to its target (so the folder's permissions and space are
 * tried before anything is committed), then `state/save.json` says "committed" (the commit
 * point: one atomic rename), then the files are moved into place and the journal removed.
 * A load finds a journal left by a crash and finishes the save (committed) or undoes it (not
 * committed) before anything reads the files, so a workspace is always one generation, never a
 * mix of two.
 */

/** One file of the generation: where it goes, and how to write it under its temporary name. */
export interface Install {
  target: string;
  stage: (temp: string) => Promise<void>;
}

/** A folder that is no longer where it was: a person's files in it move along, then it goes. */
export interface Retire {
  from: string;
  into?: string;
}

/** Everything one save changes, planned before the first byte is written. */
export interface SavePlan {
  /** Folders to make (made before the commit, removed again when the save is undone). */
  folders: string[];
  /** Written in this order, so a stage may use what an earlier one learnt (sizes, times). */
  installs: Install[];
  /** Files that leave once the generation is in place (none may also be a target). */
  removes: string[];
  /** Deepest first. */
  retires: Retire[];
}

/** `state/save.json`: what a recovery needs. Paths are relative to the workspace folder. */
interface Journal {
  version: 1;
  phase: 'staging' | 'committed';
  made: string[];
  installs: Array<{ temp: string; target: string }>;
  removes: string[];
  retires: Retire[];
}

/** Where a save keeps its journal. */
export function journalPath(dir: string): string {
  return join(dir, 'state', 'save.json');
}

/** A hidden name next to `target` that no other save uses. */
function tempFor(target: string, generation: string): string {
  return join(dirname(target), `.${basename(target)}.${generation}.saving`);
}

/** The folders of `paths` (and their parents) that do not exist yet, parents first. */
async function missingFolders(paths: readonly string[]): Promise<string[]> {
  const missing = new Set<string>();
  for (const path of paths) {
    const chain: string[] = [];
    for (let p = path; !missing.has(p) && !(await pathExists(p)); p = dirname(p)) {
      chain.unshift(p);
      if (dirname(p) === p) break;
    }
    for (const p of chain) missing.add(p);
  }
  return [...missing];
}

/**
 * Saves a generation: stages every file, commits, puts the files in place. A failure before the
 * commit (a folder that cannot be written, a full disk) undoes everything staged and throws: the
 * workspace is as it was. A failure after it leaves the journal, and the next load finishes.
 */
export async function saveGeneration(dir: string, plan: SavePlan): Promise<void> {
  if (plan.installs.length === 0 && plan.removes.length === 0 && plan.retires.length === 0) return;
  const generation = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const rel = (path: string) => relative(dir, path).split(sep).join('/');
  const made = await missingFolders([
    ...plan.folders,
    ...plan.installs.map((install) => dirname(install.target)),
  ]);
  const temps = plan.installs.map((install) => tempFor(install.target, generation));
  const journal: Journal = {
    version: 1,
    phase: 'staging',
    made: made.map(rel),
    installs: plan.installs.map((install, i) => ({ temp: rel(temps[i] ?? ''), target: rel(install.target) })),
    removes: plan.removes.map(rel),
    retires: plan.retires.map((retire) => ({
      from: rel(retire.from),
      ...(retire.into !== undefined ? { into: rel(retire.into) } : {}),
    })),
  };
  const path = journalPath(dir);
  await writeFileAtomic(path, toJsonText(journal));
  try {
    for (const folder of made) await mkdirOp(folder);
    for (const [i, install] of plan.installs.entries()) await install.stage(temps[i] ?? '');
  } catch (error) {
    await undo(dir, journal);
    throw new WorkspaceError(
      'flush-failed',
      `The run's changes could not be saved (${errorMessage(error)}); the workspace is as it was ` +
        'before the run. Fix the cause (a folder that may not be written, a full disk) and run again.',
      undefined,
      { cause: error },
    );
  }
  await writeFileAtomic(path, toJsonText({ ...journal, phase: 'committed' }));
  await finish(dir, journal);
}

/**
 * Brings a workspace to one whole generation after a crash: a committed save is finished, one
 * that was still staging is undone. Call it holding the workspace's lock, before reading.
 */
export async function recoverSave(dir: string): Promise<void> {
  const path = journalPath(dir);
  let journal: Journal | undefined;
  try {
    journal = (await readJsonFile(path)) as Journal | undefined;
  } catch {
    // A journal that does not parse was never renamed into place whole, so it never committed.
    journal = undefined;
    await removeOp(path);
  }
  if (journal === undefined) return;
  try {
    if (journal.phase === 'committed') await finish(dir, journal);
    else await undo(dir, journal);
  } catch (error) {
    throw new WorkspaceError(
      'broken-file',
      `The last run stopped while saving and its save cannot be completed (${errorMessage(error)}). ` +
        `Fix the cause (often a folder that may not be written) and run again; ${path} says what is left to do.`,
      path,
      { cause: error },
    );
  }
}

/** Puts a committed generation in place; each step may run twice (a crash while finishing). */
async function finish(dir: string, journal: Journal): Promise<void> {
  const at = (path: string) => join(dir, path);
  for (const { temp, target } of journal.installs) {
    if (await pathExists(at(temp))) await renameOp(at(temp), at(target));
  }
  const targets = journal.installs.map((install) => at(install.target));
  for (const path of journal.removes) {
    if ((await pathExists(at(path))) && !(await isOneOf(at(path), targets))) await removeOp(at(path));
  }
  for (const retire of journal.retires) {
    const from = at(retire.from);
    if (retire.into !== undefined) {
      const children = await readdir(from).catch(() => [] as string[]);
      for (const child of children) {
        const target = join(at(retire.into), child);
        if (!(await pathExists(target))) await renameOp(join(from, child), target);
      }
    }
    if (await pathExists(from)) await rmdirIfEmptyOp(from);
  }
  await removeOp(journalPath(dir));
}

/** Takes back a save that did not commit: its temporary files and the folders it made go. */
async function undo(dir: string, journal: Journal): Promise<void> {
  const at = (path: string) => join(dir, path);
  for (const { temp } of journal.installs) {
    if (await pathExists(at(temp))) await removeOp(at(temp));
  }
  for (const folder of [...journal.made].reverse()) {
    if (await pathExists(at(folder))) await rmdirIfEmptyOp(at(folder));
  }
  await removeOp(journalPath(dir));
}

/**
 * Whether `path` is the very file of one of `targets` under another spelling (a case-only
 * rename on a file system that ignores case): removing it would remove the new file.
 */
async function isOneOf(path: string, targets: readonly string[]): Promise<boolean> {
  const lower = path.toLowerCase();
  const info = await stat(path);
  for (const target of targets) {
    if (target.toLowerCase() !== lower) continue;
    const other = await stat(target).catch(() => undefined);
    if (other !== undefined && other.ino === info.ino && other.dev === info.dev) return true;
  }
  return false;
}
