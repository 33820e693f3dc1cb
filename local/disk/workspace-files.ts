import { readFile } from 'node:fs/promises';
import type { MailState, WorkspaceState } from '../host/state.js';
import { pathExists, readJsonFile, toJsonText, writeFileAtomic } from './atomic-write.js';
import { type DriveManifest, loadDriveEdits, parseDriveManifest, planDriveSave } from './drive-disk.js';
import { WorkspaceError } from './errors.js';
import { linkOrCopyOp, writeDurable } from './file-ops.js';
import { contentHash } from './hash.js';
import type { WorkspaceLayout } from './layout.js';
import { deliverMail, keepUncertain, type MailDelivery } from './outbox.js';
import { type Install, saveGeneration } from './save-journal.js';
import { parseSheetMeta, type SheetMetaFile } from './sheet-meta.js';
import { checkStateFile } from './state-shapes.js';
import { metaOf, readWorkspaceMeta } from './workspace-meta.js';
import { readTracker } from './xlsx-read.js';
import { writeTracker } from './xlsx-write.js';

/** What a load learnt that the matching flush needs. */
export interface FlushContext {
  createdAt: string;
  /** The spreadsheet's hash as loaded (a flush skips an unchanged tracker), or true to write it. */
  spreadsheetHash?: string;
  spreadsheetChanged?: true;
  drive: DriveManifest;
  driveBaseline: ReadonlyMap<string, string>;
  /** Ids of sent messages already in outbox/ or handed to SMTP. */
  delivered: Set<string>;
  /** Ids of messages a crash may have stopped while the SMTP server took them: not sent again. */
  uncertain: Set<string>;
  delivery?: MailDelivery;
}

/** `state/mail.json`: what MailApp sent (for its daily quota) and what reached outbox/ or SMTP. */
interface MailFile {
  sent: MailState[];
  delivered: string[];
  uncertain?: string[];
  /** The message being handed to the SMTP server when this was written. */
  sending?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

async function readJson(path: string): Promise<unknown> {
  try {
    return await readJsonFile(path);
  } catch (error) {
    throw new WorkspaceError(
      'broken-file',
      `${path} is not valid JSON. Restore it from a backup; nothing was changed.`,
      path,
      { cause: error },
    );
  }
}

function spreadsheetHash(state: WorkspaceState): string {
  return contentHash(JSON.stringify(state.spreadsheet));
}

/**
 * Reads a whole workspace into the state the services use: tracker.xlsx (with a person's edits),
 * Drive's record with the edits made in drive/, properties, triggers and mail. Nothing is written.
 */
export async function readWorkspaceState(
  layout: WorkspaceLayout,
  now: number,
): Promise<{ state: WorkspaceState; context: FlushContext }> {
  const meta = await readWorkspaceMeta(layout);
  const sheetMeta = parseSheetMeta(
    checkStateFile('sheetMeta', await readJson(layout.sheetMeta), layout.sheetMeta),
  );
  const spreadsheet = await readTracker(layout.tracker, sheetMeta, { previousPath: layout.trackerPrevious });
  const driveJson = checkStateFile('drive', await readJson(layout.driveManifest), layout.driveManifest);
  const drive = parseDriveManifest(driveJson, layout.driveManifest);
  const driveBaseline = await loadDriveEdits(layout.drive, drive, now);
  // Every state file is checked whole before anything runs, so a damaged one stops the load.
  const properties = checkStateFile('properties', await readJson(layout.properties), layout.properties) ?? {
    document: {},
    script: {},
    user: {},
  };
  const triggers = checkStateFile('triggers', await readJson(layout.triggers), layout.triggers) ?? [];
  const mail: MailFile = checkStateFile('mail', await readJson(layout.mail), layout.mail) ?? {
    sent: [],
    delivered: [],
  };
  const state: WorkspaceState = {
    spreadsheet,
    drive: { files: drive.files },
    properties,
    triggers,
    mail: { sent: mail.sent, dailyQuota: meta.dailyMailQuota },
    locks: {},
    user: meta.user,
    grantedScopes: meta.grantedScopes,
    advancedServices: meta.advancedServices,
    nextId: meta.nextId,
  };
  return {
    state,
    context: {
      createdAt: meta.createdAt,
      spreadsheetHash: spreadsheetHash(state),
      drive,
      driveBaseline,
      delivered: new Set(mail.delivered),
      uncertain: new Set([...(mail.uncertain ?? []), ...(mail.sending !== undefined ? [mail.sending] : [])]),
    },
  };
}

/**
 * Writes the state back as one generation (see save-journal.ts): mail.json with every message
 * not delivered yet, the tracker when it changed (the one it replaces kept as
 * state/tracker.previous.xlsx), drive/ (only what changed) and the JSON files, all or nothing.
 * Only then is mail delivered: a message is on disk before it goes out, and is marked delivered
 * after, so a crash can neither lose it nor send it twice.
 */
export async function writeWorkspaceState(
  layout: WorkspaceLayout,
  state: WorkspaceState,
  context: FlushContext,
): Promise<void> {
  const installs: Install[] = [];
  const json = async (path: string, value: unknown): Promise<void> => {
    const text = toJsonText(value);
    if ((await readFile(path, 'utf8').catch(() => undefined)) === text) return;
    installs.push({ target: path, stage: (temp) => writeDurable(temp, text) });
  };
  await json(layout.mail, mailFile(state.mail.sent, context));
  if (context.spreadsheetChanged || context.spreadsheetHash !== spreadsheetHash(state)) {
    let sheetMeta: SheetMetaFile | undefined;
    if (await pathExists(layout.tracker))
      installs.push({ target: layout.trackerPrevious, stage: (temp) => linkOrCopyOp(layout.tracker, temp) });
    installs.push({
      target: layout.tracker,
      stage: async (temp) => {
        sheetMeta = await writeTracker(temp, state.spreadsheet);
      },
    });
    installs.push({ target: layout.sheetMeta, stage: (temp) => writeDurable(temp, toJsonText(sheetMeta)) });
  }
  const drive = await planDriveSave(layout.drive, state.drive.files, context.drive, context.driveBaseline);
  installs.push(...drive.installs);
  if (drive.installs.length > 0) {
    // Its entries get the sizes and times of the files as staged, so it is written after them.
    installs.push({
      target: layout.driveManifest,
      stage: (temp) => writeDurable(temp, toJsonText(drive.manifest)),
    });
  } else {
    await json(layout.driveManifest, drive.manifest);
  }
  await json(layout.properties, state.properties);
  await json(layout.triggers, state.triggers);
  await json(layout.meta, metaOf(state, context.createdAt));
  await saveGeneration(layout.dir, {
    folders: drive.folders,
    installs,
    removes: drive.removes,
    retires: drive.retires,
  });
  await deliverPending(layout, state, context);
}

/**
 * Delivers the messages not delivered yet, then records which went. In outbox/ a message's file
 * name is its id, so writing it again after a crash finds it there. An SMTP server cannot be
 * asked, so each message is recorded as being handed over (`sending`) before it is: a crash
 * during the hand-over leaves it uncertain, never sent again unasked, instead of sent twice.
 */
async function deliverPending(
  layout: WorkspaceLayout,
  state: WorkspaceState,
  context: FlushContext,
): Promise<void> {
  const delivery = context.delivery ?? { kind: 'outbox', dir: layout.outbox };
  const delivered = (id: string) => context.delivered.add(id);
  // A hand-over a crash cut short is told as uncertain once (its delivery says so from then on).
  const cutShort = state.mail.sent.filter(
    (mail) => context.uncertain.has(mail.id) && mail.delivery?.status !== 'uncertain',
  );
  const pending = state.mail.sent.filter(
    (mail) => !context.delivered.has(mail.id) && !context.uncertain.has(mail.id),
  );
  if (pending.length === 0 && cutShort.length === 0) return;
  const record = (sending?: string) =>
    writeFileAtomic(layout.mail, toJsonText(mailFile(state.mail.sent, context, sending)));
  try {
    for (const mail of cutShort) await keepUncertain(mail, state.user, delivery, delivered);
    // outbox/ files are named by the message id, so writing one again after a crash finds it;
    // an SMTP hand-over is recorded (`sending`) before it starts, on the same connection.
    await deliverMail(pending, state.user, delivery, delivered, (mail) => record(mail.id));
  } finally {
    await record();
  }
}

/**
 * What mail.json keeps: the last day of sent messages (all the daily quota looks at) and every
 * message not delivered yet; older ones live on in outbox/ or the SMTP server.
 */
function mailFile(sent: readonly MailState[], context: FlushContext, sending?: string): MailFile {
  const { delivered, uncertain } = context;
  const latest = Math.max(0, ...sent.map((mail) => mail.sentAt));
  const kept = sent.filter((mail) => mail.sentAt > latest - DAY_MS || !delivered.has(mail.id));
  return {
    sent: kept,
    delivered: kept.map((mail) => mail.id).filter((id) => delivered.has(id)),
    ...(uncertain.size > 0 ? { uncertain: [...uncertain] } : {}),
    ...(sending !== undefined ? { sending } : {}),
  };
}
