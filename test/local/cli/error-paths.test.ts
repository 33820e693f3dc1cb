import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, cli } from './run-cli.js';
import { spawnCli } from './spawn-cli.js';

const CLIENT = JSON.stringify(ACME);

/** A line of a stack trace, or Node's own report of an uncaught error. */
const TRACE = /^\s+at |node:internal|Unhandled|Node\.js v\d/m;

/** Folders the cases use, made once: a good workspace, one with a damaged state file, one locked oddly. */
const where = { root: '', good: '', broken: '', oddLock: '' };

// One folder for all cases (the shared temp folders of the other tests go after each test).
beforeAll(async () => {
  where.root = await mkdtemp(join(tmpdir(), 'launch-desk-errors-'));
  where.good = join(where.root, 'good');
  expect((await cli(['init', '--dir', where.good, '--language', 'en'])).code).toBe(0);
  for (const [name, damage] of [
    ['broken', async (dir: string) => writeFile(join(dir, 'state', 'properties.json'), '{}')],
    ['oddLock', async (dir: string) => mkdir(join(dir, 'state', 'workspace.lock'))],
  ] as const) {
    const dir = join(where.root, name);
    expect((await cli(['init', '--dir', dir, '--language', 'en'])).code).toBe(0);
    await damage(dir);
    where[name] = dir;
  }
  await writeFile(join(where.root, 'file'), 'not a folder');
}, 60_000);

afterAll(() => rm(where.root, { recursive: true, force: true }));

/** Each command with input it must refuse: [what, arguments, standard input]. */
const CASES: Array<[string, (w: typeof where) => string[], string?]> = [
  ['init with an unknown zone', (w) => ['init', '--dir', join(w.root, 'new'), '--tz', 'Mars/Olympus']],
  ['init under a file', (w) => ['init', '--dir', join(w.root, 'file', 'ws')]],
  ['init with another zone', (w) => ['init', '--dir', w.good, '--tz', 'Asia/Tokyo']],
  ['status of a damaged workspace', (w) => ['status', '--dir', w.broken]],
  ['status with an unknown flag', (w) => ['status', '--dir', w.good, '--bogus']],
  ['status behind a lock that is a folder', (w) => ['status', '--dir', w.oddLock]],
  ['plan of null', () => ['plan', '--client', '-'], 'null'],
  ['plan in a damaged workspace', (w) => ['plan', '--dir', w.broken, '--client', '-'], CLIENT],
  [
    'onboard of a toString object',
    (w) => ['onboard', '--dir', w.good, '--client', '-'],
    '{"clientName":{"toString":"x"}}',
  ],
  ['onboard of a missing file', (w) => ['onboard', '--dir', w.good, '--client', join(w.root, 'none.json')]],
  ['refresh of a damaged workspace', (w) => ['refresh', '--dir', w.broken]],
  ['daily of a damaged workspace', (w) => ['daily', '--dir', w.broken]],
  ['daily on no real day', (w) => ['daily', '--dir', w.good, '--today', '2027-02-30']],
  ['diagnostics of a damaged workspace', (w) => ['diagnostics', '--dir', w.broken]],
  ['triggers of a damaged workspace', (w) => ['triggers', 'install', '--dir', w.broken]],
  ['triggers without an action', (w) => ['triggers', '--dir', w.good]],
  ['serve of no workspace', (w) => ['serve', '--dir', join(w.root, 'none')]],
  ['start of a damaged workspace', (w) => ['start', '--dir', w.broken, '--port', '0']],
  ['an unknown command', () => ['frobnicate']],
];

describe('every CLI error path', () => {
  it.each(CASES)('%s: exit 1 or 2, one paragraph, no stack trace', async (_what, args, stdin) => {
    const run = await spawnCli(args(where), { stdin });
    expect(run.signal).toBeNull();
    expect([1, 2]).toContain(run.code);
    expect(run.err).not.toMatch(TRACE);
    const message = run.err.trim();
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toContain('\n\n');
    expect(message).not.toMatch(/Cannot (read|convert)|is not (a function|iterable)|TypeError/);
  });

  it('never took the odd lock away: a folder in its place is for a person to look at', () => {
    expect(existsSync(join(where.oddLock, 'state', 'workspace.lock'))).toBe(true);
  });
});
