import { join } from 'node:path';
import { readJsonFile, toJsonText, writeFileAtomic } from './atomic-write.js';
import { WorkspaceError } from './errors.js';
import type { WorkspaceLayout } from './layout.js';
import type { MailDelivery, SmtpTimeouts } from './outbox.js';
import { acquireWorkspaceLock } from './workspace-lock.js';
import { readWorkspaceMeta } from './workspace-meta.js';

/**
 * `state/mail-destination.json`: where this workspace's mail goes, `{"smtp": "smtp://host:port"}`
 * or `{}` for outbox/*.eml. A property of the workspace, so every command (even `status`, whose
 * flush delivers what is waiting) sends the same way whatever its environment says.
 */
interface DestinationFile {
  smtp?: string;
}

const destinationPath = (layout: WorkspaceLayout) => join(layout.stateDir, 'mail-destination.json');

/** Why `url` cannot be an SMTP destination, or '' when it can. */
export function smtpUrlProblem(url: string): string {
  return /^smtps?:\/\/[^\s/]+/.test(url)
    ? ''
    : `"${url}" is not an SMTP URL: use smtp://host:port or smtps://user:password@host:port`;
}

/** The workspace's SMTP URL, or undefined when its mail goes to outbox/. */
export async function readMailDestination(layout: WorkspaceLayout): Promise<string | undefined> {
  let file: DestinationFile | undefined;
  try {
    file = (await readJsonFile(destinationPath(layout))) as DestinationFile | undefined;
  } catch (error) {
    throw new WorkspaceError(
      'broken-file',
      `${destinationPath(layout)} is not valid JSON. Set the destination again with \`launch-desk mail --dir ${layout.dir} --smtp URL\` (or --outbox).`,
      destinationPath(layout),
      { cause: error },
    );
  }
  return typeof file?.smtp === 'string' && file.smtp !== '' ? file.smtp : undefined;
}

/**
 * Sets where the workspace's mail goes from now on: an SMTP URL, or undefined for outbox/*.eml.
 * Waits for a run in progress (the workspace lock), so no flush reads a half-made choice.
 */
export async function setMailDestination(
  layout: WorkspaceLayout,
  smtpUrl: string | undefined,
): Promise<void> {
  const problem = smtpUrl === undefined ? '' : smtpUrlProblem(smtpUrl);
  if (problem) throw new WorkspaceError('invalid-setting', problem);
  await readWorkspaceMeta(layout);
  const lock = await acquireWorkspaceLock(layout.dir);
  try {
    const file: DestinationFile = smtpUrl === undefined ? {} : { smtp: smtpUrl };
    await writeFileAtomic(destinationPath(layout), toJsonText(file));
  } finally {
    await lock.release();
  }
}

/** The SMTP URL with its password masked, for output and logs. */
export function shownDestination(smtpUrl: string | undefined, layout: WorkspaceLayout): string {
  return smtpUrl === undefined
    ? `${layout.outbox}/*.eml`
    : smtpUrl.replace(/^(\w+:\/\/[^:@/]+):[^@/]*@/, '$1:***@');
}

/** How a flush delivers: the workspace's choice, unless the caller overrides it (tests, embedding). */
export async function mailDeliveryOf(
  layout: WorkspaceLayout,
  override: { smtpUrl?: string; smtpTimeouts?: SmtpTimeouts },
): Promise<MailDelivery> {
  const url = override.smtpUrl ?? (await readMailDestination(layout));
  if (!url) return { kind: 'outbox', dir: layout.outbox };
  return {
    kind: 'smtp',
    url,
    dir: layout.outbox,
    ...(override.smtpTimeouts ? { timeouts: override.smtpTimeouts } : {}),
  };
}
