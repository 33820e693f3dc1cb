/** The diagnostics' judgement of time-driven triggers: what is installed, and whether one ran. */
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { Language } from '../../shared/i18n';
import { checker } from './checks';

/** What a time-driven probe run recorded. */
export interface ProbeRecord {
  ok: boolean;
  /** ISO time of the run. */
  at: string;
  /** The spreadsheet's name it opened, or the error it met. */
  detail: string;
  /**
   * What the run saw of the document around it. The hosts take the strictest reading (a
   * time-driven run of an editor add-on sees none of the three); a real run settles it.
   */
  seen?: { activeSpreadsheet: boolean; documentProperties: boolean; documentLock: boolean };
}

/** What a time-driven run saw of its document, said in both languages. */
function seenText(seen: ProbeRecord['seen']): { zh: string; en: string } {
  if (!seen) return { zh: '', en: '' };
  const parts: Array<[boolean, string, string, string]> = [
    [seen.activeSpreadsheet, '使用中的試算表', 'an active spreadsheet', 'no active spreadsheet'],
    [seen.documentProperties, '文件屬性', 'document properties', 'no document properties'],
    [seen.documentLock, '文件鎖', 'a document lock', 'no document lock'],
  ];
  const zh = parts.map(([has, name]) => `${has ? '有' : '沒有'}${name}`).join('、');
  const en = parts.map(([has, , yes, no]) => (has ? yes : no)).join(', ');
  return { zh: `定時執行看到：${zh}。`, en: ` The time-driven run saw ${en}.` };
}

/** Where the time-driven probe stands: never tried, waiting for its trigger, or done. */
export type ProbeState =
  | { kind: 'scheduled'; at: string }
  | { kind: 'waiting' }
  | { kind: 'recorded'; record: ProbeRecord };

/** What the daily job finds wrong with its trigger; `stopped`: it has not run when it should have. */
export interface TriggerTrouble {
  stopped: boolean;
  message: string;
}

/**
 * The triggers installed for this user, by handler, with what the daily job finds wrong with
 * them. A trigger that stopped running (Apps Script disables one after repeated failures, and
 * the Trigger API cannot say so) fails the check: no reminder goes out.
 */
export function installedTriggersCheck(
  handlers: readonly string[],
  troubles: readonly TriggerTrouble[],
  language: Language,
): DiagnosticCheck {
  const { say, check } = checker(language);
  const list = handlers.join(', ');
  if (handlers.length > 0 && troubles.length > 0) {
    const problems = troubles.map((trouble) => trouble.message);
    return check(
      'triggers.installed',
      'triggers',
      troubles.some((trouble) => trouble.stopped) ? 'fail' : 'warn',
      say(`已安裝：${list}。${problems.join('')}`, `Installed: ${list}. ${problems.join(' ')}`),
    );
  }
  return handlers.length === 0
    ? check(
        'triggers.installed',
        'triggers',
        'warn',
        say(
          '尚未安裝任何定時觸發器：不會自動寄出提醒。',
          'No time-driven trigger is installed: no reminder goes out by itself.',
        ),
        say('從選單執行「安裝提醒」。', 'Run Install reminders from the menu.'),
      )
    : check(
        'triggers.installed',
        'triggers',
        'pass',
        say(
          `已安裝 ${handlers.length} 個觸發器：${list}。`,
          `${handlers.length} trigger(s) installed: ${list}.`,
        ),
      );
}

/** Whether a time-driven run could open the spreadsheet (the add-on's daily job depends on it). */
export function timeDrivenProbeCheck(probe: ProbeState, language: Language): DiagnosticCheck {
  const { say, check } = checker(language);
  if (probe.kind === 'waiting') {
    return check(
      'triggers.timeDriven',
      'triggers',
      'warn',
      say(
        '每日觸發器尚未執行過，還無法確認定時執行能開啟試算表。',
        'The daily trigger has not run yet, so no time-driven run has opened the spreadsheet.',
      ),
      say(
        '每日觸發器執行後（隔天）再執行一次診斷。',
        'Run the diagnostics again after the daily trigger has run (the next day).',
      ),
    );
  }
  if (probe.kind === 'scheduled') {
    return check(
      'triggers.timeDriven',
      'triggers',
      'warn',
      say(
        `已排定一次性觸發器測試（${probe.at} 之後執行），尚無結果。`,
        `A one-off trigger test is scheduled (runs after ${probe.at}); no result yet.`,
      ),
      say('幾分鐘後再執行一次診斷。', 'Run the diagnostics again in a few minutes.'),
    );
  }
  const { record } = probe;
  const seen = seenText(record.seen);
  return record.ok
    ? check(
        'triggers.timeDriven',
        'triggers',
        'pass',
        say(
          `定時執行可依 ID 開啟試算表「${record.detail}」（${record.at}）。${seen.zh}`,
          `A time-driven run opened the spreadsheet "${record.detail}" by its id (${record.at}).${seen.en}`,
        ),
      )
    : check(
        'triggers.timeDriven',
        'triggers',
        'fail',
        say(
          `定時執行無法開啟試算表（${record.at}）：${record.detail}${seen.zh}`,
          `A time-driven run could not open the spreadsheet (${record.at}): ${record.detail}${seen.en}`,
        ),
        say(
          '每日提醒也會因此失敗：移除並重新安裝提醒，並以試算表擁有者的帳號授權。',
          "The daily reminders would fail the same way: remove and reinstall the reminders, authorizing as the spreadsheet's owner.",
        ),
      );
}
