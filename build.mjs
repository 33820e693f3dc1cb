// @ts-check
// Builds dist/: Code.js (the Apps Script bundle), Sidebar.html (one self-contained page),
// appsscript.json, and dist/local/*.mjs (the Node CLI and bench, never pushed to Apps Script).
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const GLOBAL_NAME = '__launchDesk';
/**
 * `LAUNCH_DESK_SOURCEMAP=1` (the coverage run only) writes dist/Code.js.map and points Code.js at
 * it, so coverage of the bundle run in the vm host lands on src/ lines. The pushed build never
 * sets it: `npm run deploy` rebuilds without it, and clasp's default ignore rules (there is no
 * .claspignore) push only .js, .gs, .ts, .html and appsscript.json, never a .map.
 */
const CODE_SOURCEMAP = process.env.LAUNCH_DESK_SOURCEMAP === '1';

/**
 * Apps Script's V8 parses ES2019 plus a little; target it so nothing newer slips through. Never
 * minified: the execution log's stack traces must stay readable.
 * @type {import('esbuild').BuildOptions}
 */
const appsScriptOptions = {
  bundle: true,
  target: 'es2019',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
};

/** Pass 1: an esm build only to read which names `src/main.ts` exports. */
async function readEntryExports() {
  const result = await build({
    ...appsScriptOptions,
    entryPoints: [join(root, 'src/main.ts')],
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'entry.js',
  });
  const output = Object.values(result.metafile?.outputs ?? {})[0];
  if (output === undefined) throw new Error('esbuild reported no output for src/main.ts');
  return [...output.exports].sort();
}

/**
 * The text of the one file an in-memory esbuild build made.
 * @param {import('esbuild').BuildResult} result
 * @returns {string}
 */
function onlyOutput(result) {
  const file = result.outputFiles?.[0];
  if (file === undefined) throw new Error('esbuild wrote no output');
  return file.text;
}

/**
 * Pass 2: an iife under one global, then a footer of real functions Apps Script can list and call.
 * @param {string[]} exportNames
 */
async function buildCode(exportNames) {
  const result = await build({
    ...appsScriptOptions,
    entryPoints: [join(root, 'src/main.ts')],
    format: 'iife',
    globalName: GLOBAL_NAME,
    write: false,
    outfile: join(dist, 'Code.js'),
    // `external` leaves no comment in Code.js: the footer below goes after the body, and the
    // comment is added after the footer so the map's lines (all in the body) stay right.
    ...(CODE_SOURCEMAP ? { sourcemap: 'external', sourcesContent: false } : {}),
  });
  const body = (result.outputFiles ?? []).find((file) => file.path.endsWith('.js'))?.text;
  if (body === undefined) throw new Error('esbuild wrote no Code.js');
  const footer = exportNames
    .map((name) => `function ${name}() {\n  return ${GLOBAL_NAME}.${name}.apply(this, arguments);\n}`)
    .join('\n');
  const map = result.outputFiles?.find((file) => file.path.endsWith('.map'));
  const mapComment = map === undefined ? '' : '//# sourceMappingURL=Code.js.map\n';
  if (map !== undefined) await writeFile(join(dist, 'Code.js.map'), map.text);
  await writeFile(join(dist, 'Code.js'), `${body}\n${footer}\n${mapComment}`);
}

/** The sidebar: its script and styles inlined into one HTML file (HtmlService serves one file). */
async function buildSidebar() {
  const script = await build({
    ...appsScriptOptions,
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    format: 'iife',
    platform: 'browser',
    write: false,
    outfile: 'sidebar.js',
  });
  const css = await readFile(join(root, 'src/sidebar/styles.css'), 'utf8');
  const html = await readFile(join(root, 'src/sidebar/index.html'), 'utf8');
  // `</script` inside the inlined code would end the tag early; split it the usual way.
  const js = onlyOutput(script).replace(/<\/script/gi, '<\\/script');
  const page = html.replace('/* @inline-styles */', () => css).replace('/* @inline-script */', () => js);
  await writeFile(join(dist, 'Sidebar.html'), page);
}

/** The Node side (CLI, bench): bundled from TypeScript so `bin/launch-desk.mjs` needs no loader. */
async function buildLocal() {
  await build({
    entryPoints: {
      cli: join(root, 'local/cli/main.ts'),
      bench: join(root, 'local/bench/main.ts'),
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outdir: join(dist, 'local'),
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
    sourcemap: 'inline',
  });
}

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });
const exportNames = await readEntryExports();
await Promise.all([
  buildCode(exportNames),
  buildSidebar(),
  copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json')),
  buildLocal(),
]);
console.log(`built dist/Code.js (${exportNames.length} globals), dist/Sidebar.html, dist/appsscript.json`);
