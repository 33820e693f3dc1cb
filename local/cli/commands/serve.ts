import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { workspaceLayout } from '../../disk/layout.js';
import { parseFlags, requireFlag } from '../args.js';
import type { Command } from '../command.js';
import { CliError, EXIT } from '../io.js';
import { parsePort, serveSidebar, untilStopped } from '../sidebar-serving.js';
import { workspaceHost } from '../workspace-host.js';

/**
 * `launch-desk serve`: the sidebar of a workspace on localhost. Its `google.script.run` stand-in
 * calls the public globals of the built Code.js in the vm host, refusing private (`_`) names and
 * values that are not JSON, as Apps Script does. Nothing else runs (no scheduler, no samples).
 */
export const serveCommand: Command = {
  name: 'serve',
  usage: 'serve --dir D [--port N]',
  summary: 'serve the sidebar of a workspace on localhost',
  async run(args, io) {
    const flags = parseFlags(args, { dir: { type: 'string' }, port: { type: 'string' } });
    const dir = resolve(requireFlag(flags.dir, 'dir'));
    if (!existsSync(workspaceLayout(dir).meta)) {
      throw new CliError(
        `${dir} is not a Launch Desk workspace: run \`launch-desk init --dir ${dir}\` first.`,
        1,
        [{ field: 'dir', message: 'not a workspace' }],
      );
    }
    const server = await serveSidebar(workspaceHost(dir), parsePort(flags.port ?? process.env.PORT));
    io.out(`Sidebar: ${server.url}  (Ctrl-C to stop)`);
    await untilStopped();
    await server.close();
    io.out('Stopped.');
    return EXIT.ok;
  },
};
