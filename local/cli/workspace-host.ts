import { DiskBackend } from '../disk/disk-backend.js';
import { workspaceLayout } from '../disk/layout.js';
import { createWorkspace } from '../disk/workspace.js';
import { readWorkspaceState } from '../disk/workspace-files.js';
import { readWorkspaceMeta } from '../disk/workspace-meta.js';
import type { ExecutionOptions, ExecutionResult } from '../host/execution.js';
import { Host } from '../host/host.js';
import type { NewStateOptions } from '../host/new-state.js';
import { projectBundle } from './bundle.js';
import { CliError } from './io.js';

/** Creates a workspace folder (refusing one that holds something else). */
export async function initWorkspace(dir: string, options: NewStateOptions): Promise<void> {
  await createWorkspace(dir, options);
}

/** The time zone of the workspace in `dir`, or undefined when `dir` is no workspace yet. Writes nothing. */
export async function existingTimeZone(dir: string): Promise<string | undefined> {
  const layout = workspaceLayout(dir);
  const isWorkspace = await readWorkspaceMeta(layout).then(
    () => true,
    () => false,
  );
  if (!isWorkspace) return undefined;
  return (await readWorkspaceState(layout, Date.now())).state.spreadsheet.timeZone;
}

/** A host over a workspace folder, running the built bundle. */
export function workspaceHost(dir: string): Host {
  return new Host(projectBundle(), new DiskBackend(dir));
}

/**
 * Runs a public global in a workspace as one execution and returns its value. A thrown error
 * becomes exit code 2; a value `{ok: false, problems}` (invalid input) becomes exit code 1.
 */
export async function runGlobal(
  dir: string,
  fn: string,
  args: unknown[],
  options: ExecutionOptions = {},
): Promise<unknown> {
  const result: ExecutionResult = await workspaceHost(dir).run(fn, args, options);
  if (!result.ok) throw new CliError(result.error?.message ?? `${fn} failed`, 2);
  const value = result.value as
    | { ok?: boolean; errors?: Array<{ field: string; message: string }> }
    | undefined;
  if (value && value.ok === false && Array.isArray(value.errors)) {
    const names = value.errors.map((error) => `${error.field}: ${error.message}`).join('; ');
    throw new CliError(`invalid input — ${names}`, 1, value.errors);
  }
  return value;
}
