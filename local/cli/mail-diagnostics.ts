import type { DiagnosticCheck, DiagnosticsReport } from '../../src/shared/diagnostics.js';
import type { MailReport } from '../disk/mail-report.js';

/** The local host's mail delivery as a diagnostics row: Apps Script has no such step to check. */
function mailDeliveryCheck(report: MailReport): DiagnosticCheck {
  const { sent, waiting } = report.counts;
  const base = { id: 'local-mail-delivery', area: 'mail' as const };
  const problems = report.problems.map((problem) => `${problem.status} ${problem.to} (${problem.reason})`);
  const lost = report.problems.some((problem) => problem.status !== 'waiting');
  if (lost || report.uncertainFiles.length > 0) {
    return {
      ...base,
      status: 'fail',
      message: `郵件未送達 Mail not delivered → ${report.destination}: ${problems.join('; ') || `${report.uncertainFiles.length} uncertain in outbox/uncertain/`}`,
      fix:
        '被拒收的信在 outbox/failed/，不確定的在 outbox/uncertain/：修正地址或伺服器設定（launch-desk mail --smtp URL），確認後刪除檔案。 ' +
        'Refused mail is in outbox/failed/, uncertain mail in outbox/uncertain/: fix the address or the server (launch-desk mail --smtp URL), and delete each file once decided.',
    };
  }
  if (waiting > 0) {
    return {
      ...base,
      status: 'warn',
      message: `郵件等待重寄 Mail waiting → ${report.destination}: ${problems.join('; ')}`,
      fix: '下次執行會再寄；伺服器持續拒絕時請檢查它。 Each run tries again; if the server keeps answering so, check it.',
    };
  }
  return {
    ...base,
    status: 'pass',
    message: `郵件已送出 Mail delivered → ${report.destination}: ${sent} in the last day`,
  };
}

/** The report with the local mail delivery row added, its counts and verdict made to match. */
export function withMailDelivery(report: DiagnosticsReport, mail: MailReport): DiagnosticsReport {
  const checks = [...report.checks, mailDeliveryCheck(mail)];
  const counts = { pass: 0, warn: 0, fail: 0 };
  for (const check of checks) counts[check.status] += 1;
  return { ...report, checks, counts, ok: counts.fail === 0 };
}
