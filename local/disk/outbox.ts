import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { MailState, WorkspaceState } from '../host/state.js';
import { writeFileAtomic } from './atomic-write.js';
import { errorMessage, WorkspaceError } from './errors.js';

/** Where sent mail goes: `.eml` files in outbox/, or a real SMTP server (`SMTP_URL`). */
export type MailDelivery = { kind: 'outbox'; dir: string } | { kind: 'smtp'; url: string };

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
 * Delivers the messages MailApp sent that were not delivered yet and returns the ids delivered.
 * Each one is an RFC 5322 message (plain and HTML parts) written as outbox/NAME.eml, or handed
 * to the SMTP server. A message already in outbox/ (a flush that crashed after writing it) is not
 * written twice. An SMTP failure stops delivery there: the rest stay pending for the next flush,
 * and the error names the server and the fix.
 */
export async function deliverMail(
  mails: readonly MailState[],
  user: WorkspaceState['user'],
  delivery: MailDelivery,
): Promise<string[]> {
  const delivered: string[] = [];
  if (mails.length === 0) return delivered;
  if (delivery.kind === 'outbox') {
    const present = new Set(await readdir(delivery.dir).catch(() => [] as string[]));
    const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'crlf' });
    for (const mail of mails) {
      const name = emlFileName(mail);
      if (!present.has(name)) {
        const info = await composer.sendMail(messageOf(mail, user));
        await writeFileAtomic(join(delivery.dir, name), info.message as Buffer);
      }
      delivered.push(mail.id);
    }
    return delivered;
  }
  const transport = nodemailer.createTransport(delivery.url);
  try {
    for (const mail of mails) {
      try {
        await transport.sendMail(messageOf(mail, user));
      } catch (error) {
        throw new WorkspaceError(
          'flush-failed',
          `The SMTP server at SMTP_URL refused or could not be reached (${errorMessage(error)}). ` +
            `${mails.length - delivered.length} message(s) wait and go with the next run; ` +
            'check SMTP_URL, or unset it to write outbox/*.eml instead.',
          undefined,
          { cause: error },
        );
      }
      delivered.push(mail.id);
    }
  } finally {
    transport.close();
  }
  return delivered;
}
