#!/usr/bin/env node
// @ts-check
// `npm run mutate`: Stryker over src/core and src/app (stryker.config.mjs), then the score of every
// folder. `npm run mutate -- --mutate 'src/app/daily/**/*.ts'` (or MUTATE=...) narrows the files
// mutated, for a quick run; other arguments go to Stryker as they are.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printScores } from './mutation-scores.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stryker = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');

/**
 * Splits `--mutate GLOBS` (or `--mutate=GLOBS`, `-m GLOBS`) from the other arguments: the config
 * reads the globs from MUTATE, so it can keep a narrowed run's incremental record apart.
 * @param {string[]} args
 * @returns {{ mutate: string | undefined; rest: string[] }}
 */
function splitMutate(args) {
  /** @type {string | undefined} */
  let mutate;
  const rest = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--mutate' || arg === '-m') {
      mutate = args[i + 1];
      i += 1;
    } else if (arg.startsWith('--mutate=')) mutate = arg.slice('--mutate='.length);
    else rest.push(arg);
  }
  return { mutate, rest };
}

const { mutate, rest } = splitMutate(process.argv.slice(2));
const env = mutate === undefined ? process.env : { ...process.env, MUTATE: mutate };
const run = spawnSync(process.execPath, [stryker, 'run', ...rest], { cwd: root, env, stdio: 'inherit' });
const printed = printScores();
process.exitCode = run.status === 0 && printed ? 0 : (run.status ?? 1);
