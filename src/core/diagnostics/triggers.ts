/** The diagnostics' judgement of time-driven triggers: what is installed, and whether one ran. */
import type { DiagnosticCheck } from '../../shared/diagnostics';
import type { Language } from '../../shared/i18n';
import type { DiagnosticKey } from '../../shared/messages/diagnostics';
import { WORDS } from '../../shared/messages/words';
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

/** What a time-driven run saw of its document, as a sentence to append ('' when not recorded). */
function seenText(seen: ProbeRecord['seen'], language: Language): string {
  if (!seen) return '';
  const parts: Array<[boolean, DiagnosticKey, DiagnosticKey]> = [
    [seen.activeSpreadsheet, 'seenSpreadsheet', 'seenNoSpreadsheet'],
    [seen.documentProperties, 'seenProperties', 'seenNoProperties'],
    [seen.documentLock, 'seenLock', 'seenNoLock'],
  ];
  const { say } = checker(language);
  const list = parts.map(([has, yes, no]) => say(has ? yes : no));
  return say('seenIntro', { seen: list.join(WORDS.listSeparator[language]) });
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
      say('triggersInstalledTrouble', { list, problems: problems.join(language === 'zh-TW' ? '' : ' ') }),
    );
  }
  return handlers.length === 0
    ? check(
        'triggers.installed',
        'triggers',
        'warn',
        say('triggersInstalledWarn'),
        say('triggersInstalledFix'),
      )
    : check(
        'triggers.installed',
        'triggers',
        'pass',
        say('triggersInstalledPass', { handlerCount: handlers.length, list }),
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
      say('triggersNotRunYet'),
      say('triggersNotRunYetFix'),
    );
  }
  if (probe.kind === 'scheduled') {
    return check(
      'triggers.timeDriven',
      'triggers',
      'warn',
      say('triggersProbeScheduled', { at: probe.at }),
      say('triggersProbeScheduledFix'),
    );
  }
  const { record } = probe;
  const seen = seenText(record.seen, language);
  return record.ok
    ? check(
        'triggers.timeDriven',
        'triggers',
        'pass',
        say('triggersTimeDrivenPass', { detail: record.detail, at: record.at, seen }),
      )
    : check(
        'triggers.timeDriven',
        'triggers',
        'fail',
        say('triggersTimeDrivenFail', { at: record.at, detail: record.detail, seen }),
        say('triggersTimeDrivenFailFix'),
      );
}
