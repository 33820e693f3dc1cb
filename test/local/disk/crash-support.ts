import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { parseDriveManifest } from '../../../local/disk/drive-disk.js';
import { FOLDER_MIME } from '../../../local/disk/drive-tree.js';
import { workspaceLayout } from '../../../local/disk/layout.js';
import { setMailDestination } from '../../../local/disk/mail-destination.js';
import { parseSheetMeta } from '../../../local/disk/sheet-meta.js';
import { readTracker } from '../../../local/disk/xlsx-read.js';
import type { Cell } from '../../../local/host/state.js';

/** The built command, as a person runs it. */
const BIN = resolve('bin/launch-desk.mjs');

/** What one run of the command did. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** How to run the command: extra environment, and for `start` when to ask it to stop. */
export interface RunOptions {
  env?: Record<string, string>;
  /** Send SIGINT once stdout shows this (start serves until stopped). */
  stopWhen?: string;
}

/**
 * Runs `launch-desk ARGS` as its own process (a crash test kills it), with the environment of
 * this one minus `SMTP_URL` and the crash switches, plus `options.env`.
 */
export function launchDesk(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['SMTP_URL', 'LAUNCH_DESK_KILL_AT', 'LAUNCH_DESK_COUNT_OPS', 'NODE_OPTIONS'])
    delete env[name];
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...env, ...options.env } });
  let out = '';
  let err = '';
  let stopping = false;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    // Once: a second Ctrl-C would find no handler and end the process by the signal.
    if (!stopping && options.stopWhen !== undefined && out.includes(options.stopWhen)) {
      stopping = true;
      child.kill('SIGINT');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, out, err }));
  });
}

/**
 * THE one place a crash test sends a workspace's mail to an SMTP server: where mail goes is a
 * setting of the workspace, written into `dir` (undefined: mail goes to outbox/). Returns the
 * environment the commands need for it (none: the environment plays no part).
 */
export async function useSmtp(dir: string, url: string | undefined): Promise<Record<string, string>> {
  if (url !== undefined) await setMailDestination(workspaceLayout(dir), url);
  return {};
}

/** One delivered message. */
export interface Delivered {
  messageId: string;
  to: string;
  subject: string;
}

/** A real SMTP server on 127.0.0.1 that takes every message and keeps what it took. */
export async function smtpPeer(): Promise<{ url: string; received: Delivered[]; close(): Promise<void> }> {
  const received: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(deliveredOf(mail));
        callback();
      }, callback);
    },
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

function deliveredOf(mail: Awaited<ReturnType<typeof simpleParser>>): Delivered {
  const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
  return { messageId: mail.messageId ?? '', to, subject: mail.subject ?? '' };
}

/** The messages written to outbox/ (not outbox/failed/). */
export async function outboxMail(dir: string): Promise<Delivered[]> {
  const outbox = workspaceLayout(dir).outbox;
  const names = (await readdir(outbox).catch(() => [] as string[])).filter((name) => name.endsWith('.eml'));
  return Promise.all(
    names.map(async (name) => deliveredOf(await simpleParser(await readFile(join(outbox, name))))),
  );
}

/** Recipient and subject of each message, sorted: two runs that sent the same mail compare equal. */
export function mailKeys(mails: readonly Delivered[]): string[] {
  return mails.map((mail) => `${mail.to} | ${mail.subject}`).sort();
}

/** A client input file in `dir` (the fields onboarding asks for). */
export async function clientFile(
  dir: string,
  name: string,
  dates: { launch: string; end: string; shipping: string },
): Promise<string> {
  const path = join(dir, `${name}.json`);
  await writeFile(
    path,
    JSON.stringify({
      clientName: name,
      projectName: `${name} launch`,
      contactName: `${name} contact`,
      contactEmail: `${name.toLowerCase()}@example.com`,
      targetAmount: 1_200_000,
      dates,
    }),
  );
  return path;
}

/** A client row of the tracker. */
export interface ClientRow {
  id: string;
  name: string;
  folderId: string;
  folderUrl: string;
}

/**
 * Reads a workspace without running anything (no lock, no recovery) and lists what is wrong
 * with it: a save left half-done, two clients in one folder, a folder the tracker names that is
 * not in drive/, more client folders than clients, a Drive id or mail id used twice.
 */
export async function inspectWorkspace(dir: string): Promise<{ clients: ClientRow[]; problems: string[] }> {
  const layout = workspaceLayout(dir);
  const problems: string[] = [];
  const all = await readdir(dir, { recursive: true });
  for (const path of all) {
    if (path.endsWith('.saving') || path.endsWith('save.json')) problems.push(`left over: ${path}`);
  }
  const json = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as unknown;
  const spreadsheet = await readTracker(layout.tracker, parseSheetMeta(await json(layout.sheetMeta)));
  const drive = parseDriveManifest(await json(layout.driveManifest), layout.driveManifest);
  const sheet = spreadsheet.sheets.find((candidate) => candidate.name === 'Clients');
  const [header = [], ...rows] = sheet?.rows ?? [];
  const column = (name: string) => header.indexOf(name);
  const text = (row: Cell[], name: string) => String(row[column(name)] ?? '');
  const clients = rows
    .filter((row) => text(row, 'Client ID') !== '')
    .map((row) => ({
      id: text(row, 'Client ID'),
      name: text(row, 'Client name'),
      folderId: text(row, 'Folder ID'),
      folderUrl: text(row, 'Folder'),
    }));
  const twice = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);
  for (const id of twice(clients.map((client) => client.id))) problems.push(`client id ${id} twice`);
  for (const id of twice(clients.map((client) => client.folderId))) problems.push(`folder ${id} shared`);
  for (const id of twice(drive.files.map((file) => file.id))) problems.push(`Drive id ${id} twice`);
  const byId = new Map(drive.files.map((file) => [file.id, file]));
  const clientFolders = new Set<string>();
  for (const client of clients) {
    const folder = byId.get(client.folderId);
    const entry = drive.disk[client.folderId];
    if (folder === undefined || folder.mimeType !== FOLDER_MIME || folder.trashed || entry === undefined) {
      problems.push(`${client.id}: folder ${client.folderId} is not a folder in Drive`);
      continue;
    }
    if (!client.folderUrl.includes(client.folderId)) problems.push(`${client.id}: URL and id differ`);
    if (!all.includes(join('drive', entry.path))) problems.push(`${client.id}: drive/${entry.path} missing`);
    for (const parent of folder.parents) clientFolders.add(parent);
  }
  for (const parent of clientFolders) {
    const entry = drive.disk[parent];
    if (entry === undefined) continue;
    const folders = (await readdir(join(layout.drive, entry.path), { withFileTypes: true })).filter((e) =>
      e.isDirectory(),
    );
    if (folders.length !== clients.length)
      problems.push(`${folders.length} client folders in drive/${entry.path} for ${clients.length} clients`);
  }
  const mail = (await json(layout.mail)) as { sent: Array<{ id: string }> };
  for (const id of twice(mail.sent.map((sent) => sent.id))) problems.push(`mail id ${id} twice`);
  return { clients, problems };
}
