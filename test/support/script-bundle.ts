import vm from 'node:vm';
import type { Bundle } from '../../local/host/execution.js';

/** A Bundle from a few lines of script, to test the host without building the add-on. */
export function scriptBundle(source: string): Bundle {
  const globals = [...source.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1] ?? '');
  return { script: new vm.Script(source, { filename: 'test-script.js' }), globals };
}
