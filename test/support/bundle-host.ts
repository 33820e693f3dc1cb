import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryBackend } from '../../local/host/backend.js';
import { type Bundle, loadBundle } from '../../local/host/execution.js';
import { Host } from '../../local/host/host.js';
import { type NewStateOptions, newWorkspaceState } from '../../local/host/new-state.js';

/** The project root, from test/support/. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** The built files the suites read. */
export const DIST = join(ROOT, 'dist');

let bundle: Bundle | undefined;

/** The built Code.js, compiled once per test file. */
export function builtBundle(): Bundle {
  const path = join(DIST, 'Code.js');
  if (!existsSync(path))
    throw new Error('dist/Code.js is missing: run `npm run build` before the bundle suite.');
  bundle ??= loadBundle(path);
  return bundle;
}

/** A memory host over a new workspace state, running the built bundle. */
export function memoryHost(options: NewStateOptions = {}): { host: Host; backend: MemoryBackend } {
  const backend = new MemoryBackend(newWorkspaceState(options));
  return { host: new Host(builtBundle(), backend), backend };
}
