#!/usr/bin/env node
// The `launch-desk` command: runs the built CLI (npm run build makes dist/local/cli.mjs).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'local', 'cli.mjs');
if (!existsSync(cli)) {
  console.error('launch-desk is not built yet: run `npm run build` (or `npm start`) first.');
  process.exit(2);
}
try {
  const { main } = await import(pathToFileURL(cli).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // main() answers every failure of a command itself; this is the CLI failing to load or a bug
  // in it. A person gets one line and exit 2, never a stack trace.
  console.error(`launch-desk: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
