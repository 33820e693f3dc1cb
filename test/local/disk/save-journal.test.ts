import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJsonText } from '../../../local/disk/atomic-write.js';
import { writeDurable } from '../../../local/disk/file-ops.js';
import { journalPath, recoverSave, saveGeneration } from '../../../local/disk/save-journal.js';
import { tempDir } from './fixtures.js';

/** Every file under `dir` with its text. */
async function contents(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[path.slice(dir.length + 1)] = await readFile(path, 'utf8');
    }
  }
  return out;
}

async function workspaceWithTwoFiles(): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'state'));
  await writeFile(join(dir, 'a.txt'), 'old a');
  await writeFile(join(dir, 'state', 'b.json'), 'old b');
  return dir;
}

describe('a save as one generation', () => {
  it('puts every file in place, or none when one cannot be written, and takes its new folders back', async () => {
    const dir = await workspaceWithTwoFiles();
    const before = await contents(dir);
    const failing = saveGeneration(dir, {
      folders: [join(dir, 'drive', 'Clients', 'Acme')],
      installs: [
        { target: join(dir, 'a.txt'), stage: (temp) => writeDurable(temp, 'new a') },
        {
          target: join(dir, 'drive', 'Clients', 'Acme', 'Plan.docx'),
          stage: (temp) => writeDurable(temp, 'plan'),
        },
        {
          target: join(dir, 'state', 'b.json'),
          stage: async () => {
            throw Object.assign(new Error('EPERM: operation not permitted'), { code: 'EPERM' });
          },
        },
      ],
      removes: [],
      retires: [],
    });
    await expect(failing).rejects.toThrow(/as it was before the run/);
    expect(await contents(dir)).toEqual(before);
    expect(await readdir(dir)).toEqual(['a.txt', 'state']);

    await saveGeneration(dir, {
      folders: [],
      installs: [
        { target: join(dir, 'a.txt'), stage: (temp) => writeDurable(temp, 'new a') },
        { target: join(dir, 'state', 'b.json'), stage: (temp) => writeDurable(temp, 'new b') },
      ],
      removes: [],
      retires: [],
    });
    expect(await contents(dir)).toEqual({ 'a.txt': 'new a', 'state/b.json': 'new b' });
  });

  it('finishes a committed save left by a crash, and undoes one that had not committed', async () => {
    const dir = await workspaceWithTwoFiles();
    await writeFile(join(dir, '.a.txt.g1.saving'), 'new a');
    await writeFile(join(dir, 'gone.txt'), 'to remove');
    const journal = {
      version: 1,
      phase: 'committed',
      made: [],
      // b.json was already moved into place before the crash: its temp is gone.
      installs: [
        { temp: '.a.txt.g1.saving', target: 'a.txt' },
        { temp: 'state/.b.json.g1.saving', target: 'state/b.json' },
      ],
      removes: ['gone.txt'],
      retires: [],
    };
    await writeFile(journalPath(dir), toJsonText(journal));
    await recoverSave(dir);
    expect(await contents(dir)).toEqual({ 'a.txt': 'new a', 'state/b.json': 'old b' });

    await mkdir(join(dir, 'drive', 'New'), { recursive: true });
    await writeFile(join(dir, 'drive', 'New', '.Plan.docx.g2.saving'), 'plan');
    await writeFile(
      journalPath(dir),
      toJsonText({
        ...journal,
        phase: 'staging',
        made: ['drive', 'drive/New'],
        installs: [{ temp: 'drive/New/.Plan.docx.g2.saving', target: 'drive/New/Plan.docx' }],
        removes: ['a.txt'],
      }),
    );
    await recoverSave(dir);
    expect(await contents(dir)).toEqual({ 'a.txt': 'new a', 'state/b.json': 'old b' });
    expect(await readdir(dir)).toEqual(['a.txt', 'state']);
  });
});
