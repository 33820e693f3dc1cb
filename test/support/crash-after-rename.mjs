// Preloaded (`node --import`) by crash tests: stops the process with SIGKILL right after the
// rename whose target matches the regular expression in CRASH_AFTER_RENAME, the way a power cut
// or `kill -9` would at that moment. It patches node:fs/promises, so it reaches any version of
// the save, whatever layer its writes go through.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const pattern = new RegExp(process.env.CRASH_AFTER_RENAME ?? '^$');
const rename = fs.promises.rename;
fs.promises.rename = async (from, to) => {
  await rename(from, to);
  if (pattern.test(String(to).split('\\').join('/'))) process.kill(process.pid, 'SIGKILL');
};
syncBuiltinESMExports();
