import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Bundle, loadBundle } from '../host/execution.js';

let cached: Bundle | undefined;

/**
 * The built `Code.js`: the same file that is pushed to Apps Script. The CLI runs from
 * `dist/local/cli.mjs`, tests from source; both find `dist/Code.js` from the project root.
 */
export function projectBundle(): Bundle {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '..', 'Code.js'), join(here, '..', '..', 'dist', 'Code.js')];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) throw new Error('dist/Code.js is missing: run `npm run build` first.');
  cached = loadBundle(path);
  return cached;
}
