#!/usr/bin/env node
// @ts-check
// `npm run coverage`: builds dist/Code.js with its source map, runs the unit, local and bundle
// suites with V8 coverage (the bundle's lines land on src/ through the map), prints one row per
// folder, then rebuilds dist/ without the map so what is left there is the pushable build.
// Extra arguments go to vitest (`npm run coverage -- --project unit`).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The suites that run src/ and local/ in this process; crash and browser run them elsewhere. */
const PROJECTS = ['unit', 'local', 'bundle'];
/** Folders whose subfolders get a row each below the folder's own total. */
const SPLIT = ['src/app', 'local'];
const METRICS = /** @type {const} */ (['lines', 'statements', 'branches', 'functions']);

/**
 * Runs a command in the repository with this terminal; returns its exit status.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 */
function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/**
 * The rows a file counts toward: its top folder (src/core, src/app, local...) and, under a
 * split folder, its subfolder (src/app/daily) or the folder's own files (src/app/*.ts).
 * @param {string} file a path relative to the root
 * @returns {string[]}
 */
function rowsOf(file) {
  const parts = file.split('/');
  const top = parts[0] === 'src' ? parts.slice(0, 2).join('/') : (parts[0] ?? file);
  if (!SPLIT.includes(top)) return [top];
  const depth = top.split('/').length;
  const rest = parts.slice(depth);
  return [top, rest.length > 1 ? `${top}/${rest[0]}` : `${top}/*.ts`];
}

/**
 * Sums the per-file figures of vitest's json-summary report per folder.
 * @param {Record<string, Record<(typeof METRICS)[number], { total: number; covered: number }>>} summary
 */
function perFolder(summary) {
  /** @type {Map<string, Record<string, { total: number; covered: number }>>} */
  const rows = new Map();
  for (const [path, figures] of Object.entries(summary)) {
    const file = relative(root, path).split('\\').join('/');
    // The map of Code.js also names the libraries bundled into it; they are not ours to cover.
    if (!file.startsWith('src/') && !file.startsWith('local/')) continue;
    for (const row of rowsOf(file)) {
      const sums = rows.get(row) ?? Object.fromEntries(METRICS.map((m) => [m, { total: 0, covered: 0 }]));
      for (const metric of METRICS) {
        const sum = sums[metric];
        if (sum === undefined) continue;
        sum.total += figures[metric].total;
        sum.covered += figures[metric].covered;
      }
      rows.set(row, sums);
    }
  }
  return [...rows.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/**
 * One table row: each metric as a percentage with its covered/total.
 * @param {string} name
 * @param {Record<string, { total: number; covered: number }>} sums
 */
function formatRow(name, sums) {
  const indent = rowsOf(name)[0] === name ? '' : '  ';
  const cells = METRICS.map((metric) => {
    const { total, covered } = sums[metric] ?? { total: 0, covered: 0 };
    const pct = total === 0 ? '-' : `${((100 * covered) / total).toFixed(1)}%`;
    return `${pct} (${covered}/${total})`.padStart(20);
  });
  return `${`${indent}${name}`.padEnd(24)}${cells.join('')}`;
}

let status = run('node', ['build.mjs'], { LAUNCH_DESK_SOURCEMAP: '1' });
if (status === 0) {
  const projects = PROJECTS.flatMap((name) => ['--project', name]);
  status = run(join(root, 'node_modules/.bin/vitest'), [
    'run',
    '--coverage',
    ...projects,
    ...process.argv.slice(2),
  ]);
  const summaryPath = join(root, 'coverage/coverage-summary.json');
  if (existsSync(summaryPath)) {
    const summary = JSON.parse(readFileSync(summaryPath, 'utf8'));
    console.log(`\n${'folder'.padEnd(24)}${METRICS.map((m) => m.padStart(20)).join('')}`);
    for (const [name, sums] of perFolder(summary)) console.log(formatRow(name, sums));
    console.log('\nPer file: coverage/index.html');
  }
}
// Leave the pushable build behind, whatever happened above.
const rebuilt = run('node', ['build.mjs']);
process.exitCode = status || rebuilt;
