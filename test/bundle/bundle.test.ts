import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { builtBundle, DIST, memoryHost, ROOT } from '../support/bundle-host.js';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

/** The names of the functions declared in a text (`function NAME(`), four letters or more. */
function functionNames(text: string): string[] {
  return [...text.matchAll(/\bfunction ([A-Za-z_$][\w$]{3,})\(/g)].map((m) => m[1] ?? '');
}

/** The source text of every `.ts` file below a folder. */
function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield readFileSync(path, 'utf8');
  }
}

/** The names `src/main.ts` exports: each must be a real top-level function of Code.js. */
function mainExports(): string[] {
  const source = readFileSync(join(ROOT, 'src', 'main.ts'), 'utf8');
  return [...source.matchAll(/^export function ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1] ?? '');
}

describe('the built Code.js', () => {
  it('declares every export of main.ts as a top-level function', () => {
    const exported = mainExports();
    expect(exported.length).toBeGreaterThan(3);
    expect(builtBundle().globals.sort()).toEqual([...exported].sort());
  });

  it('uses none of the APIs that need scopes outside the six', () => {
    for (const forbidden of ['DriveApp', 'DocumentApp', 'GmailApp', 'UrlFetchApp', 'openByUrl']) {
      expect(code, forbidden).not.toMatch(new RegExp(`\\b${forbidden}\\b`));
    }
    // A time-driven run opens its tracker by id, in one place (src/gas/spreadsheet.ts).
    expect(code.match(/\.openById\(/g)).toHaveLength(1);
  });

  it('parses as an ES2019 script (no class fields, no modules, nothing newer)', () => {
    expect(() => parse(code, { ecmaVersion: 2019, sourceType: 'script' })).not.toThrow();
  });

  it('is not minified, so stack traces in the execution log stay readable', () => {
    // The footer alone gives many short lines and names, so look inside the IIFE: a minifier
    // renames inner functions to a letter or two and puts the code on a few long lines.
    const body = code.slice(0, code.lastIndexOf(`\nfunction ${mainExports()[0]}(`));
    const declared = new Set([...sourceFiles(join(ROOT, 'src'))].flatMap(functionNames));
    const kept = functionNames(body).filter((name) => declared.has(name));
    expect(kept.length).toBeGreaterThan(150);
    const lines = body.split('\n');
    const long = lines.filter((line) => line.length > 200).length;
    expect(long / lines.length).toBeLessThan(0.01);
  });
});

describe('appsscript.json', () => {
  it('asks exactly the six scopes of the architecture', () => {
    // The one written copy of the list, as architecture.md "Scopes" decides it: the add-on, its
    // diagnostics and the hosts all read the manifest, so a change there must change this too.
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'spreadsheets',
        'script.container.ui',
        'drive.file',
        'script.send_mail',
        'script.scriptapp',
        'userinfo.email',
      ]
        .map((name) => `https://www.googleapis.com/auth/${name}`)
        .sort(),
    );
  });

  it('is the list the built diagnostics compare with what was granted', () => {
    for (const scope of manifest.oauthScopes) expect(code).toContain(JSON.stringify(scope));
  });

  it('enables Drive v3 and Docs v1 and runs on V8 in Asia/Taipei', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Taipei');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    const services = manifest.dependencies.enabledAdvancedServices.map(
      (s: { userSymbol: string; version: string }) => `${s.userSymbol} ${s.version}`,
    );
    expect(services.sort()).toEqual(['Docs v1', 'Drive v3']);
  });
});

describe('onOpen', () => {
  it('under AuthMode.NONE builds the menu and touches nothing else', async () => {
    const { host, backend } = memoryHost();
    const before = JSON.stringify(backend.state);
    const result = await host.run('onOpen', [{ authMode: 'NONE' }], { authMode: 'NONE' });
    expect(result.error).toBeUndefined();
    expect(result.ui.menus).toHaveLength(1);
    const touched = Object.keys(result.calls).filter(
      (name) => !/^(SpreadsheetApp\.getUi|Ui\.|Menu\.|Session\.getActiveUserLocale)/.test(name),
    );
    expect(touched).toEqual([]);
    expect(JSON.stringify(backend.state)).toBe(before);
  });

  it('lists only public globals that exist in the bundle', async () => {
    const { host } = memoryHost();
    const result = await host.run('onOpen', [], { authMode: 'NONE' });
    const globals = builtBundle().globals;
    const names = result.ui.menus.flatMap((menu) =>
      menu.items.flatMap((item) => ('functionName' in item ? [item.functionName] : [])),
    );
    expect(names.length).toBeGreaterThan(1);
    for (const name of names) {
      expect(globals).toContain(name);
      expect(name.endsWith('_')).toBe(false);
    }
  });
});
