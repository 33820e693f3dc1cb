import { getTrackerProperty } from '../../gas/properties';
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { Language, Localized } from '../../shared/i18n';
import { DELIVERY_STATE_PROPERTY, parseDeliveryState } from '../../shared/mail-delivery';
import { renderTemplate } from '../../shared/placeholders';

const TEXT = {
  lost: {
    'zh-TW':
      '郵件未送達（{{destination}}）：被拒收 {{refused}} 封、結果不確定 {{uncertain}} 封。{{problems}}',
    en: 'Mail not delivered ({{destination}}): {{refused}} refused, {{uncertain}} uncertain. {{problems}}',
  },
  lostFix: {
    'zh-TW':
      '執行 launch-desk status 查看。被拒收的信在 outbox/failed/，結果不確定的在 outbox/uncertain/：修正地址或伺服器設定（launch-desk mail --smtp URL），確認後刪除該檔案。',
    en: 'Run launch-desk status. Refused mail is in outbox/failed/, uncertain mail in outbox/uncertain/: fix the address or the server (launch-desk mail --smtp URL), then delete each file once decided.',
  },
  waiting: {
    'zh-TW': '{{waiting}} 封郵件等待重寄（{{destination}}）。{{problems}}',
    en: '{{waiting}} messages wait for the mail server ({{destination}}). {{problems}}',
  },
  waitingFix: {
    'zh-TW': '每次執行都會再寄一次；伺服器一直拒絕時，請檢查伺服器。',
    en: 'Every run tries again; if the server keeps answering so, check the server.',
  },
  delivered: {
    'zh-TW': '郵件已送達（{{destination}}）：最近一天 {{sent}} 封。',
    en: 'Mail delivered ({{destination}}): {{sent}} in the last day.',
  },
} satisfies Record<string, Localized>;

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
