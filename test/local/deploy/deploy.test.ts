import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../support/bundle-host.js';

/**
 * `npm run deploy` in a copy of the repository's script, with `npm` and `npx` replaced by stand-ins
 * on PATH that record their arguments: what matters is what would be run, and in which order.
 */
let dir: string;
let calls: string;

function deploy(args: string[], gate = 0): { code: number | null; err: string; ran: string[] } {
  const result = spawnSync(process.execPath, [join(dir, 'bin', 'deploy.mjs'), ...args], {
    env: { ...process.env, PATH: `${join(dir, 'fake')}:${process.env.PATH}`, GATE_EXIT: String(gate) },
    encoding: 'utf8',
  });
  const ran = readFileSync(calls, 'utf8').split('\n').filter(Boolean);
  return { code: result.status, err: result.stderr, ran };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'launch-desk-deploy-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'fake'));
  copyFileSync(join(ROOT, 'bin', 'deploy.mjs'), join(dir, 'bin', 'deploy.mjs'));
  calls = join(dir, 'calls.txt');
  writeFileSync(calls, '');
  for (const tool of ['npm', 'npx']) {
    const exit = tool === 'npm' ? '"$GATE_EXIT"' : '0';
    writeFileSync(join(dir, 'fake', tool), `#!/bin/sh\necho "${tool} $*" >> "${calls}"\nexit ${exit}\n`);
    chmodSync(join(dir, 'fake', tool), 0o755);
  }
  for (const target of ['test', 'production']) {
    writeFileSync(
      join(dir, `.clasp.${target}.json`),
      JSON.stringify({ scriptId: `id-${target}`, rootDir: 'dist' }),
    );
  }
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run deploy', () => {
  it('runs the whole test gate, then pushes the test project without --force', () => {
    const { code, ran } = deploy([]);
    expect(code).toBe(0);
    expect(ran).toEqual(['npm test', `npx clasp --project ${join(dir, '.clasp.test.json')} push`]);
  });

  it('reaches production only when told so', () => {
    const { code, ran } = deploy(['--target', 'production']);
    expect(code).toBe(0);
    expect(ran.at(-1)).toBe(`npx clasp --project ${join(dir, '.clasp.production.json')} push`);
  });

  it('pushes nothing when the gate fails', () => {
    const { code, err, ran } = deploy([], 1);
    expect(code).toBe(2);
    expect(ran).toEqual(['npm test']);
    expect(err).toMatch(/nothing was pushed/);
  });

  it('refuses an unknown target or a project without a script id before running anything', () => {
    expect(deploy(['--target=prod'])).toMatchObject({ code: 2, ran: [] });
    writeFileSync(join(dir, '.clasp.test.json'), JSON.stringify({ scriptId: '', rootDir: 'dist' }));
    const missing = deploy([]);
    expect(missing).toMatchObject({ code: 2, ran: [] });
    expect(missing.err).toMatch(/clasp create --type sheets/);
  });
});
