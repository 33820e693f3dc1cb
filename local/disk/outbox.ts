import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { errorMessage } from '../../src/shared/error-message.js';
import type { MailDeliveryRecord, MailState, WorkspaceState } from '../host/state.js';
import { writeFileAtomic } from './atomic-write.js';

/** How long each step of an SMTP exchange may take, in milliseconds. */
export interface SmtpTimeouts {
  connectMs: number;
  greetingMs: number;
  /** Silence allowed after any command, the end of DATA included. */
  idleMs: number;
}

/**
 * The SMTP timeouts: seconds, not nodemailer's minutes (2 to connect, 10 of silence), because a
 * flush holds the workspace lock and `daily` would hang with it. A server that is up accepts a
 * connection and greets within a second or two, so 10 s is generous. RFC 5321 (4.5.3.2.6) lets
 * a server take 10 minutes to answer the end of DATA; 30 s is enough for any working server,
 * and a message whose answer never came is kept as `uncertain` for a person, never re-sent.
 */
export const SMTP_TIMEOUTS: SmtpTimeouts = { connectMs: 10_000, greetingMs: 10_000, idleMs: 30_000 };

/**
 * How long a message may keep waiting (4xx answers, a server away) before it counts as refused:
 * RFC 5321 (4.5.4.1) says a give-up time "generally needs to be at least 4-5 days"; after 5 days
 * a reminder is stale anyway, and the CSM hears of it instead of it being retried for ever.
 */
const GIVE_UP_AFTER_MS = 5 * 24 * 60 * 60 * 1000;

/**
 * Where sent mail goes: `.eml` files in outbox/, or the workspace's SMTP server (`dir` is outbox/,
 * where refused and uncertain messages are kept as files for a person).
 */
export type MailDelivery =
  | { kind: 'outbox'; dir: string }
  | { kind: 'smtp'; url: string; dir: string; timeouts?: SmtpTimeouts };

/** Subfolders of outbox/ that keep, as .eml files, what a person has to look at. */
const OUTBOX_REFUSED = 'failed';
export const OUTBOX_UNCERTAIN = 'uncertain';

/** The message MailApp recorded, as nodemailer takes it: from the user, with both parts. */
function messageOf(mail: MailState, user: WorkspaceState['user']): SendMailOptions {
  return {
    from: mail.name ? { name: mail.name, address: user.email } : user.email,
    to: mail.to,
    ...(mail.cc ? { cc: mail.cc } : {}),
    ...(mail.bcc ? { bcc: mail.bcc } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: mail.subject,
    text: mail.body,
    ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
    date: new Date(mail.sentAt),
    messageId: `<${mail.id}@launch-desk.local>`,
  };
}

/** `2027-03-01T09-00-00Z-mail-12.eml`: sorts by time, unique by id, safe on every file system. */
function emlFileName(mail: MailState): string {
  const time = new Date(mail.sentAt)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `${time}-${mail.id.replace(/[^\w.-]/g, '_')}.eml`;
}

/** One message as RFC 5322 bytes (CRLF, both parts, no Bcc header) and its SMTP envelope. */
async function compose(
  mail: MailState,
  user: WorkspaceState['user'],
): Promise<{ bytes: Buffer; envelope: { from: string; to: string[] } }> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });
  const info = await composer.sendMail(messageOf(mail, user));
  return { bytes: info.message as Buffer, envelope: info.envelope as { from: string; to: string[] } };
}

/**
 * Delivers the messages MailApp sent that were not delivered yet. Each gets its outcome in
 * `mail.delivery`, and `delivered(id)` is called as soon as it must never be handed over again:
 * - outbox: written as outbox/NAME.eml (a file already there, from a flush that crashed after
 *   writing it, is not written twice): `sent`;
 * - SMTP, the server answered 250: `sent` (addresses it refused are named in `reason`);
 * - SMTP, 5xx: `refused`, the message kept in outbox/failed/ for a person;
 * - SMTP, 4xx: `waiting`, with the answer and the address; the next flush tries it again and the
 *   other messages carry on;
 * - SMTP, the connection broke or fell silent after the whole message went: `uncertain`, kept in
 *   outbox/uncertain/ and never re-sent (the server may have taken it); before that, `waiting`.
 * A connection that breaks or times out leaves the rest `waiting` too, so one dead server costs
 * one timeout per flush, not one per message; a message waiting longer than
 * {@link GIVE_UP_AFTER_MS} is refused. Nothing here throws for a message's outcome.
 */
export async function deliverMail(
  mails: readonly MailState[],
  user: WorkspaceState['user'],
  delivery: MailDelivery,
  delivered: (id: string) => void,
  beforeSend?: (mail: MailState) => Promise<void>,
): Promise<void> {
  if (mails.length === 0) return;
  if (delivery.kind === 'outbox') {
    const present = new Set(await readdir(delivery.dir).catch(() => [] as string[]));
    for (const mail of mails) {
      if (!present.has(emlFileName(mail))) await writeEml(delivery.dir, mail, user);
      settle(mail, { status: 'sent', at: Date.now() }, delivered);
    }
    return;
  }
  const timeouts = delivery.timeouts ?? SMTP_TIMEOUTS;
  const transport = nodemailer.createTransport({
    url: delivery.url,
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.idleMs,
    dnsTimeout: timeouts.connectMs,
  });
  let broken = '';
  // The caller records each hand-over before it starts, so a crash during it is known as such.
  const handOver = async (mail: MailState): Promise<Attempt> => {
    await beforeSend?.(mail);
    return sendOne(transport, mail, user);
  };
  try {
    for (const mail of mails) {
      const record = givenUp(
        mail,
        broken ? { status: 'waiting', reason: broken, at: Date.now() } : await handOver(mail),
      );
      if (record.status === 'refused') await writeEml(join(delivery.dir, OUTBOX_REFUSED), mail, user);
      if (record.status === 'uncertain') await writeEml(join(delivery.dir, OUTBOX_UNCERTAIN), mail, user);
      if (!broken && record.connection) broken = `not tried: ${record.reason}`;
      settle(mail, withoutConnection(record), delivered);
    }
  } finally {
    transport.close();
  }
}

/** An outcome as one attempt saw it; `connection` when the connection itself failed. */
type Attempt = MailDeliveryRecord & { connection?: true };

function withoutConnection({ connection: _, ...record }: Attempt): MailDeliveryRecord {
  return record;
}

/** A message still waiting after {@link GIVE_UP_AFTER_MS} is refused, its last answer kept as the reason. */
function givenUp(mail: MailState, attempt: Attempt): Attempt {
  if (attempt.status !== 'waiting' || attempt.at - mail.sentAt < GIVE_UP_AFTER_MS) return attempt;
  return { ...attempt, status: 'refused', reason: `given up after 5 days of: ${attempt.reason ?? ''}` };
}

/** Records an outcome; a problem already reported keeps its `told` mark while it stays the same. */
function settle(mail: MailState, record: MailDeliveryRecord, delivered: (id: string) => void): void {
  const before = mail.delivery;
  const told = before?.told && before.status === record.status && before.address === record.address;
  mail.delivery = told ? { ...record, told: true } : record;
  if (record.status !== 'waiting') delivered(mail.id);
}

/** Hands one message to the server and says what became of it. */
async function sendOne(
  transport: Transporter,
  mail: MailState,
  user: WorkspaceState['user'],
): Promise<Attempt> {
  const { bytes, envelope } = await compose(mail, user);
  // The server reads the message only after it said 354 to DATA: once the whole message was read,
  // only the final "250" was missing, so a broken connection then leaves the outcome unknown.
  let wholeMessageSent = false;
  const raw = Readable.from([bytes]).on('end', () => {
    wholeMessageSent = true;
  });
  const at = Date.now();
  try {
    const info = await transport.sendMail({ envelope, raw });
    const rejected = (info.rejectedErrors ?? []) as Array<Error & { recipient?: string; response?: string }>;
    if (rejected.length === 0) return { status: 'sent', at };
    const reason = rejected.map((error) => `${error.recipient}: ${error.response ?? error.message}`);
    return { status: 'sent', at, reason: `not to ${reason.join('; ')}` };
  } catch (error) {
    const failure = error as { responseCode?: number; response?: string; rejected?: string[] };
    const address = failure.rejected?.join(', ') || undefined;
    const reason = failure.response ?? errorMessage(error);
    const where = address ? { address } : {};
    if (failure.responseCode !== undefined && failure.responseCode >= 500) {
      return { status: 'refused', at, reason, ...where };
    }
    if (failure.responseCode !== undefined) return { status: 'waiting', at, reason, ...where };
    if (wholeMessageSent) return { status: 'uncertain', at, reason, connection: true };
    return { status: 'waiting', at, reason, connection: true };
  }
}

/** Writes one message as an .eml file in `dir`. */
/**
 * Records a message whose hand-over to the SMTP server a crash cut short: the server may have it,
 * so it is never sent again by itself, and it waits in outbox/uncertain/ for a person, as one
 * whose connection dropped before "250" does.
 */
export async function keepUncertain(
  mail: MailState,
  user: WorkspaceState['user'],
  delivery: MailDelivery,
  delivered: (id: string) => void,
): Promise<void> {
  await writeEml(join(delivery.dir, OUTBOX_UNCERTAIN), mail, user);
  const reason = 'the run stopped while handing it to the SMTP server';
  settle(mail, { status: 'uncertain', at: Date.now(), reason }, delivered);
}

async function writeEml(dir: string, mail: MailState, user: WorkspaceState['user']): Promise<void> {
  const { bytes } = await compose(mail, user);
  await writeFileAtomic(join(dir, emlFileName(mail)), bytes);
}
