// @ts-check
// `npm run mutate` (bin/mutate.mjs) runs Stryker with this file. See "Mutation testing" in README.md.

/** Every mutated file; `npm run mutate -- --mutate 'src/app/daily/**\/*.ts'` or MUTATE=... narrows it. */
const ALL = [
  'src/core/**/*.ts',
  'src/app/**/*.ts',
  // The masters and playbooks are literal content (document texts, rows of milestones): mutating
  // their strings only tests that a test spells out every sentence, which none should.
  '!src/core/masters/**',
  '!src/core/playbooks/**',
];
const scope = process.env.MUTATE?.split(',').filter(Boolean);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // Only the unit and bundle suites; `related: false` because the bundle tests never import
  // src/: they load dist/Code.js, so vitest's import graph would find none of them.
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  // The bundle suite runs dist/Code.js: build it in the sandbox from the instrumented sources,
  // once, so that every mutant is in it behind Stryker's switch.
  buildCommand: 'node build.mjs',
  // The vm host hands the instrumented bundle the test process's `__stryker__` object
  // (local/host/execution.ts), so coverage per test reaches through the vm too.
  coverageAnalysis: 'perTest',
  mutate: scope ?? ALL,
  // Two cores: one runner leaves room for the build and the rest of the machine.
  concurrency: 1,
  incremental: true,
  // A narrowed run keeps its own record, so it never drops the full run's results.
  incrementalFile:
    scope === undefined
      ? 'reports/stryker-incremental.json'
      : `reports/stryker-incremental-${scope.join('+').replace(/[^\w.+-]+/g, '_')}.json`,
  reporters: ['json', 'html', 'clear-text', 'progress'],
  // The bundle tests are slow on a shared machine; a mutant that loops still ends at the hit limit.
  timeoutMS: 20_000,
  dryRunTimeoutMinutes: 30,
  // Anchored at the root: local/host/services/workspace is source, /workspace is the CLI's data.
  ignorePatterns: ['/dist', '/workspace', '/coverage', '/test-results', '/test/browser', '/test/local'],
  cleanTempDir: 'always',
};
export default config;
