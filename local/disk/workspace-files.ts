import type { MailState, WorkspaceState } from '../host/state.js';
import { readJsonFile, toJsonText, writeFileAtomic } from './atomic-write.js';
import { type DriveManifest, flushDrive, loadDriveEdits, parseDriveManifest } from './drive-disk.js';
import { WorkspaceError } from './errors.js';
import { contentHash } from './hash.js';
import type { WorkspaceLayout } from './layout.js';
import { deliverMail, type MailDelivery } from './outbox.js';
import { parseSheetMeta } from './sheet-meta.js';
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
  delivery?: MailDelivery;
}

/** `state/mail.json`: what MailApp sent (for its daily quota) and what reached outbox/ or SMTP. */
interface MailFile {
  sent: MailState[];
  delivered: string[];
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
    },
  };
}

/**
 * Writes the state back: mail.json with every message not delivered yet, the tracker when it
 * changed, drive/ (only what changed), the JSON files, then the outbox. Each file is replaced
 * atomically; a crash part-way leaves every file whole. A message is recorded before it is
 * delivered and a message already in outbox/ is not written twice, so a crash never loses or
 * doubles a message.
 */
export async function writeWorkspaceState(
  layout: WorkspaceLayout,
  state: WorkspaceState,
  context: FlushContext,
): Promise<void> {
  // Mail first: the tracker may already mark a reminder sent, so the message must be on disk
  // (pending, in mail.json) before anything else can fail.
  const writeMail = () =>
    writeFileAtomic(layout.mail, toJsonText(mailFile(state.mail.sent, context.delivered)));
  await writeMail();
  if (context.spreadsheetChanged || context.spreadsheetHash !== spreadsheetHash(state)) {
    const sheetMeta = await writeTracker(layout.tracker, state.spreadsheet, {
      keepPreviousAt: layout.trackerPrevious,
    });
    await writeFileAtomic(layout.sheetMeta, toJsonText(sheetMeta));
  }
  const drive = await flushDrive(layout.drive, state.drive.files, context.drive, context.driveBaseline);
  await writeFileAtomic(layout.driveManifest, toJsonText(drive));
  await writeFileAtomic(layout.properties, toJsonText(state.properties));
  await writeFileAtomic(layout.triggers, toJsonText(state.triggers));
  await writeFileAtomic(layout.meta, toJsonText(metaOf(state, context.createdAt)));
  const pending = state.mail.sent.filter((mail) => !context.delivered.has(mail.id));
  const delivery = context.delivery ?? { kind: 'outbox', dir: layout.outbox };
  try {
    await deliverMail(pending, state.user, delivery, (id) => context.delivered.add(id));
  } finally {
    await writeMail();
  }
}

/**
 * What mail.json keeps: the last day of sent messages (all the daily quota looks at) and every
 * message not delivered yet; older ones live on in outbox/ or the SMTP server.
 */
function mailFile(sent: readonly MailState[], delivered: ReadonlySet<string>): MailFile {
  const latest = Math.max(0, ...sent.map((mail) => mail.sentAt));
  const kept = sent.filter((mail) => mail.sentAt > latest - DAY_MS || !delivered.has(mail.id));
  return { sent: kept, delivered: kept.map((mail) => mail.id).filter((id) => delivered.has(id)) };
}
