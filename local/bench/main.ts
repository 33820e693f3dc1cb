/**
 * `npm run bench`: prints figures for the team's notes — service calls per operation at
 * growing sizes and Node time for large trackers, and the vm host's own time for large ranges.
 */
import { benchCore } from './core.js';
import { benchDaily } from './daily.js';
import { benchDisk } from './disk.js';
import { benchHost } from './host.js';
import { benchOnboard } from './onboard.js';
import { benchTracker } from './tracker.js';

const sections: Array<() => Promise<string[]>> = [
  benchCore,
  benchDaily,
  benchDisk,
  benchHost,
  benchTracker,
  benchOnboard,
];

for (const section of sections) {
  for (const line of await section()) console.log(line);
}
