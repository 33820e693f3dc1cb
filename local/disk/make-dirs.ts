import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * `mkdir -p` that always ends. Node's `mkdir(path, { recursive: true })` steps back to the parent
 * on ENOENT and forward again once the parent exists; where a parent exists but cannot hold
 * children (a path under /proc, a symbolic link to something missing) the two steps alternate
 * forever at full CPU (seen with Node 20 here; the same walk is described in
 * github.com/oven-sh/bun/pull/36162). Here each missing level, found by walking up once, is
 * created once from the top down, and the first failure is thrown as the system reported it.
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  // Walks up at most the path's depth: dirname of the root is the root.
  while ((await stat(at).catch(notFoundAsUndefined)) === undefined) {
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const path of missing) {
    await mkdir(path).catch((error: unknown) => {
      // A dangling link exists yet stats as missing: its child's mkdir then says ENOENT, once.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    });
  }
}

function notFoundAsUndefined(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  throw error;
}
