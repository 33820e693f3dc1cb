import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../local/cli/main.js';
import { readDocxBlocks } from '../../../local/disk/docx-read.js';
import type { DocBlock } from '../../../local/host/state.js';
import { clientInput, TODAY } from '../../support/onboard-fixtures.js';
import { tempDir } from '../disk/fixtures.js';

/** A CLI io that keeps what was written. */
function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), readStdin: async () => '' },
  };
}

/** Every file and folder under `dir`, as paths relative to it, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((entry) => relative(dir, join(entry.parentPath, entry.name))).sort();
}

function text(blocks: DocBlock[]): string {
  return blocks
    .map((block) =>
      block.kind === 'paragraph' ? block.text : block.rows.map((row) => row.join('\t')).join('\n'),
    )
    .join('\n');
}

/** The text of every .docx under `dir`, by path. */
async function documents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of (await tree(dir)).filter((p) => p.endsWith('.docx'))) {
    out[path] = text(await readDocxBlocks(await readFile(join(dir, path))));
  }
  return out;
}

describe('launch-desk onboard on a workspace folder', () => {
  it('writes the client folder tree with filled .docx files, and the same tree when run twice', async () => {
    const dir = await tempDir('launch-desk-onboard-');
    const init = captureIo();
    expect(await main(['init', '--dir', dir], init.io)).toBe(0);
    const file = join(await tempDir('launch-desk-input-'), 'client.json');
    await writeFile(file, JSON.stringify(clientInput()));
    const first = captureIo();
    const code = await main(
      ['onboard', '--dir', dir, '--client', file, '--today', TODAY, '--json'],
      first.io,
    );
    expect(code, first.out.join('\n')).toBe(0);
    const result = JSON.parse(first.out.join('\n'));
    expect(result).toMatchObject({ ok: true, clientId: 'C0001' });

    const drive = join(dir, 'drive');
    const paths = await tree(drive);
    const folder = paths.find((p) => p.startsWith('Launch Desk/Clients/') && p.split('/').length === 3);
    expect(folder).toMatch(/T2 · 2027-03 · 山嵐工作室 — 城市折疊車$/);
    expect(paths.filter((p) => p.startsWith(`${folder}/`) && !p.endsWith('.docx'))).toHaveLength(8);
    const docs = await documents(drive);
    const clientDocs = Object.entries(docs).filter(([path]) => path.startsWith(`${folder}/`));
    expect(clientDocs).toHaveLength(7);
    for (const [path, content] of clientDocs) {
      expect(content, path).toContain('城市折疊車');
      expect(content, path).not.toMatch(/\{\{/);
    }
    expect(Object.keys(docs).filter((p) => p.startsWith('Launch Desk/Templates/'))).toHaveLength(14);

    const second = captureIo();
    expect(
      await main(['onboard', '--dir', dir, '--client', file, '--today', TODAY, '--json'], second.io),
    ).toBe(0);
    expect(JSON.parse(second.out.join('\n'))).toEqual(result);
    expect(await tree(drive)).toEqual(paths);
    expect(await documents(drive)).toEqual(docs);
  }, 60_000);

  it('exits 1 on invalid input, naming the fields, and creates nothing', async () => {
    const dir = await tempDir('launch-desk-onboard-');
    expect(await main(['init', '--dir', dir], captureIo().io)).toBe(0);
    const file = join(await tempDir('launch-desk-input-'), 'bad.json');
    await writeFile(
      file,
      JSON.stringify(clientInput({ contactEmail: 'a@b.tw, c@d.tw', dates: { launch: '2027-04' } })),
    );
    const run = captureIo();
    expect(await main(['onboard', '--dir', dir, '--client', file, '--json'], run.io)).toBe(1);
    const output = JSON.parse(run.out.join('\n'));
    expect(output.ok).toBe(false);
    expect(output.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['contactEmail', 'dates.launch']),
    );
    expect(await tree(join(dir, 'drive'))).toEqual([]);
  }, 60_000);
});
