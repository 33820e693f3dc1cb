import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suites `npm run mutate` runs: `unit` (src/core from source) and `bundle` (dist/Code.js, built
 * from the mutated sources, in the vm host). The other suites test the hosts or take minutes per
 * run, and each mutant reruns the tests that reach it, so they stay out.
 */
const MUTATE_PROJECTS = ['unit', 'bundle'];

/**
 * Tests that read the source text instead of running it: Stryker rewrites every mutated file (its
 * switch, the global it reads), so they would fail before any mutant is tried and can kill none.
 */
const SOURCE_TEXT_TESTS = ['test/core/purity.test.ts'];

const projects = (base.test?.projects ?? []).flatMap((project) => {
  if (typeof project !== 'object' || !('test' in project)) return [];
  const test = project.test ?? {};
  if (!MUTATE_PROJECTS.includes(test.name as string)) return [];
  return [{ ...project, test: { ...test, exclude: [...(test.exclude ?? []), ...SOURCE_TEXT_TESTS] } }];
});

export default defineConfig({ test: { projects } });
