import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DELIVERY_NOTICES_PROPERTY,
  DELIVERY_STATE_PROPERTY,
  type DeliveryNotice,
  type DeliveryProblem,
  type DeliveryState,
  parseDeliveryNotices,
} from '../../src/shared/mail-delivery.js';
import { trackerPropertyKey } from '../../src/shared/tracker-properties.js';
import type { MailDeliveryRecord, MailState, WorkspaceState } from '../host/state.js';
import { readJsonFile } from './atomic-write.js';
import type { WorkspaceLayout } from './layout.js';
import { readMailDestination, shownDestination } from './mail-destination.js';
import { OUTBOX_UNCERTAIN } from './outbox.js';

/**
 * Notices kept for the digest. A document property holds at most 9 KB and a notice takes about
 * 300 bytes with a long subject, so 20 fit with room; older ones stay in the Log of earlier runs.
 */
const MAX_NOTICES = 20;
/** Characters of a subject a notice keeps: enough to tell the mail, small enough for the property. */
const MAX_SUBJECT = 120;

/** The problem a delivery record reports, if any: a `sent` that some addresses refused counts as refused. */
function problemOf(record: MailDeliveryRecord | undefined): DeliveryProblem | undefined {
  if (record === undefined || record.status === 'sent') return record?.reason ? 'refused' : undefined;
  return record.status;
}

function noticeOf(mail: MailState, record: MailDeliveryRecord, status: DeliveryProblem): DeliveryNotice {
  const to = record.address ?? [mail.to, mail.cc].filter(Boolean).join(', ');
  return {
    status,
    to,
    subject: mail.subject.slice(0, MAX_SUBJECT),
    reason: record.reason ?? '',
    at: new Date(record.at).toISOString(),
  };
}

/**
 * Hands the delivery problems no run was told about yet to the add-on, in the tracker property
 * its daily digest reads (a time-driven run has no document properties) (and empties once the digest is sent), and marks them told. Delivery
 * happens after an execution, so the next execution is the first that can say what became of it.
 */
export function noticeDeliveries(state: WorkspaceState): void {
  const fresh: DeliveryNotice[] = [];
  for (const mail of state.mail.sent) {
    const record = mail.delivery;
    const problem = problemOf(record);
    if (record === undefined || problem === undefined || record.told) continue;
    fresh.push(noticeOf(mail, record, problem));
    record.told = true;
  }
  if (fresh.length === 0) return;
  const key = trackerPropertyKey(state.spreadsheet.id, DELIVERY_NOTICES_PROPERTY);
  const store = state.properties.user;
  const notices = [...parseDeliveryNotices(store[key]), ...fresh];
  store[key] = JSON.stringify(notices.slice(-MAX_NOTICES));
}

/** What became of the workspace's recent mail, for `status`, `mail` and the diagnostics. */
export interface MailReport {
  /** Where mail goes: outbox/*.eml or the SMTP URL, its password masked. */
  destination: string;
  /** Messages of the last day and every one not delivered yet, by their last outcome. */
  counts: Record<MailDeliveryRecord['status'], number>;
  /** The ones a person should know about, oldest first. */
  problems: DeliveryNotice[];
  /** outbox/uncertain/*.eml: messages the server may have taken, waiting for a person's decision. */
  uncertainFiles: string[];
}

/** Counts and problems of messages by their last outcome (a partly refused one counts as refused). */
function summarize(mails: readonly MailState[], delivered: ReadonlySet<string> | undefined) {
  const counts = { sent: 0, waiting: 0, refused: 0, uncertain: 0 };
  const problems: DeliveryNotice[] = [];
  for (const mail of mails) {
    const undelivered = delivered !== undefined && !delivered.has(mail.id);
    const record = mail.delivery ?? {
      status: undelivered ? ('waiting' as const) : ('sent' as const),
      at: mail.sentAt,
      ...(undelivered ? { reason: 'not delivered yet' } : {}),
    };
    const problem = problemOf(record);
    counts[problem ?? 'sent'] += 1;
    if (problem !== undefined) problems.push(noticeOf(mail, record, problem));
  }
  return { counts, problems };
}

async function uncertainFilesIn(layout: WorkspaceLayout): Promise<string[]> {
  const names = await readdir(join(layout.outbox, OUTBOX_UNCERTAIN)).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.eml')).sort();
}

/**
 * Reads the report from the workspace's files without taking its lock (each file is replaced
 * whole, so a run in progress shows its previous state).
 */
export async function readMailReport(layout: WorkspaceLayout): Promise<MailReport> {
  const file = ((await readJsonFile(layout.mail).catch(() => undefined)) ?? {}) as {
    sent?: MailState[];
    delivered?: string[];
  };
  return {
    destination: shownDestination(await readMailDestination(layout), layout),
    ...summarize(file.sent ?? [], new Set(file.delivered ?? [])),
    uncertainFiles: await uncertainFilesIn(layout),
  };
}

/** Problem lines the diagnostics state carries: enough to name the first addresses, small for a property. */
const STATE_PROBLEMS = 5;

/**
 * Leaves the state of the mail delivery in a tracker property, where the add-on's diagnostics
 * read it (the local-mail-delivery row), as the previous flush left it.
 */
export async function publishDeliveryState(
  state: WorkspaceState,
  layout: WorkspaceLayout,
  smtpUrl: string | undefined,
): Promise<void> {
  const { counts, problems } = summarize(state.mail.sent, undefined);
  const published: DeliveryState = {
    destination: shownDestination(smtpUrl, layout),
    counts,
    uncertainFiles: (await uncertainFilesIn(layout)).length,
    problems: problems
      .slice(0, STATE_PROBLEMS)
      .map((problem) => `${problem.status} ${problem.to} (${problem.reason})`),
  };
  state.properties.user[trackerPropertyKey(state.spreadsheet.id, DELIVERY_STATE_PROPERTY)] =
    JSON.stringify(published);
}

/** The report as lines for a person: where mail goes, the counts, then each problem. */
export function mailReportLines(report: MailReport): string[] {
  const { sent, waiting, refused, uncertain } = report.counts;
  const lines = [
    `Mail → ${report.destination}: ${sent} sent, ${waiting} waiting, ${refused} refused, ${uncertain} uncertain (last day).`,
  ];
  for (const problem of report.problems) {
    lines.push(`  ${problem.status} ${problem.to}: ${problem.subject} (${problem.reason})`);
  }
  if (report.uncertainFiles.length) {
    lines.push(
      `  ${report.uncertainFiles.length} message(s) in outbox/${OUTBOX_UNCERTAIN}/ may or may not have gone: ask the recipient or the server's log, send again by hand if needed, then delete the file.`,
    );
  }
  return lines;
}
