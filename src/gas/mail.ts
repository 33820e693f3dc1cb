/** Outgoing mail through MailApp (the `script.send_mail` scope: send only, no mailbox access). */

/** One message as the app composes it. */
export interface OutgoingMail {
  to: string;
  cc?: string;
  replyTo?: string;
  senderName: string;
  subject: string;
  text: string;
  html: string;
}

/** Recipients MailApp may still send to today. */
export function remainingMailQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Sends one message with both a plain-text and an HTML part. */
export function sendMail(mail: OutgoingMail): void {
  MailApp.sendEmail({
    to: mail.to,
    ...(mail.cc ? { cc: mail.cc } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    name: mail.senderName,
    subject: mail.subject,
    body: mail.text,
    htmlBody: mail.html,
  });
}
