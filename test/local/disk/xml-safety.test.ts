import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
// exceljs's own XML parser: strict XML 1.0, it refuses every character the standard forbids.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { docToDocx } from '../../../local/disk/docx-write.js';
import { createWorkspace } from '../../../local/disk/workspace.js';
import { writeTracker } from '../../../local/disk/xlsx-write.js';
import { Host } from '../../../local/host/host.js';
import { newSheetState, newWorkspaceState } from '../../../local/host/new-state.js';
import type { OnboardResult } from '../../../src/shared/rpc.js';
import { builtBundle } from '../../support/bundle-host.js';
import { clientInput, TODAY } from '../../support/onboard-fixtures.js';
import { tempDir } from './fixtures.js';

/** Text with every kind of character XML 1.0 forbids: C0 controls, U+FFFE, U+FFFF, lone surrogates. */
const HOSTILE = 'A\u0000B\u000bC\u001bD\ufffeE\uffffF\ud800G\udfffH';

/** Parses every XML part of an Office file strictly; returns the parts that fail, with the reason. */
async function xmlErrors(file: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(file);
  const errors: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser();
    parser.on('error', (error) => errors.push(`${name}: ${error.message}`));
    parser.write(await entry.async('string')).close();
  }
  return errors;
}

describe('files written for other programs hold only characters XML allows', () => {
  it('tracker.xlsx with forbidden characters in its cells parses as XML', async () => {
    const dir = await tempDir();
    const spreadsheet = newWorkspaceState().spreadsheet;
    const sheet = newSheetState('Clients', 1);
    sheet.rows = [
      ['Client', 'Notes'],
      [HOSTILE, `line\n${HOSTILE}`],
    ];
    spreadsheet.sheets = [sheet];
    const path = join(dir, 'tracker.xlsx');
    await writeTracker(path, spreadsheet);
    expect(await xmlErrors(await readFile(path))).toEqual([]);
  });

  it('a .docx with forbidden characters in its title, paragraphs and tables parses as XML', async () => {
    const docx = await docToDocx({
      title: HOSTILE,
      revision: 1,
      blocks: [
        { kind: 'paragraph', style: 'TITLE', text: HOSTILE },
        {
          kind: 'table',
          rows: [
            [HOSTILE, 'x'],
            ['y', `a\n${HOSTILE}`],
          ],
        },
      ],
    });
    expect(await xmlErrors(docx)).toEqual([]);
  });

  it('onboarding the same client twice with control characters in its name makes one client, one folder', async () => {
    const dir = await tempDir();
    await createWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'zh_TW' });
    const host = new Host(builtBundle(), new DiskBackend(dir, { smtpUrl: '' }));
    expect((await host.run('setupTracker', [{}])).ok).toBe(true);
    const input = clientInput({ clientName: '山嵐\u0000工作室\u001b', projectName: '城市\u000b折疊車' });
    const first = (await host.run('onboardClient', [input, TODAY])).value as OnboardResult;
    const second = (await host.run('onboardClient', [input, TODAY])).value as OnboardResult;
    expect(first.ok && 'clientId' in first && first.clientId).toBe('C0001');
    expect(second.ok && 'clientId' in second && second.clientId).toBe('C0001');
    expect(second.ok && 'folderUrl' in second && first.ok && 'folderUrl' in first && second.folderUrl).toBe(
      first.ok && 'folderUrl' in first ? first.folderUrl : '',
    );
    expect(await xmlErrors(await readFile(join(dir, 'tracker.xlsx')))).toEqual([]);
    const docs = (await readdir(join(dir, 'drive'), { recursive: true })).filter((name) =>
      name.endsWith('.docx'),
    );
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) expect(await xmlErrors(await readFile(join(dir, 'drive', doc))), doc).toEqual([]);
  });
});
