import { existsSync } from 'node:fs';
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../disk/fixtures.js';
import { spawnCli } from './spawn-cli.js';

/** Long enough for a CLI start on a busy machine, far shorter than "forever". */
const FAST_MS = 15_000;

describe('a workspace folder that cannot be made', () => {
  it.runIf(existsSync('/proc/self'))(
    'init --dir /proc/x fails fast with exit 2, naming the path and why',
    async () => {
      const run = await spawnCli(['init', '--dir', '/proc/launch-desk-x'], { timeoutMs: FAST_MS });
      expect(run.signal).toBeNull();
      expect(run.code).toBe(2);
      expect(run.err).toMatch(/\/proc\/launch-desk-x.*cannot hold new folders/);
      expect(run.err).not.toMatch(/^\s+at /m);
    },
  );

  it('a link to nowhere or a file on the path: exit 2 at once, with the reason', async () => {
    const dir = await tempDir();
    await symlink(join(dir, 'missing'), join(dir, 'dangling'));
    const dangling = await spawnCli(['init', '--dir', join(dir, 'dangling', 'ws')], { timeoutMs: FAST_MS });
    expect(dangling.signal).toBeNull();
    expect(dangling.code).toBe(2);
    expect(dangling.err).toContain(join(dir, 'dangling', 'ws'));
    await writeFile(join(dir, 'file'), 'x');
    const file = await spawnCli(['start', '--dir', join(dir, 'file', 'ws'), '--port', '0'], {
      timeoutMs: FAST_MS,
    });
    expect(file.code).toBe(2);
    expect(file.err).toMatch(/a part of the path is a file, not a folder \(ENOTDIR\)/);
    expect(file.err).not.toMatch(/^\s+at /m);
  });
});
