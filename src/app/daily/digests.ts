import { type DayPlan, lastWeeklyDay, weekAhead } from '../../core/daily';
import { composeDailyDigest, composeWeeklyDigest } from '../../core/digest-mail';
import { isEmailAddress } from '../../core/email';
import { MAX_CC_ADDRESSES } from '../../core/mail-limits';
import type { ComposedMail } from '../../core/mail-parts';
import { sendMail } from '../../gas/mail';
import { deleteTrackerProperty, setTrackerProperty } from '../../gas/properties';
import { effectiveUserEmail } from '../../gas/session';
import { errorMessage } from '../../shared/error-message';
import { DELIVERY_NOTICES_PROPERTY, parseDeliveryNotices } from '../../shared/mail-delivery';
import type { WorkspaceSettings } from '../settings';
import type { RunLog } from '../tracker/log';
import type { DailyTracker } from './tracker';

/** What became of a digest in a run. */
export type DigestOutcome = 'sent' | 'already' | 'not-due' | 'dry-run' | 'failed' | 'no-address' | 'no-quota';

/** `YYYY-MM-DD pending|sent`: the day of the last digest and whether its send was confirmed. */
const DAILY = 'dailyDigest';
const WEEKLY = 'weeklyDigest';

/** The day a digest property names ('' when none). */
const dayOf = (value: string | undefined) => (value ?? '').slice(0, 10);

/** Whether the daily digest of `today` is still to send. */
export function dailyDigestDue(props: Readonly<Record<string, string>>, today: string): boolean {
  return dayOf(props[DAILY]) !== today;
}

/** Whether a weekly digest is due: none since the latest digest weekday on or before today. */
export function weeklyDigestDue(
  props: Readonly<Record<string, string>>,
  today: string,
  digestWeekday: number,
): boolean {
  return dayOf(props[WEEKLY]) < lastWeeklyDay(today, digestWeekday);
}

/** Counts of the day's reminders, for the digest's first line. */
export interface DayCounts {
  deferred: number;
  skipped: number;
}

/**
 * Sends the CSM's digests of the day, each once: the daily one, and the weekly one when due.
 * Like a reminder, a digest's day is marked pending before the send and sent after, so a run
 * that dies in between never sends a second digest for that day.
 */
export function sendDigests(
  context: {
    plan: DayPlan;
    tracker: DailyTracker;
    settings: WorkspaceSettings;
    props: Readonly<Record<string, string>>;
    today: string;
    log: RunLog;
  },
  counts: DayCounts,
  recipients: number,
): { daily: DigestOutcome; weekly: DigestOutcome } {
  const { plan, tracker, settings, props, today, log } = context;
  const { app, domain } = settings;
  const language = domain.language;
  const to = app.csmEmail || effectiveUserEmail();
  let left = recipients;
  const send = (property: string, mail: ComposedMail): DigestOutcome => {
    if (app.dryRun) {
      log.add('dry-run', '', `would send ${property} → ${to}: ${mail.subject}\n${mail.text}`, 'skipped');
      return 'dry-run';
    }
    if (!isEmailAddress(to)) {
      log.add(
        'digest',
        '',
        `${property}: no valid CSM address ("${to}"): set csmEmail in Settings`,
        'skipped',
      );
      return 'no-address';
    }
    if (left < 1) {
      log.add('digest', '', `${property}: no mail quota left today; the next run sends it`, 'skipped');
      return 'no-quota';
    }
    const before = props[property];
    setTrackerProperty(property, `${today} pending`);
    try {
      sendMail({ to, senderName: app.senderName, ...mail });
    } catch (error) {
      if (before === undefined) deleteTrackerProperty(property);
      else setTrackerProperty(property, before);
      log.add('digest', '', `${property} → ${to}: ${errorMessage(error)}`, 'error');
      return 'failed';
    }
    setTrackerProperty(property, `${today} sent`);
    left -= 1;
    log.add('digest', '', `${property} → ${to}: ${mail.subject}`);
    return 'sent';
  };
  const delivery = parseDeliveryNotices(props[DELIVERY_NOTICES_PROPERTY]);
  const tooManyCc = tracker.clients
    .filter((client) => client.active && client.cc.length > MAX_CC_ADDRESSES)
    .map((client) => ({ clientId: client.id, clientName: client.name, count: client.cc.length }));
  const daily = dailyDigestDue(props, today)
    ? send(
        DAILY,
        composeDailyDigest({
          tooManyCc,
          delivery,
          language,
          today,
          dueSoon: plan.dueSoon,
          overdue: plan.overdue,
          followUps: plan.followUps,
          catchUp: plan.catchUp,
          atRisk: plan.atRisk,
          review: plan.review,
          sent: tracker.sentOn(today),
          deferred: counts.deferred,
          skipped: counts.skipped,
          dryRun: app.dryRun,
        }),
      )
    : 'already';
  if (daily === 'sent' && props[DELIVERY_NOTICES_PROPERTY] !== undefined) {
    // Told once: the Log keeps each line, the local host adds only newer outcomes.
    for (const notice of delivery) {
      const result = notice.status === 'waiting' ? 'warning' : 'error';
      log.add('mail', '', `${notice.status} ${notice.to}: ${notice.subject} (${notice.reason})`, result);
    }
    deleteTrackerProperty(DELIVERY_NOTICES_PROPERTY);
  }
  const weekly = weeklyDigestDue(props, today, app.digestWeekday)
    ? send(
        WEEKLY,
        composeWeeklyDigest({ language, ...weekAhead(tracker.clients, tracker.milestones, today) }),
      )
    : 'not-due';
  return { daily, weekly };
}
