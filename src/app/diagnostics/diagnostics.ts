import {
  mailChecks,
  manifestChecks,
  runtimeChecks,
  spreadsheetChecks,
  summarize,
} from '../../core/diagnostics/checks';
import { TRACKER_SHEETS } from '../../core/tracker/schema';
import { remainingMailQuota } from '../../gas/mail';
import {
  advancedServices,
  authorizedScopes,
  intlWallHour,
  presentGlobals,
  scriptTimeZone,
} from '../../gas/probes';
import { effectiveUserEmail } from '../../gas/session';
import { spreadsheetLocale, toast } from '../../gas/spreadsheet';
import { findSheet, readTable } from '../../gas/table';
import type { DiagnosticCheck, DiagnosticsReport } from '../../shared/diagnostics';
import { errorMessage } from '../../shared/error-message';
import { type Language, languageForLocale } from '../../shared/i18n';
import { format } from '../../shared/messages';
import { RunLog } from '../tracker/log';
import { currentTrackerProblems, trackerValuesCheck } from '../tracker/problems';
import { driveDiagnostics } from './drive';
import { localMailChecks } from './local-mail';
import { triggerChecks } from './triggers';

/** An instant whose hour in Asia/Taipei (UTC+8, no DST) is known: 8. */
const KNOWN_INSTANT = new Date(Date.UTC(2027, 0, 1, 0, 0, 0));

/** How each verdict reads in the Log's Result column. */
const RESULT_OF = { pass: 'ok', warn: 'warning', fail: 'error' } as const;

/** Runs a probe that may throw, as null: a missing permission is itself a finding. */
function attempt<T>(probe: () => T): T | null {
  try {
    return probe();
  } catch (_) {
    return null;
  }
}

function spreadsheetFacts(timeZone: string, locale: string) {
  const missingSheets: string[] = [];
  const headerProblems: string[] = [];
  for (const def of TRACKER_SHEETS) {
    if (!findSheet(def)) {
      missingSheets.push(def.name);
      continue;
    }
    try {
      readTable(def);
    } catch (error) {
      headerProblems.push(errorMessage(error));
    }
  }
  return { timeZone, locale, missingSheets, headerProblems };
}

/**
 * Checks, in the running environment, what the local hosts assume of Apps Script: runtime,
 * manifest, spreadsheet, Drive and Docs, triggers and mail. Writes one Log row per check and
 * returns the report for the sidebar. It changes nothing else, except scheduling a one-off
 * probe trigger to learn whether a time-driven run can open the spreadsheet.
 */
export function runDiagnostics(): DiagnosticsReport {
  const { timeZone, locale } = spreadsheetLocale();
  const language: Language = languageForLocale(locale);
  const services = advancedServices();
  const checks: DiagnosticCheck[] = [
    ...runtimeChecks(
      {
        present: presentGlobals(),
        taipeiHour: intlWallHour('Asia/Taipei', KNOWN_INSTANT),
        timeZone,
        zoneHour: intlWallHour(timeZone, KNOWN_INSTANT),
        scriptTimeZone: scriptTimeZone(),
      },
      language,
    ),
    ...manifestChecks({ scopes: attempt(authorizedScopes), ...services }, language),
    ...spreadsheetChecks(spreadsheetFacts(timeZone, locale), language),
    trackerValuesCheck(currentTrackerProblems(), language),
    ...driveDiagnostics(language),
    ...triggerChecks(language),
    ...mailChecks(
      // null when the call throws: without userinfo.email, the session's effective-user lookup refuses.
      { remaining: attempt(remainingMailQuota), sender: attempt(effectiveUserEmail) },
      language,
    ),
    ...localMailChecks(language),
  ];
  const log = new RunLog();
  for (const item of checks) {
    const detail = item.fix ? `${item.message} → ${item.fix}` : item.message;
    log.add('diagnostics', '', `${item.id}: ${detail}`, RESULT_OF[item.status]);
  }
  log.flush();
  const summary = summarize(checks);
  const { pass, warn, fail } = summary.counts;
  // From the menu nothing else shows the outcome: a toast points to the Log.
  toast(format(language, 'diagnosticsToast', { pass, warn, fail }), 'Launch Desk');
  return { ranAt: new Date().toISOString(), ...summary, checks };
}
