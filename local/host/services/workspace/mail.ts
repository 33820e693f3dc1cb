import { SCOPE } from '../../scopes.js';
import { counted, type ServiceContext } from '../../service-context.js';
import type { MailState } from '../../state.js';
import { requireAccess } from './access.js';
import { serviceError } from './errors.js';
import { isRecord, optionalString } from './values.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Apps Script's per-message recipient limit (to + cc + bcc), the same for consumer and Workspace
 * accounts: "Email recipients per message: 50 / msg" under "Current limitations" of
 * https://developers.google.com/apps-script/guides/services/quotas. Modelled here on its own (not
 * taken from src/core/mail-limits.ts) so the host checks the add-on instead of agreeing with it.
 */
const MAX_RECIPIENTS_PER_MESSAGE = 50;
/** The body size limit: 200 KB for consumer accounts, 400 KB for Workspace ones. */
const BODY_LIMIT_CONSUMER = 200 * 1024;
const BODY_LIMIT_WORKSPACE = 400 * 1024;
/** Consumer accounts get 100 recipients a day; a larger quota means a Workspace account. */
const CONSUMER_DAILY_QUOTA = 100;

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

/** Splits `a@x.com, "Doe, Jo" <jo@x.com>` at the commas that separate addresses. */
function splitAddresses(list: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  let angled = false;
  for (const ch of list) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '<' && !quoted) angled = true;
    else if (ch === '>' && !quoted) angled = false;
    if (ch === ',' && !quoted && !angled) {
      out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  out.push(current);
  return out.map((item) => item.trim()).filter((item) => item !== '');
}

/** The address part of `Name <a@x.com>` or `a@x.com`. */
function addressOf(entry: string): string {
  const angled = /<([^<>]*)>\s*$/.exec(entry);
  return (angled?.[1] ?? entry).trim();
}

/** How many recipients a sent message used: every address of to, cc and bcc. */
function recipientCount(mail: Pick<MailState, 'to' | 'cc' | 'bcc'>): number {
  return [mail.to, mail.cc, mail.bcc].reduce((sum, list) => sum + splitAddresses(list).length, 0);
}

/** The fields of one message, whichever `sendEmail` form carried them. */
type Message = Omit<MailState, 'id' | 'sentAt' | 'delivery'>;

function fromOptions(
  to: unknown,
  subject: unknown,
  body: unknown,
  options: Record<string, unknown>,
): Message {
  return {
    to: optionalString(to) ?? '',
    cc: optionalString(options.cc) ?? '',
    bcc: optionalString(options.bcc) ?? '',
    replyTo: optionalString(options.replyTo) ?? '',
    name: optionalString(options.name) ?? '',
    subject: optionalString(subject) ?? '',
    body: optionalString(body) ?? '',
    htmlBody: optionalString(options.htmlBody) ?? '',
  };
}

/**
 * MailApp: sends mail as the user (recorded in `state.mail.sent`), within a daily recipient quota
 * counted over the last 24 hours. Attachments, inline images and `noReply` are accepted but not
 * recorded: MailState has no place for them.
 */
export class MailAppService {
  constructor(private readonly ctx: ServiceContext) {
    counted(ctx, 'MailApp', this);
  }

  /**
   * `sendEmail(message)`, `sendEmail(recipient, subject, body, options?)` or
   * `sendEmail(to, replyTo, subject, body)`. Throws `Invalid email: X` for a bad address and
   * `Service invoked too many times for one day: email.` when the recipients exceed the quota left.
   */
  sendEmail(first: unknown, second?: unknown, third?: unknown, fourth?: unknown): void {
    requireAccess(this.ctx, 'MailApp.sendEmail', SCOPE.sendMail);
    let message: Message;
    if (isRecord(first)) message = fromOptions(first.to, first.subject, first.body, first);
    else if (typeof fourth === 'string')
      message = { ...fromOptions(first, third, fourth, {}), replyTo: optionalString(second) ?? '' };
    else message = fromOptions(first, second, third, isRecord(fourth) ? fourth : {});
    this._check(message);
    this.ctx.state.mail.sent.push({ id: this.ctx.newId('mail'), ...message, sentAt: this.ctx.now() });
  }

  /** Recipients the user may still send to today: the daily quota minus those of the last 24 hours. */
  getRemainingDailyQuota(): number {
    requireAccess(this.ctx, 'MailApp.getRemainingDailyQuota', SCOPE.sendMail);
    return this._remaining();
  }

  private _remaining(): number {
    const since = this.ctx.now() - DAY_MS;
    const used = this.ctx.state.mail.sent
      .filter((mail) => mail.sentAt > since)
      .reduce((sum, mail) => sum + recipientCount(mail), 0);
    return Math.max(0, this.ctx.state.mail.dailyQuota - used);
  }

  private _check(message: Message): void {
    const entries = [message.to, message.cc, message.bcc].flatMap(splitAddresses);
    for (const entry of [...entries, ...splitAddresses(message.replyTo)]) {
      if (!ADDRESS.test(addressOf(entry))) throw serviceError(this.ctx, `Invalid email: ${entry}`);
    }
    if (entries.length === 0) throw serviceError(this.ctx, 'Failed to send email: no recipient');
    // A subject is one header line. Whether Apps Script refuses or strips a line break is unverified;
    // refusing makes a template that leaks a newline into a subject fail loudly in tests.
    if (/[\r\n]/.test(message.subject)) throw serviceError(this.ctx, 'Invalid argument: subject');
    if (entries.length > MAX_RECIPIENTS_PER_MESSAGE) {
      throw serviceError(this.ctx, 'Limit Exceeded: Email Recipients Per Message.');
    }
    const limit =
      this.ctx.state.mail.dailyQuota > CONSUMER_DAILY_QUOTA ? BODY_LIMIT_WORKSPACE : BODY_LIMIT_CONSUMER;
    if (Buffer.byteLength(message.body) + Buffer.byteLength(message.htmlBody) > limit) {
      throw serviceError(this.ctx, 'Limit Exceeded: Email Body Size.');
    }
    if (entries.length > this._remaining()) {
      throw serviceError(this.ctx, 'Service invoked too many times for one day: email.');
    }
  }
}
