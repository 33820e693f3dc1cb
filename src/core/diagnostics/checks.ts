/**
 * The diagnostics' judgement: facts gathered in the running environment, compared with what the
 * local hosts assume of Apps Script. Pure, so every verdict and message is unit-tested; the
 * same code runs in Apps Script and in the hosts, which makes these checks the contract between
 * them.
 */
import type { DiagnosticArea, DiagnosticCheck, DiagnosticStatus } from '../../shared/diagnostics';
import type { Language } from '../../shared/i18n';
import { formatter, type ParamsArg } from '../../shared/messages/catalogue';
import { DIAGNOSTIC_MESSAGES, type DiagnosticKey } from '../../shared/messages/diagnostics';
import { HEADER_PROBLEMS } from '../../shared/messages/tracker';
import { WORDS } from '../../shared/messages/words';
import { MANIFEST_SCOPES } from '../manifest';

/** What the runtime probes found. */
export interface RuntimeFacts {
  /** Globals the hosts withhold that this runtime has. */
  present: string[];
  /** `Intl`'s hour in Asia/Taipei at 2027-01-01T00:00Z (8 when it has time-zone data). */
  taipeiHour: number | null;
  /** The spreadsheet's zone, and `Intl`'s hour there (null: no data for it). */
  timeZone: string;
  zoneHour: number | null;
  /** The script's own zone (the manifest's `timeZone`), or null when it could not be read. */
  scriptTimeZone: string | null;
}

/** What the manifest probes found. */
export interface ManifestFacts {
  scopes: string[] | null;
  driveV3: boolean;
  docsV1: boolean;
}

/** What the spreadsheet probes found. */
export interface SpreadsheetFacts {
  timeZone: string;
  locale: string;
  missingSheets: string[];
  /** One sentence per sheet whose headers cannot be used. */
  headerProblems: string[];
}

/** What the mail probes found. */
export interface MailFacts {
  remaining: number | null;
  /** The effective user's address: '' when Apps Script hides it, null when the call was refused. */
  sender: string | null;
}

/** Below this many recipients left today, the digest and reminders may not all fit. */
const LOW_QUOTA = 10;

const format = formatter(DIAGNOSTIC_MESSAGES);

/** A check builder for one language: `say` picks the sentence, `check` makes the line. */
export function checker(language: Language) {
  const say = <K extends DiagnosticKey>(
    key: K,
    ...params: ParamsArg<typeof DIAGNOSTIC_MESSAGES, K>
  ): string => format(language, key, ...params);
  const check = (
    id: string,
    area: DiagnosticArea,
    status: DiagnosticStatus,
    message: string,
    fix?: string,
  ): DiagnosticCheck =>
    fix === undefined ? { id, area, status, message } : { id, area, status, message, fix };
  return { say, check };
}

/** The runtime: time-zone data (required) and the globals the hosts withhold (for the record). */
export function runtimeChecks(facts: RuntimeFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  const intlOk = facts.taipeiHour === 8 && facts.zoneHour !== null;
  const globals = facts.present.join(', ');
  return [
    intlOk
      ? check('runtime.intl', 'runtime', 'pass', say('runtimeIntlPass', { timeZone: facts.timeZone }))
      : check(
          'runtime.intl',
          'runtime',
          'fail',
          say('runtimeIntlFail', { timeZone: facts.timeZone }),
          say('runtimeIntlFix'),
        ),
    facts.present.length === 0
      ? check('runtime.globals', 'runtime', 'pass', say('runtimeGlobalsPass'))
      : check(
          'runtime.globals',
          'runtime',
          'warn',
          say('runtimeGlobalsWarn', { globals }),
          say('runtimeGlobalsFix'),
        ),
    timeZonesCheck(facts, language),
  ];
}

/**
 * The script's zone beside the spreadsheet's. A trigger's `atHour` counts in the script's zone
 * unless `inTimezone` names another, so the reminders' trigger is made in the spreadsheet's zone;
 * this line shows a first deployment both zones, and fails when the script's cannot be read.
 */
function timeZonesCheck(facts: RuntimeFacts, language: Language): DiagnosticCheck {
  const { say, check } = checker(language);
  const script = facts.scriptTimeZone;
  if (script === null) {
    return check(
      'runtime.timeZones',
      'runtime',
      'fail',
      say('runtimeTimeZonesFail'),
      say('runtimeTimeZonesFix'),
    );
  }
  return check(
    'runtime.timeZones',
    'runtime',
    'pass',
    script === facts.timeZone
      ? say('runtimeTimeZonesPass', { script })
      : say('runtimeTimeZonesDiffer', { script, timeZone: facts.timeZone }),
  );
}

/** The manifest: exactly the six scopes granted, and the Drive v3 and Docs v1 services on. */
export function manifestChecks(facts: ManifestFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  const checks: DiagnosticCheck[] = [];
  if (facts.scopes === null) {
    checks.push(
      check(
        'manifest.scopes',
        'manifest',
        'warn',
        say('manifestScopesUnknown'),
        say('manifestScopesUnknownFix'),
      ),
    );
  } else {
    const missing = MANIFEST_SCOPES.filter((scope) => !facts.scopes?.includes(scope));
    const extra = facts.scopes.filter((scope) => !MANIFEST_SCOPES.includes(scope));
    checks.push(
      missing.length > 0
        ? check(
            'manifest.scopes',
            'manifest',
            'fail',
            say('manifestScopesMissing', { missing: missing.join(WORDS.listSeparator[language]) }),
            say('manifestScopesMissingFix'),
          )
        : extra.length > 0
          ? check(
              'manifest.scopes',
              'manifest',
              'warn',
              say('manifestScopesExtra', { extra: extra.join(WORDS.listSeparator[language]) }),
              say('manifestScopesExtraFix'),
            )
          : check('manifest.scopes', 'manifest', 'pass', say('manifestScopesPass')),
    );
  }
  const services = [
    ['Drive v3', facts.driveV3],
    ['Docs v1', facts.docsV1],
  ] as const;
  const off = services.filter(([, on]) => !on).map(([name]) => name);
  checks.push(
    off.length > 0
      ? check(
          'manifest.services',
          'manifest',
          'fail',
          say('manifestServicesFail', { off: off.join(WORDS.listSeparator[language]) }),
          say('manifestServicesFix'),
        )
      : check('manifest.services', 'manifest', 'pass', say('manifestServicesPass')),
  );
  return checks;
}

/** The spreadsheet: its zone and locale, and the tracker's sheets and headers. */
export function spreadsheetChecks(facts: SpreadsheetFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  const known = /^(zh|en)/i.test(facts.locale);
  const problems = [
    ...facts.missingSheets.map((name) => say('sheetMissing', { name })),
    ...facts.headerProblems,
  ];
  return [
    check(
      'spreadsheet.locale',
      'spreadsheet',
      known ? 'pass' : 'warn',
      say('spreadsheetLocaleMessage', { timeZone: facts.timeZone, locale: facts.locale }),
      known ? undefined : say('spreadsheetLocaleFix'),
    ),
    problems.length > 0
      ? check(
          'spreadsheet.sheets',
          'spreadsheet',
          'fail',
          say('spreadsheetSheetsFail', { problems: problems.join(HEADER_PROBLEMS.separator[language]) }),
          say('spreadsheetSheetsFix'),
        )
      : check('spreadsheet.sheets', 'spreadsheet', 'pass', say('spreadsheetSheetsPass')),
  ];
}

/** Mail: quota left today and who sends. */
export function mailChecks(facts: MailFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  const remaining = facts.remaining;
  const quota =
    remaining === null
      ? check('mail.quota', 'mail', 'fail', say('mailQuotaFail'), say('mailQuotaFix'))
      : remaining === 0
        ? check('mail.quota', 'mail', 'fail', say('mailQuotaUsedUp'), say('mailQuotaUsedUpFix'))
        : check(
            'mail.quota',
            'mail',
            remaining < LOW_QUOTA ? 'warn' : 'pass',
            say('mailQuotaMessage', { remaining }),
            remaining < LOW_QUOTA ? say('mailQuotaLow') : undefined,
          );
  const sender = facts.sender
    ? check('mail.sender', 'mail', 'pass', say('mailSenderPass', { sender: facts.sender }))
    : facts.sender === null
      ? check('mail.sender', 'mail', 'fail', say('mailSenderFail'), say('mailSenderFix'))
      : check('mail.sender', 'mail', 'fail', say('mailSenderUnknown'), say('mailSenderUnknownFix'));
  return [quota, sender];
}

/** Counts by status and the overall verdict: no failed check. */
export function summarize(checks: readonly DiagnosticCheck[]): {
  ok: boolean;
  counts: Record<DiagnosticStatus, number>;
} {
  const counts: Record<DiagnosticStatus, number> = { pass: 0, warn: 0, fail: 0 };
  for (const item of checks) counts[item.status] += 1;
  return { ok: counts.fail === 0, counts };
}
