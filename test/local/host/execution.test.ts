import { describe, expect, it } from 'vitest';
import { runExecution, WITHHELD_GLOBALS } from '../../../local/host/execution.js';
import { newWorkspaceState } from '../../../local/host/new-state.js';
import { scriptBundle } from '../../support/script-bundle.js';

describe('a vm execution', () => {
  it('has none of the Node globals Apps Script lacks', () => {
    const bundle = scriptBundle(
      'function probe(names) { return names.filter(function (n) { return typeof globalThis[n] !== "undefined"; }); }',
    );
    const result = runExecution(bundle, newWorkspaceState(), 'probe', [[...WITHHELD_GLOBALS]]);
    expect(result.error).toBeUndefined();
    expect(result.value).toEqual([]);
  });

  it('reads "now" from the settable host clock', () => {
    const bundle = scriptBundle(
      'function now() { return [new Date().toISOString(), Date.now(), new Date(2027, 0, 2).getFullYear()]; }',
    );
    const result = runExecution(bundle, newWorkspaceState(), 'now', [], { now: '2027-03-01T01:02:03.000Z' });
    expect(result.value).toEqual(['2027-03-01T01:02:03.000Z', Date.parse('2027-03-01T01:02:03.000Z'), 2027]);
  });

  it('starts every execution in a fresh context: globals do not outlive it', () => {
    const bundle = scriptBundle('var counter = 0; function bump() { counter += 1; return counter; }');
    const state = newWorkspaceState();
    expect(runExecution(bundle, state, 'bump').value).toBe(1);
    expect(runExecution(bundle, state, 'bump').value).toBe(1);
  });

  it('hands arguments in as the context’s own objects, so instanceof works inside', () => {
    const bundle = scriptBundle(
      'function kinds(a) { return [a instanceof Array, a[0] instanceof Object, a[1] instanceof Date]; }',
    );
    const result = runExecution(bundle, newWorkspaceState(), 'kinds', [[{ x: 1 }, new Date(0)]]);
    expect(result.value).toEqual([true, true, true]);
  });

  it('reports an unknown function and a thrown error without escaping', () => {
    const bundle = scriptBundle('function boom() { throw new TypeError("bad input"); }');
    const missing = runExecution(bundle, newWorkspaceState(), 'nothing');
    expect(missing.ok).toBe(false);
    expect(missing.error?.message).toMatch(/not found: nothing/);
    const thrown = runExecution(bundle, newWorkspaceState(), 'boom');
    expect(thrown.error).toMatchObject({ name: 'TypeError', message: 'bad input' });
  });

  it('counts every service call and fails the k-th, keeping the writes made before it', () => {
    const bundle = scriptBundle(
      'function writeThree() { var p = PropertiesService.getDocumentProperties(); p.setProperty("a", "1"); p.setProperty("b", "2"); p.setProperty("c", "3"); }',
    );
    const clean = runExecution(bundle, newWorkspaceState(), 'writeThree');
    expect(clean.calls).toEqual({
      'PropertiesService.getDocumentProperties': 1,
      'Properties.setProperty': 3,
    });
    expect(clean.totalCalls).toBe(4);
    const state = newWorkspaceState();
    const faulty = runExecution(bundle, state, 'writeThree', [], { fail: 3 });
    expect(faulty.error?.message).toBe('Injected fault at call 3 (Properties.setProperty)');
    expect(state.properties.document).toEqual({ a: '1' });
  });
});
