/**
 * What the local host tells the add-on about mail it could not hand to its SMTP server. Apps
 * Script never sets this: the mail service either sends or throws. The local host delivers after the
 * execution, so it leaves what happened in a document property for the next daily digest.
 */

/** The document property the local host fills and the daily digest empties once it is sent. */
export const DELIVERY_NOTICES_PROPERTY = 'localMailDelivery';

/** How a message's delivery ended, when it did not simply go. */
export type DeliveryProblem = 'waiting' | 'refused' | 'uncertain';

/** One message the SMTP server did not take (yet), or that may or may not have gone. */
export interface DeliveryNotice {
  status: DeliveryProblem;
  to: string;
  subject: string;
  /** The server's answer or the connection's error, e.g. "451 4.3.0 try later". */
  reason: string;
  /** ISO time of the attempt. */
  at: string;
}

/** The notices in a property value; anything unreadable is no notice (a person may edit properties). */
export function parseDeliveryNotices(value: string | undefined): DeliveryNotice[] {
  if (!value) return [];
  try {
    const list: unknown = JSON.parse(value);
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is DeliveryNotice =>
        typeof item === 'object' &&
        item !== null &&
        ['waiting', 'refused', 'uncertain'].includes((item as DeliveryNotice).status) &&
        typeof (item as DeliveryNotice).to === 'string' &&
        typeof (item as DeliveryNotice).subject === 'string' &&
        typeof (item as DeliveryNotice).reason === 'string',
    );
  } catch (_) {
    return [];
  }
}

/** The document property where the local host keeps the state of its mail delivery, for the diagnostics. */
export const DELIVERY_STATE_PROPERTY = 'localMailDeliveryState';

/** What the local host's last delivery left: where mail goes and what became of the recent mail. */
export interface DeliveryState {
  /** outbox/*.eml or the SMTP URL, its password masked. */
  destination: string;
  /** Messages of the last day and those not delivered yet, by their last outcome. */
  counts: { sent: number; waiting: number; refused: number; uncertain: number };
  /** Messages kept in outbox/uncertain/ until a person decides. */
  uncertainFiles: number;
  /** A few problems as one line each ("refused a@x.com (550 ...)"). */
  problems: string[];
}

/** The state in a property value, or undefined (absent in Apps Script, or unreadable). */
export function parseDeliveryState(value: string | null | undefined): DeliveryState | undefined {
  if (!value) return undefined;
  try {
    const state = JSON.parse(value) as Partial<DeliveryState> | null;
    const counts = state?.counts;
    if (typeof state?.destination !== 'string' || typeof counts !== 'object' || counts === null)
      return undefined;
    return {
      destination: state.destination,
      counts: {
        sent: Number(counts.sent) || 0,
        waiting: Number(counts.waiting) || 0,
        refused: Number(counts.refused) || 0,
        uncertain: Number(counts.uncertain) || 0,
      },
      uncertainFiles: Number(state.uncertainFiles) || 0,
      problems: Array.isArray(state.problems) ? state.problems.map(String) : [],
    };
  } catch (_) {
    return undefined;
  }
}
