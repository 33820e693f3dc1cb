import { errorMessage } from '../shared/error-message';
/**
 * What one message may carry. Apps Script's "Current limitations" table gives 50 email recipients
 * per message (To, CC and BCC together), for consumer and Workspace accounts alike:
 * https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * A message over it is refused by Apps Script's mail service ("Limit Exceeded: Email Recipients Per Message.").
 */
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

/** CC addresses a client reminder may carry: the per-message limit less the one To address. */
export const MAX_CC_ADDRESSES = MAX_RECIPIENTS_PER_MESSAGE - 1;

/**
 * Why a client's reminders cannot go as one message ('' when they can): more CC addresses than a
 * message may carry. Such a reminder is skipped, never sent in parts, so each client gets one mail.
 */
export function ccLimitProblem(cc: readonly string[]): string {
  return cc.length > MAX_CC_ADDRESSES
    ? `${cc.length} CC addresses: a message carries at most ${MAX_CC_ADDRESSES} (plus the contact); shorten the CC list in the Clients sheet`
    : '';
}

/**
 * The mail service's refusals of one message for what it carries (a bad address, too many recipients, a
 * body too large), as opposed to the service failing: the next message may well go.
 */
const MESSAGE_REFUSALS = [/^Invalid email/, /^Limit Exceeded: Email (Recipients Per Message|Body Size)/];

/** Whether a thrown send error refused this message only (see {@link MESSAGE_REFUSALS}). */
export function refusedForThisMessage(error: unknown): boolean {
  const message = errorMessage(error);
  return MESSAGE_REFUSALS.some((pattern) => pattern.test(message));
}
