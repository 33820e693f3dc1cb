import { describe, expect, it } from 'vitest';
import { run, runOk, workspace } from './harness.js';

const NOW = Date.parse('2027-03-01T09:00:00Z');

describe('LockService', () => {
  it('takes a free lock, knows it holds it, releases it, and never persists it', () => {
    const state = workspace();
    const result = runOk(
      state,
      `function main() {
        var lock = LockService.getScriptLock();
        var before = lock.hasLock();
        var took = lock.tryLock(1000);
        var again = LockService.getScriptLock().hasLock();
        lock.releaseLock();
        return [before, took, again, lock.hasLock()];
      }`,
      'main',
      [],
      { now: NOW },
    );
    expect(result.value).toEqual([false, true, true, false]);
    expect(state.locks).toEqual({});
  });

  it('does not write a lock still held when the execution ends', () => {
    const state = workspace();
    runOk(state, 'function main() { LockService.getDocumentLock().waitLock(1000); }', 'main', [], {
      now: NOW,
    });
    expect(state.locks).toEqual({});
  });

  it('answers false from tryLock while another execution holds the lock', () => {
    const state = workspace();
    state.locks.script = NOW + 60_000;
    const result = runOk(
      state,
      `function main() {
        var lock = LockService.getScriptLock();
        return [lock.tryLock(5000), lock.hasLock(), LockService.getUserLock().tryLock(5000)];
      }`,
      'main',
      [],
      { now: NOW },
    );
    expect(result.value).toEqual([false, false, true]);
    expect(state.locks).toEqual({ script: NOW + 60_000 });
  });

  it('throws from waitLock while another execution holds the lock', () => {
    const state = workspace();
    state.locks.document = NOW + 1;
    const result = run(
      state,
      'function main() { LockService.getDocumentLock().waitLock(30000); }',
      'main',
      [],
      {
        now: NOW,
      },
    );
    expect(result.error?.message).toBe('Lock timeout: another process was holding the lock for too long.');
  });

  it('takes a lock whose other holder has expired', () => {
    const state = workspace();
    state.locks.script = NOW;
    const result = runOk(
      state,
      'function main() { return LockService.getScriptLock().tryLock(0); }',
      'main',
      [],
      {
        now: NOW,
      },
    );
    expect(result.value).toBe(true);
  });
});
