import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { MailState, WorkspaceState } from '../host/state.js';
import { writeFileAtomic } from './atomic-write.js';
import { errorMessage, WorkspaceError } from './errors.js';

/**
 * Where sent mail goes: `.eml` files in outbox/, or a real SMTP server (`SMTP_URL`; `dir` is
 * outbox/, for the messages the server refuses for good).
 */
export type MailDelivery = { kind: 'outbox'; dir: string } | { kind: 'smtp'; url: string; dir: string };

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
export function emlFileName(mail: MailState): string {
  const time = new Date(mail.sentAt)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  return `${time}-${mail.id.replace(/[^\w.-]/g, '_')}.eml`;
}

/**
 * Delivers the messages MailApp sent that were not delivered yet, calling `delivered(id)` for
 * each as soon as it is out, so a failure part-way never makes the ones before it go again.
 * Each one is an RFC 5322 message (plain and HTML parts) written as outbox/NAME.eml, or handed
 * to the SMTP server. A message already in outbox/ (a flush that crashed after writing it) is not
 * written twice. A message the SMTP server refuses for good (a 5xx answer, say an unknown
 * address) goes to outbox/failed/ and the rest carry on; a passing failure (the server is away)
 * stops delivery there, the rest wait for the next flush, and the error names the fix.
 */
export async function deliverMail(
  mails: readonly MailState[],
  user: WorkspaceState['user'],
  delivery: MailDelivery,
  delivered: (id: string) => void,
): Promise<void> {
  if (mails.length === 0) return;
  if (delivery.kind === 'outbox') {
    const present = new Set(await readdir(delivery.dir).catch(() => [] as string[]));
    for (const mail of mails) {
      if (!present.has(emlFileName(mail))) await writeEml(delivery.dir, mail, user);
      delivered(mail.id);
    }
    return;
  }
  const transport = nodemailer.createTransport(delivery.url);
  let sent = 0;
  try {
    for (const mail of mails) {
      try {
        await transport.sendMail(messageOf(mail, user));
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        if (code === undefined || code < 500) {
          throw new WorkspaceError(
            'flush-failed',
            `The SMTP server at SMTP_URL could not take the mail now (${errorMessage(error)}). ` +
              `${mails.length - sent} message(s) wait and go with the next run; ` +
              'check SMTP_URL, or unset it to write outbox/*.eml instead.',
            undefined,
            { cause: error },
          );
        }
        // Refused for good: kept where a person can read it, so it blocks nothing behind it.
        await writeEml(join(delivery.dir, 'failed'), mail, user);
      }
      sent += 1;
      delivered(mail.id);
    }
  } finally {
    transport.close();
  }
}

/** Writes one message as an .eml file in `dir`. */
async function writeEml(dir: string, mail: MailState, user: WorkspaceState['user']): Promise<void> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });
  const info = await composer.sendMail(messageOf(mail, user));
  await writeFileAtomic(join(dir, emlFileName(mail)), info.message as Buffer);
}
