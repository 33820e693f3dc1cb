#!/usr/bin/env node
// @ts-check
// Prints the mutation score of every folder in Stryker's JSON report (reports/mutation/mutation.json),
// the way Stryker counts it: killed and timed-out mutants over all that ran or had no test.
// `npm run mutate` calls it after Stryker; run it alone to read the last report again.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where Stryker's json reporter writes. */
const REPORT = join(root, 'reports', 'mutation', 'mutation.json');

/** @typedef {{ killed: number; survived: number; noCoverage: number; timeout: number; other: number }} Tally */

/** @returns {Tally} */
function emptyTally() {
  return { killed: 0, survived: 0, noCoverage: 0, timeout: 0, other: 0 };
}

/**
 * Tallies the mutants of every file into each folder above it (src/app/daily/job.ts counts in
 * src/app/daily, src/app and src).
 * @param {Record<string, { mutants: Array<{ status: string }> }>} files the report's `files`, by path
 * @returns {Map<string, Tally>}
 */
function tallyByFolder(files) {
  /** @type {Map<string, Tally>} */
  const folders = new Map();
  for (const [path, file] of Object.entries(files)) {
    const parts = path.replace(/\\/g, '/').split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth += 1) {
      const folder = parts.slice(0, depth).join('/');
      const tally = folders.get(folder) ?? emptyTally();
      for (const mutant of file.mutants) count(tally, mutant.status);
      folders.set(folder, tally);
    }
  }
  return folders;
}

/**
 * @param {Tally} tally
 * @param {string} status one of Stryker's mutant statuses
 */
function count(tally, status) {
  if (status === 'Killed') tally.killed += 1;
  else if (status === 'Survived') tally.survived += 1;
  else if (status === 'NoCoverage') tally.noCoverage += 1;
  else if (status === 'Timeout') tally.timeout += 1;
  // CompileError, RuntimeError and Ignored are not counted in the score, as Stryker does.
  else tally.other += 1;
}

/**
 * The score in percent, or undefined when no mutant counts.
 * @param {Tally} tally
 */
function score(tally) {
  const detected = tally.killed + tally.timeout;
  const valid = detected + tally.survived + tally.noCoverage;
  return valid === 0 ? undefined : (100 * detected) / valid;
}

/**
 * The table printed at the end of `npm run mutate`, one folder a line.
 * @param {Map<string, Tally>} folders
 * @returns {string}
 */
function scoreTable(folders) {
  const names = [...folders.keys()].sort();
  const width = Math.max(...names.map((name) => name.length), 'folder'.length);
  const header = `${'folder'.padEnd(width)}  score  killed  timeout  survived  no-cover`;
  const lines = names.map((name) => {
    const tally = /** @type {Tally} */ (folders.get(name));
    const percent = score(tally);
    const shown = percent === undefined ? '   -' : `${percent.toFixed(1).padStart(5)}%`;
    const cells = [tally.killed, tally.timeout, tally.survived, tally.noCoverage];
    const widths = [6, 7, 8, 8];
    return `${name.padEnd(width)}  ${shown}  ${cells.map((n, i) => String(n).padStart(widths[i] ?? 0)).join('  ')}`;
  });
  return [header, ...lines].join('\n');
}

/** Reads the last report and prints its scores; false when there is no report. */
export function printScores() {
  if (!existsSync(REPORT)) {
    console.error(`No mutation report at ${REPORT}: run \`npm run mutate\` first.`);
    return false;
  }
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  console.log(`\nMutation score by folder (${REPORT.slice(root.length + 1)}):\n`);
  console.log(scoreTable(tallyByFolder(report.files)));
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = printScores() ? 0 : 1;
