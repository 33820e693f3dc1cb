/**
 * What the local host tells the add-on about mail it could not hand to its SMTP server. Apps
 * Script never sets this: MailApp either sends or throws. The local host delivers after the
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
