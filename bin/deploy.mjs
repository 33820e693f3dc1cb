#!/usr/bin/env node
// @ts-check
// `npm run deploy -- --target test|production`: the whole gate (type-check, lint, build, every
// suite), then `clasp push` of dist/ to the chosen Apps Script project. clasp's own prompt for a
// changed manifest is left to the person: a changed manifest means new scopes to review, so this
// never passes `--force`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Each target is one Apps Script project, named by its own clasp project file. */
const TARGETS = { test: '.clasp.test.json', production: '.clasp.production.json' };

/**
 * The target named by `--target NAME` (or `--target=NAME`); `test` when none is given, so that
 * production is only ever reached by saying so.
 * @param {string[]} args
 * @returns {keyof typeof TARGETS}
 */
function targetOf(args) {
  const at = args.findIndex((arg) => arg === '--target' || arg.startsWith('--target='));
  const name = at < 0 ? 'test' : (args[at]?.split('=')[1] ?? args[at + 1] ?? '');
  if (name === 'test' || name === 'production') return name;
  throw new Error(`Unknown target "${name}": use --target test or --target production.`);
}

/**
 * The clasp project file of a target, checked before the long gate runs: it must exist, name a
 * script and push dist/ only.
 * @param {keyof typeof TARGETS} target
 * @returns {string}
 */
function projectFileOf(target) {
  const file = join(root, TARGETS[target]);
  const create = `npx clasp create --type sheets --title "Launch Desk (${target})" --rootDir dist && mv .clasp.json ${TARGETS[target]}`;
  if (!existsSync(file))
    throw new Error(`${TARGETS[target]} is missing. Make the ${target} project once:\n  ${create}`);
  /** @type {{ scriptId?: unknown; rootDir?: unknown }} */
  const project = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof project.scriptId !== 'string' || project.scriptId === '') {
    throw new Error(`${TARGETS[target]} has no scriptId. Make the ${target} project once:\n  ${create}`);
  }
  if (project.rootDir !== 'dist') {
    throw new Error(`${TARGETS[target]} must have "rootDir": "dist" (only the build is pushed).`);
  }
  return file;
}

/**
 * Runs a command in the repository with this terminal; stops the deploy when it fails.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}): nothing was pushed.`,
    );
  }
}

try {
  const target = targetOf(process.argv.slice(2));
  const project = projectFileOf(target);
  run('npm', ['test']);
  run('npx', ['clasp', '--project', project, 'push']);
  console.log(`\nPushed dist/ to the ${target} project (${TARGETS[target]}).`);
} catch (error) {
  console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
