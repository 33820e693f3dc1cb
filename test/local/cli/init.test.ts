import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../disk/fixtures.js';
import { cli } from './run-cli.js';
import { snapshot } from './snapshot.js';

describe('init on an existing workspace', () => {
  it('refuses another time zone with exit 2, naming --tz and the current zone, and writes nothing', async () => {
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en', '--tz', 'Europe/Berlin'])).code).toBe(0);
    const before = await snapshot(dir);
    const other = await cli(['init', '--dir', dir, '--tz', 'Asia/Tokyo']);
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/--tz Asia\/Tokyo: .* time zone Europe\/Berlin/);
    expect(other.err.trim().split('\n')).toHaveLength(1);
    expect(await snapshot(dir)).toEqual(before);
    const status = await cli(['status', '--dir', dir, '--json']);
    expect(JSON.parse(status.out).timeZone).toBe('Europe/Berlin');
  });

  it('keeps the zone when --tz is left out, and says which zone it kept', async () => {
    const dir = join(await tempDir(), 'ws');
    expect((await cli(['init', '--dir', dir, '--language', 'en', '--tz', 'Europe/Berlin'])).code).toBe(0);
    const again = await cli(['init', '--dir', dir]);
    expect(again).toMatchObject({ code: 0, err: '' });
    expect(again.out).toContain('(en, Europe/Berlin)');
    const same = await cli(['init', '--dir', dir, '--tz', 'Europe/Berlin', '--json']);
    expect(JSON.parse(same.out)).toMatchObject({ ok: true, timeZone: 'Europe/Berlin', sheetsCreated: [] });
    const status = await cli(['status', '--dir', dir, '--json']);
    expect(JSON.parse(status.out).timeZone).toBe('Europe/Berlin');
  });
});
