import { describe, expect, it } from 'vitest';
import { inFlight } from '../../src/sidebar/in-flight';

/** A piece of work that ends when the test says so, counting how often it started. */
function heldWork() {
  const held = { starts: 0, release: () => {} };
  const work = () =>
    new Promise<void>((resolve) => {
      held.starts += 1;
      held.release = resolve;
    });
  return { held, work };
}

describe('the in-flight guard', () => {
  it('runs a second call made while the first is on its way not at all', async () => {
    const guard = inFlight();
    const { held, work } = heldWork();
    const first = guard.run(work);
    expect(guard.busy).toBe(true);
    // A double click, a third click and an Enter, all while the first call is held.
    const later = [guard.run(work), guard.run(work), guard.run(work)];
    expect(await Promise.all(later)).toEqual([false, false, false]);
    expect(held.starts).toBe(1);
    held.release();
    expect(await first).toBe(true);
    expect(guard.busy).toBe(false);
  });

  it('lets the next call through once the first has ended, even when it failed', async () => {
    const guard = inFlight();
    await expect(guard.run(() => Promise.reject(new Error('the server said no')))).rejects.toThrow('said no');
    expect(guard.busy).toBe(false);
    const { held, work } = heldWork();
    const again = guard.run(work);
    held.release();
    expect(await again).toBe(true);
    expect(held.starts).toBe(1);
  });
});
