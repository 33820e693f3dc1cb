import { defineConfig } from 'vitest/config';

/**
 * Four suites: `unit` (src/core from source), `local` (the Node hosts and their backends),
 * `bundle` (dist/Code.js in the vm host) and `browser` (the sidebar in headless Chromium).
 * The last two need `npm run build` first; `npm test` runs it.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/core/**/*.test.ts', 'test/shared/**/*.test.ts'] } },
      { test: { name: 'local', include: ['test/local/**/*.test.ts'], testTimeout: 30_000 } },
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
