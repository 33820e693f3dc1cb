import { defineConfig } from 'vitest/config';

/**
 * Five suites: `unit` (src/core, src/shared and the sidebar's DOM-free parts, from source),
 * `local` (the Node hosts and their backends), `crash` (the built CLI killed at every file
 * operation of a save), `bundle` (dist/Code.js in the vm host) and `browser` (the sidebar in
 * headless Chromium). The last three need `npm run build` first; `npm test` runs it.
 *
 * Coverage (`npm run coverage`, bin/coverage.mjs) is off here by default. The bundle suite runs
 * dist/Code.js in a vm; built with its source map (`LAUNCH_DESK_SOURCEMAP=1`), its coverage is
 * read back onto the src/app, src/gas and src/core lines it came from.
 */
export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      // dist/Code.js must be included for its coverage to be kept and mapped to src/; no entry
      // of its own remains once mapped. The sidebar runs in Chromium, where this tool cannot see.
      include: ['src/**/*.ts', 'local/**/*.ts', 'dist/Code.js'],
      exclude: ['src/sidebar/**', '**/*.d.ts'],
      reporter: ['json-summary', 'html'],
      // A test slowed past its time limit under coverage still leaves the figures (and fails the run).
      reportOnFailure: true,
      reportsDirectory: 'coverage',
    },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/core/**/*.test.ts', 'test/shared/**/*.test.ts', 'test/sidebar/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'local',
          include: ['test/local/**/*.test.ts'],
          exclude: ['test/local/**/*.crash.test.ts'],
          testTimeout: 30_000,
        },
      },
      // Kills the CLI at every file operation of a save: minutes, so a suite of its own.
      { test: { name: 'crash', include: ['test/local/**/*.crash.test.ts'], testTimeout: 3_600_000 } },
      { test: { name: 'bundle', include: ['test/bundle/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          // Each browser test sets up its own workspace; shuffling keeps it that way.
          sequence: { shuffle: true },
        },
      },
    ],
  },
});
