import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { describe, expect, it } from 'vitest';
import { DiskBackend } from '../../../local/disk/disk-backend.js';
import { readDocxBlocks } from '../../../local/disk/docx-read.js';
import { docToDocx } from '../../../local/disk/docx-write.js';
import { WorkspaceError } from '../../../local/disk/errors.js';
import { createWorkspace } from '../../../local/disk/workspace.js';
import { Host } from '../../../local/host/host.js';
import { scriptBundle } from '../../support/script-bundle.js';
import { tempDir } from './fixtures.js';

/** A few lines of script that use the services the way the add-on does. */
const SCRIPT = scriptBundle(`
function makeFolderAndDoc(name) {
  var folder = Drive.Files.create({ name: name, mimeType: 'application/vnd.google-apps.folder' });
  var doc = Drive.Files.create({ name: 'Plan', mimeType: 'application/vnd.google-apps.document', parents: [folder.id] });
  Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'Launch on 1 March' } }] }, doc.id);
  return { folder: folder.id, doc: doc.id };
}
function rename(id, name) { Drive.Files.update({ name: name }, id); }
function docText(id) {
  var body = Docs.Documents.get(id).body.content;
  return body.map(function (el) {
    return el.paragraph ? el.paragraph.elements.map(function (r) { return r.textRun ? r.textRun.content : ''; }).join('') : '';
  }).join('');
}
function trashed(id) { return Drive.Files.get(id, { fields: 'trashed' }).trashed; }
function send(to, subject) {
  MailApp.sendEmail({ to: to, subject: subject, body: 'Plain <b>text</b>', htmlBody: '<p>Hello <b>there</b></p>', name: 'Launch Desk' });
}
function writeCell(value) { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue(value); }
function writeThenFail() { writeCell('written before the error'); throw new Error('boom'); }
function readCell() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).getValue(); }
`);

async function workspace(): Promise<{ dir: string; host: Host }> {
  const dir = await tempDir();
  await createWorkspace(dir, { timeZone: 'Asia/Taipei', locale: 'en_US' });
  return { dir, host: new Host(SCRIPT, new DiskBackend(dir, { smtpUrl: '' })) };
}

async function ok(host: Host, fn: string, args: unknown[] = []): Promise<unknown> {
  const result = await host.run(fn, args);
  if (!result.ok) throw new Error(`${fn} failed: ${result.error?.message}`);
  return result.value;
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/**
 * A real SMTP server on 127.0.0.1 that refuses `nobody@` for good (550), and a workspace whose
 * mail goes to it; `received` collects the subjects it accepted.
 */
async function withSmtp(
  test: (smtp: { dir: string; host: Host; received: string[] }) => Promise<void>,
): Promise<void> {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (!address.address.startsWith('nobody@')) return callback();
      callback(Object.assign(new Error('No such user'), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail.subject ?? '');
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.server.address() as AddressInfo;
    const dir = await tempDir();
    await createWorkspace(dir);
    const host = new Host(SCRIPT, new DiskBackend(dir, { smtpUrl: `smtp://127.0.0.1:${port}` }));
    await test({ dir, host, received });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('the disk backend', () => {
  it('makes a workspace whose tracker.xlsx a spreadsheet library opens, and refuses a foreign folder', async () => {
    const { dir } = await workspace();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'tracker.xlsx'));
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Sheet1']);
    await createWorkspace(dir); // a second init leaves it as it is
    const foreign = await tempDir();
    await writeFile(join(foreign, 'notes.txt'), 'mine');
    await expect(createWorkspace(foreign)).rejects.toThrow(
      /already holds files and is not a Launch Desk workspace/,
    );
  });

  it('keeps what an execution wrote, even when it then threw', async () => {
    const { host } = await workspace();
    const result = await host.run('writeThenFail');
    expect(result.error?.message).toBe('boom');
    expect(await ok(host, 'readCell')).toBe('written before the error');
  });

  it('lays Drive out as folders and .docx files, and follows a rename', async () => {
    const { dir, host } = await workspace();
    const ids = (await ok(host, 'makeFolderAndDoc', ['Acme — Launch'])) as { folder: string; doc: string };
    expect(await files(join(dir, 'drive'))).toEqual(['Acme — Launch/Plan.docx']);
    const blocks = await readDocxBlocks(await readFile(join(dir, 'drive', 'Acme — Launch', 'Plan.docx')));
    expect(blocks.map((block) => (block.kind === 'paragraph' ? block.text : '')).join('')).toContain(
      'Launch on 1 March',
    );
    await ok(host, 'rename', [ids.folder, 'Acme: Launch 2027']);
    expect(await readdir(join(dir, 'drive'))).toEqual(['Acme_ Launch 2027']);
    expect(await files(join(dir, 'drive'))).toEqual(['Acme_ Launch 2027/Plan.docx']);
  });

  it('rewrites a document only when it changed, and reads back what a person edited', async () => {
    const { dir, host } = await workspace();
    const ids = (await ok(host, 'makeFolderAndDoc', ['Acme'])) as { folder: string; doc: string };
    const path = join(dir, 'drive', 'Acme', 'Plan.docx');
    const before = await stat(path);
    await ok(host, 'readCell');
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    const edited = await docToDocx({
      title: 'Plan',
      blocks: [{ kind: 'paragraph', style: 'NORMAL_TEXT', text: 'Launch moved to 8 March' }],
      revision: 1,
    });
    await writeFile(path, edited);
    expect(await ok(host, 'docText', [ids.doc])).toContain('Launch moved to 8 March');
    // The person's file stays as they saved it: reading it back is not a reason to rewrite it.
    expect(await readFile(path)).toEqual(edited);
  });

  it('takes a .docx a person deleted as a document moved to the trash', async () => {
    const { dir, host } = await workspace();
    const ids = (await ok(host, 'makeFolderAndDoc', ['Acme'])) as { folder: string; doc: string };
    await rm(join(dir, 'drive', 'Acme', 'Plan.docx'));
    expect(await ok(host, 'trashed', [ids.doc])).toBe(true);
    expect(await files(join(dir, 'drive'))).toEqual(['.trash/Plan.docx']);
  });

  it('writes each sent message once to outbox/ as an RFC 5322 message with both parts', async () => {
    const { dir, host } = await workspace();
    await ok(host, 'send', ['lin@example.com, "Sam Lee" <sam@example.com>', '上線提醒 Launch reminder']);
    await ok(host, 'readCell');
    const outbox = await readdir(join(dir, 'outbox'));
    expect(outbox).toHaveLength(1);
    const mail = await simpleParser(await readFile(join(dir, 'outbox', outbox[0] ?? '')));
    expect(mail.subject).toBe('上線提醒 Launch reminder');
    expect(mail.from?.value).toEqual([{ name: 'Launch Desk', address: 'csm@example.com' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual([
      'lin@example.com',
      'sam@example.com',
    ]);
    expect(mail.text?.trim()).toBe('Plain <b>text</b>');
    expect(mail.html).toContain('<p>Hello <b>there</b></p>');
  });

  it('hands sent messages to the SMTP server instead, once', async () => {
    await withSmtp(async ({ dir, host, received }) => {
      await ok(host, 'send', ['lin@example.com', 'Shipping notice']);
      await ok(host, 'readCell');
      expect(received).toEqual(['Shipping notice']);
      expect(await readdir(join(dir, 'outbox'))).toEqual([]);
    });
  });

  it('keeps delivering past an address the SMTP server refuses for good, and sends nothing twice', async () => {
    await withSmtp(async ({ dir, host, received }) => {
      await ok(host, 'send', ['lin@example.com', 'First']);
      await ok(host, 'send', ['nobody@example.com', 'Refused']);
      await ok(host, 'send', ['sam@example.com', 'Third']);
      await ok(host, 'readCell');
      expect(received).toEqual(['First', 'Third']);
      const failed = await readdir(join(dir, 'outbox', 'failed'));
      expect(failed).toHaveLength(1);
      const refused = await simpleParser(await readFile(join(dir, 'outbox', 'failed', failed[0] ?? '')));
      expect(refused.subject).toBe('Refused');
      await ok(host, 'readCell');
      expect(received).toEqual(['First', 'Third']);
    });
  });

  it('puts back a document a stopped flush left in staging, instead of trashing it', async () => {
    const { dir, host } = await workspace();
    const ids = (await ok(host, 'makeFolderAndDoc', ['Acme'])) as { folder: string; doc: string };
    await mkdir(join(dir, 'drive', '.staging'));
    await rename(join(dir, 'drive', 'Acme', 'Plan.docx'), join(dir, 'drive', '.staging', ids.doc));
    expect(await ok(host, 'trashed', [ids.doc])).toBe(false);
    expect(await files(join(dir, 'drive'))).toEqual(['Acme/Plan.docx']);
  });

  it('refuses a broken tracker.xlsx with the fix, overwrites nothing and lets the workspace go', async () => {
    const { dir, host } = await workspace();
    await writeFile(join(dir, 'tracker.xlsx'), 'not a workbook');
    const error = await host.run('readCell').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).message).toMatch(
      /tracker\.xlsx is not a readable \.xlsx workbook.*tracker\.previous\.xlsx/s,
    );
    expect(await readFile(join(dir, 'tracker.xlsx'), 'utf8')).toBe('not a workbook');
    await expect(readdir(join(dir, 'state'))).resolves.not.toContain('workspace.lock');
  });

  it('makes a second process wait for the first, and says who holds the workspace when it cannot', async () => {
    const { dir } = await workspace();
    const first = new DiskBackend(dir);
    const state = await first.load();
    const impatient = new DiskBackend(dir, { lockWaitMs: 0 });
    await expect(impatient.load()).rejects.toThrow(new RegExp(`in use by process ${process.pid}`));
    const second = new DiskBackend(dir, { lockWaitMs: 5_000 });
    const waiting = second.load();
    await first.flush(state);
    await second.flush(await waiting);
  });

  it('says how to make a workspace when the folder is missing', async () => {
    const dir = join(await tempDir(), 'nowhere');
    await expect(new DiskBackend(dir).load()).rejects.toThrow(`launch-desk init --dir ${dir}`);
  });
});
