/**
 * The diagnostics' judgement: facts gathered in the running environment, compared with what the
 * local hosts assume of Apps Script. Pure, so every verdict and message is unit-tested; the
 * same code runs in Apps Script and in the hosts, which makes these checks the contract between
 * them.
 */
import type { DiagnosticArea, DiagnosticCheck, DiagnosticStatus } from '../../shared/diagnostics';
import type { Language } from '../../shared/i18n';
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

type Say = (zh: string, en: string) => string;

/** A check builder for one language: `say` picks the sentence, `check` makes the line. */
export function checker(language: Language) {
  const say: Say = (zh, en) => (language === 'zh-TW' ? zh : en);
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
      ? check(
          'runtime.intl',
          'runtime',
          'pass',
          say(
            `Intl 具備時區資料（含 ${facts.timeZone}）。`,
            `Intl has time-zone data (${facts.timeZone} included).`,
          ),
        )
      : check(
          'runtime.intl',
          'runtime',
          'fail',
          say(
            `Intl 無法換算時區 ${facts.timeZone}：日期會算錯。`,
            `Intl cannot convert to the time zone ${facts.timeZone}: days would be wrong.`,
          ),
          say(
            '在「檔案 → 設定」選擇有效的試算表時區，並確認專案使用 V8 執行環境。',
            'Pick a valid spreadsheet time zone in File → Settings and make sure the project runs on V8.',
          ),
        ),
    facts.present.length === 0
      ? check(
          'runtime.globals',
          'runtime',
          'pass',
          say(
            '執行環境與本機主機一致：沒有主機刻意不提供的全域物件（計時器、URL、文字編碼等）。',
            'The runtime matches the local hosts: none of the globals they withhold (timers, URL, text encoding...).',
          ),
        )
      : check(
          'runtime.globals',
          'runtime',
          'warn',
          say(
            `執行環境其實提供 ${globals}，本機主機則沒有：主機比 Apps Script 嚴格，功能不受影響。`,
            `The runtime has ${globals}, which the local hosts withhold: the hosts are stricter than Apps Script; nothing breaks.`,
          ),
          say(
            '請回報給開發團隊，讓本機主機與 Apps Script 保持一致。',
            'Tell the developers, so the local hosts can follow Apps Script.',
          ),
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
      say('無法讀取指令碼的時區。', "The script's time zone could not be read."),
      say(
        '確認 appsscript.json 的 timeZone 是有效的時區（例如 Asia/Taipei），再 clasp push。',
        "Make sure appsscript.json's timeZone is a valid zone (for example Asia/Taipei), then clasp push.",
      ),
    );
  }
  return check(
    'runtime.timeZones',
    'runtime',
    'pass',
    script === facts.timeZone
      ? say(
          `指令碼與試算表都使用時區 ${script}。`,
          `The script and the spreadsheet both use the time zone ${script}.`,
        )
      : say(
          `指令碼時區 ${script}，試算表時區 ${facts.timeZone}：提醒依試算表時區的整點執行（觸發器指定 inTimezone）。`,
          `Script time zone ${script}, spreadsheet time zone ${facts.timeZone}: reminders run at the spreadsheet's hour (the trigger names inTimezone).`,
        ),
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
        say('Apps Script 未回報已授權的範圍。', 'Apps Script did not say which scopes were granted.'),
        say(
          '從選單執行任一功能，依提示完成授權。',
          'Run any menu item and complete the authorization it asks for.',
        ),
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
            say(`尚未授權：${missing.join('、')}。`, `Not granted: ${missing.join(', ')}.`),
            say(
              '從選單執行「建立追蹤表」並接受所有權限；若仍缺少，檢查 appsscript.json 的 oauthScopes。',
              "Run Set up tracker from the menu and accept every permission; if one is still missing, check appsscript.json's oauthScopes.",
            ),
          )
        : extra.length > 0
          ? check(
              'manifest.scopes',
              'manifest',
              'warn',
              say(`授權了多餘的範圍：${extra.join('、')}。`, `More scopes than needed: ${extra.join(', ')}.`),
              say('只保留 README 列出的六個範圍。', 'Keep only the six scopes the README lists.'),
            )
          : check(
              'manifest.scopes',
              'manifest',
              'pass',
              say('六個範圍皆已授權，沒有多餘的。', 'The six scopes are granted, and no others.'),
            ),
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
          say(`進階服務未啟用：${off.join('、')}。`, `Advanced service not enabled: ${off.join(', ')}.`),
          say(
            '在 appsscript.json 的 enabledAdvancedServices 加入它（Drive 要 v3），再 clasp push。',
            "Add it to appsscript.json's enabledAdvancedServices (Drive must be v3), then clasp push.",
          ),
        )
      : check(
          'manifest.services',
          'manifest',
          'pass',
          say('Drive v3 與 Docs v1 進階服務已啟用。', 'The Drive v3 and Docs v1 advanced services are on.'),
        ),
  );
  return checks;
}

/** The spreadsheet: its zone and locale, and the tracker's sheets and headers. */
export function spreadsheetChecks(facts: SpreadsheetFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  const known = /^(zh|en)/i.test(facts.locale);
  const problems = [
    ...facts.missingSheets.map((name) => say(`缺少工作表「${name}」`, `sheet "${name}" is missing`)),
    ...facts.headerProblems,
  ];
  return [
    check(
      'spreadsheet.locale',
      'spreadsheet',
      known ? 'pass' : 'warn',
      say(
        `時區 ${facts.timeZone}，地區設定 ${facts.locale}。`,
        `Time zone ${facts.timeZone}, locale ${facts.locale}.`,
      ),
      known
        ? undefined
        : say(
            '此地區設定不是中文或英文：文字將以英文顯示，可在 Settings 的 language 指定語言。',
            'This locale is neither Chinese nor English: texts show in English; set language in Settings to choose.',
          ),
    ),
    problems.length > 0
      ? check(
          'spreadsheet.sheets',
          'spreadsheet',
          'fail',
          say(`追蹤表不完整：${problems.join('；')}。`, `The tracker is incomplete: ${problems.join('; ')}.`),
          say(
            '從選單執行「建立追蹤表」補上缺少的工作表；標題列重複或缺漏請手動修正。',
            'Run Set up tracker from the menu to add missing sheets; fix doubled or missing headers by hand.',
          ),
        )
      : check(
          'spreadsheet.sheets',
          'spreadsheet',
          'pass',
          say('追蹤表的工作表與必要欄位都在。', 'Every tracker sheet and required header is there.'),
        ),
  ];
}

/** Mail: quota left today and who sends. */
export function mailChecks(facts: MailFacts, language: Language): DiagnosticCheck[] {
  const { say, check } = checker(language);
  const remaining = facts.remaining;
  const quota =
    remaining === null
      ? check(
          'mail.quota',
          'mail',
          'fail',
          say('無法讀取今日郵件額度。', "Today's mail quota could not be read."),
          say('確認已授權 script.send_mail 範圍。', 'Make sure the script.send_mail scope is granted.'),
        )
      : remaining === 0
        ? check(
            'mail.quota',
            'mail',
            'fail',
            say(
              '今日郵件額度已用完：提醒會延到明天寄出。',
              "Today's mail quota is used up: reminders wait until tomorrow.",
            ),
            say(
              '一般帳號每天 100 位收件人，Workspace 帳號 1,500 位；減少副本或改用 Workspace 帳號。',
              'Consumer accounts get 100 recipients a day, Workspace accounts 1,500: trim CCs or use a Workspace account.',
            ),
          )
        : check(
            'mail.quota',
            'mail',
            remaining < LOW_QUOTA ? 'warn' : 'pass',
            say(`今日還可寄給 ${remaining} 位收件人。`, `${remaining} recipients left today.`),
            remaining < LOW_QUOTA
              ? say('額度偏低：部分提醒可能延到明天。', 'Low: some reminders may wait until tomorrow.')
              : undefined,
          );
  const sender = facts.sender
    ? check(
        'mail.sender',
        'mail',
        'pass',
        say(`寄件人：${facts.sender}。`, `Mail is sent as ${facts.sender}.`),
      )
    : facts.sender === null
      ? check(
          'mail.sender',
          'mail',
          'fail',
          say(
            'Apps Script 拒絕告知寄件人（執行身分的使用者）：缺少 userinfo.email 範圍。',
            'Apps Script refused to tell the sender (the effective user): the userinfo.email scope is missing.',
          ),
          say(
            '確認 appsscript.json 的 oauthScopes 含 userinfo.email，再從選單執行「建立追蹤表」並接受權限。',
            "Make sure appsscript.json's oauthScopes lists userinfo.email, then run Set up tracker from the menu and accept.",
          ),
        )
      : check(
          'mail.sender',
          'mail',
          'fail',
          say('無法得知寄件人地址。', 'The sending address is unknown.'),
          say('以要寄信的帳號安裝提醒。', 'Install the reminders as the account that should send them.'),
        );
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
