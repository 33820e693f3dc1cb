import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/app/settings-defaults';

const ROOT = join(__dirname, '../..');
const DOCS = join(ROOT, 'docs');
/** Folders whose comments cite the docs. */
const CITING = ['src', 'local', 'test'];

/** Every source file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|mjs|html|css)$/.test(name) ? [path] : [];
  });
}

/** A citation of a document: `domain.md §3`, `docs/domain.md`, `architecture.md, "Scopes"`. */
interface Citation {
  where: string;
  doc: string;
  section?: string;
  heading?: string;
}

/**
 * The citations of docs in one text. A name counts as a doc when it is written `docs/NAME.md`
 * or when `docs/NAME.md` is cited bare (`domain.md`, `architecture.md`), so README.md and
 * package files are never taken for one.
 */
function citationsIn(text: string, where: string, bareNames: readonly string[]): Citation[] {
  const found: Citation[] = [];
  const bare = bareNames.map((name) => name.replace(/[.-]/g, '\\$&')).join('|');
  const pattern = new RegExp(
    `(?:docs/([\\w-]+)\\.md|\\b(${bare})\\.md)(?:\\s+(§\\d+(?:\\s*(?:,|and|or|–|-)\\s*§\\d+)*)|,\\s*"([^"]+)")?`,
    'g',
  );
  for (const match of text.matchAll(pattern)) {
    const doc = `${match[1] ?? match[2]}.md`;
    const line = text.slice(0, match.index).split('\n').length;
    const at = `${where}:${line}`;
    const sections = [...(match[3] ?? '').matchAll(/§(\d+)/g)].map((m) => m[1] as string);
    if (sections.length === 0) found.push({ where: at, doc, ...(match[4] ? { heading: match[4] } : {}) });
    for (const section of sections) found.push({ where: at, doc, section });
  }
  return found;
}

/** The headings of a markdown text, without their `#`s. */
function headings(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => /^#{1,6}\s/.test(line))
    .map((line) => line.replace(/^#+\s+/, '').trim());
}

/** The problems of one citation against the docs on disk: a missing file, section or heading. */
function problemOf(citation: Citation): string | undefined {
  const path = join(DOCS, citation.doc);
  if (!existsSync(path)) return `${citation.where}: docs/${citation.doc} does not exist`;
  const titles = headings(readFileSync(path, 'utf8'));
  if (citation.section !== undefined) {
    const wanted = new RegExp(`^§${citation.section}(?!\\d)`);
    if (!titles.some((title) => wanted.test(title)))
      return `${citation.where}: docs/${citation.doc} has no heading §${citation.section}`;
  }
  if (citation.heading !== undefined && !titles.some((title) => title.includes(citation.heading ?? '')))
    return `${citation.where}: docs/${citation.doc} has no heading "${citation.heading}"`;
  return undefined;
}

const DOC_NAMES = readdirSync(DOCS)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));
/** Bare names cited without `docs/`: the two the comments have always used, and every doc present. */
const BARE = [...new Set(['domain', 'architecture', ...DOC_NAMES])];
const THIS_FILE = relative(ROOT, __filename);
const CITATIONS = CITING.flatMap((folder) => sources(join(ROOT, folder)))
  .filter((path) => relative(ROOT, path) !== THIS_FILE)
  .flatMap((path) => citationsIn(readFileSync(path, 'utf8'), relative(ROOT, path), BARE));

describe('docs cited by comments', () => {
  it('finds the citations the code is known to make', () => {
    const cited = new Set(CITATIONS.map((c) => `${c.doc}${c.section ? ` §${c.section}` : ''}`));
    for (const known of ['domain.md §3', 'domain.md §4', 'domain.md §5', 'domain.md §6', 'architecture.md'])
      expect(cited).toContain(known);
  });

  it('resolves every citation to a file and, where one is named, a section or heading', () => {
    const problems = CITATIONS.map(problemOf).filter((p): p is string => p !== undefined);
    expect(problems).toEqual([]);
  });

  it('numbers the sections of domain.md from §1 on, in order, each once, §1 to §7 at least', () => {
    const numbers = headings(readFileSync(join(DOCS, 'domain.md'), 'utf8'))
      .map((title) => /^§(\d+)\b/.exec(title)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThanOrEqual(7);
  });

  it('reads each citation form, and a missing section is a problem', () => {
    const text = [
      '/** The defaults (domain.md §3 and §5). */',
      '// domain.md §1, §2 or §6',
      '// see docs/domain.md §9, docs/nowhere.md and architecture.md, "Scopes"',
      '// README.md is not a doc',
    ].join('\n');
    const found = citationsIn(text, 'x.ts', ['domain', 'architecture']);
    expect(found).toEqual([
      { where: 'x.ts:1', doc: 'domain.md', section: '3' },
      { where: 'x.ts:1', doc: 'domain.md', section: '5' },
      { where: 'x.ts:2', doc: 'domain.md', section: '1' },
      { where: 'x.ts:2', doc: 'domain.md', section: '2' },
      { where: 'x.ts:2', doc: 'domain.md', section: '6' },
      { where: 'x.ts:3', doc: 'domain.md', section: '9' },
      { where: 'x.ts:3', doc: 'nowhere.md' },
      { where: 'x.ts:3', doc: 'architecture.md', heading: 'Scopes' },
    ]);
    expect(found.map(problemOf)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'x.ts:3: docs/domain.md has no heading §9',
      'x.ts:3: docs/nowhere.md does not exist',
      undefined,
    ]);
  });
});

describe('the numbers of domain.md §5', () => {
  it('lists every numeric default of the Settings sheet with its key and value', () => {
    const doc = readFileSync(join(DOCS, 'domain.md'), 'utf8');
    // Each table row as its cells: the first names the setting, the second holds its default.
    const rows = doc
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const missing = defaultSettings('zh-TW', 'Asia/Taipei')
      .filter((def) => typeof def.value === 'number')
      .filter((def) => {
        // A row names the key itself, or its group: `minPrepDaysAdvanced` / `Basic` / `Simple`.
        const group = def.key.replace(/(Advanced|Basic|Simple|Min|Recommended|Max|T\d)$/, '');
        const row = rows.find(
          ([, name = '']) => name.includes(`\`${def.key}\``) || name.startsWith(`\`${group}`),
        );
        const value = (def.value as number).toLocaleString('en-US');
        return !row || !new RegExp(`(?<![\\d,.])${value}(?![\\d,.])`).test(row[2] ?? '');
      })
      .map((def) => `${def.key} = ${def.value}`);
    expect(missing).toEqual([]);
  });
});
