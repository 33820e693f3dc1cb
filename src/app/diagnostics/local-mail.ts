import { getTrackerProperty } from '../../gas/properties';
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { Language, Localized } from '../../shared/i18n';
import { DELIVERY_STATE_PROPERTY, parseDeliveryState } from '../../shared/mail-delivery';
import { LOCAL_MAIL_TEXT } from '../../shared/messages/daily';
import { renderTemplate } from '../../shared/placeholders';

const TEXT = LOCAL_MAIL_TEXT;

/**
 * The local host's mail delivery, from the state it leaves in a tracker property: Apps Script
 * has no such step (the mail service sends or throws), so there the property is absent and there is no row.
 */
export function localMailChecks(language: Language): DiagnosticCheck[] {
  const state = parseDeliveryState(getTrackerProperty(DELIVERY_STATE_PROPERTY));
  if (state === undefined) return [];
  const { counts } = state;
  const values = {
    destination: state.destination,
    sent: String(counts.sent),
    waiting: String(counts.waiting),
    refused: String(counts.refused),
    uncertain: String(Math.max(counts.uncertain, state.uncertainFiles)),
    problems: state.problems.join('; '),
  };
  const check = (
    status: DiagnosticCheck['status'],
    message: Localized,
    fix?: Localized,
  ): DiagnosticCheck => ({
    id: 'local-mail-delivery',
    area: 'mail',
    status,
    message: renderTemplate(message[language], values).trim(),
    ...(fix ? { fix: fix[language] } : {}),
  });
  const lost = counts.refused > 0 || counts.uncertain > 0 || state.uncertainFiles > 0;
  if (lost) return [check('fail', TEXT.lost, TEXT.lostFix)];
  if (counts.waiting > 0) return [check('warn', TEXT.waiting, TEXT.waitingFix)];
  return [check('pass', TEXT.delivered)];
}
