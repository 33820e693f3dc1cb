import { join } from 'node:path';
import { afterEach } from 'vitest';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { createWorkspace } from '../../../local/disk/workspace.js';
import { Host } from '../../../local/host/host.js';
import { type SidebarServer, startSidebarServer } from '../../../local/server/sidebar-server.js';
import { builtBundle, DIST } from '../../support/bundle-host.js';
import { tempDir } from '../disk/fixtures.js';

/** A disk workspace with its tracker set up, and the sidebar server over it. */
export interface ServedWorkspace {
  dir: string;
  host: Host;
  server: SidebarServer;
}

const running: SidebarServer[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

/** Sets a workspace up on disk and serves its sidebar on a free loopback port (closed after the test). */
export async function serveWorkspace(): Promise<ServedWorkspace> {
  const dir = await tempDir('launch-desk-server-');
  await createWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'en_US' });
  const host = new Host(builtBundle(), new DiskBackend(dir));
  const setup = await host.run('setupTracker', [{}]);
  if (!setup.ok) throw new Error(setup.error?.message);
  const server = await startSidebarServer({ host, sidebarPath: join(DIST, 'Sidebar.html') });
  running.push(server);
  return { dir, host, server };
}

/** The value of one setting, as the Settings sheet holds it. */
export async function settingValue(host: Host, key: string): Promise<string | undefined> {
  const view = await host.run('getSettingsView', []);
  const settings = (view.value as { settings: { key: string; value: string }[] }).settings;
  return settings.find((row) => row.key === key)?.value;
}
