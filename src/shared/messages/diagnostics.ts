import { defineMessages } from './catalogue';

/** What the diagnostics say of each check: the finding, and the fix when there is one. */
export const DIAGNOSTIC_MESSAGES = defineMessages({
  // Runtime, manifest, spreadsheet and mail
  runtimeIntlPass: {
    'zh-TW': 'Intl 具備時區資料（含 {{timeZone}}）。',
    en: 'Intl has time-zone data ({{timeZone}} included).',
  },
  runtimeIntlFail: {
    'zh-TW': 'Intl 無法換算時區 {{timeZone}}：日期會算錯。',
    en: 'Intl cannot convert to the time zone {{timeZone}}: days would be wrong.',
  },
  runtimeIntlFix: {
    'zh-TW': '在「檔案 → 設定」選擇有效的試算表時區，並確認專案使用 V8 執行環境。',
    en: 'Pick a valid spreadsheet time zone in File → Settings and make sure the project runs on V8.',
  },
  runtimeGlobalsPass: {
    'zh-TW': '執行環境與本機主機一致：沒有主機刻意不提供的全域物件（計時器、URL、文字編碼等）。',
    en: 'The runtime matches the local hosts: none of the globals they withhold (timers, URL, text encoding...).',
  },
  runtimeGlobalsWarn: {
    'zh-TW': '執行環境其實提供 {{globals}}，本機主機則沒有：主機比 Apps Script 嚴格，功能不受影響。',
    en: 'The runtime has {{globals}}, which the local hosts withhold: the hosts are stricter than Apps Script; nothing breaks.',
  },
  runtimeGlobalsFix: {
    'zh-TW': '請回報給開發團隊，讓本機主機與 Apps Script 保持一致。',
    en: 'Tell the developers, so the local hosts can follow Apps Script.',
  },
  runtimeTimeZonesFail: {
    'zh-TW': '無法讀取指令碼的時區。',
    en: "The script's time zone could not be read.",
  },
  runtimeTimeZonesFix: {
    'zh-TW': '確認 appsscript.json 的 timeZone 是有效的時區（例如 Asia/Taipei），再 clasp push。',
    en: "Make sure appsscript.json's timeZone is a valid zone (for example Asia/Taipei), then clasp push.",
  },
  runtimeTimeZonesPass: {
    'zh-TW': '指令碼與試算表都使用時區 {{script}}。',
    en: 'The script and the spreadsheet both use the time zone {{script}}.',
  },
  runtimeTimeZonesDiffer: {
    'zh-TW':
      '指令碼時區 {{script}}，試算表時區 {{timeZone}}：提醒依試算表時區的整點執行（觸發器指定 inTimezone）。',
    en: "Script time zone {{script}}, spreadsheet time zone {{timeZone}}: reminders run at the spreadsheet's hour (the trigger names inTimezone).",
  },
  manifestScopesUnknown: {
    'zh-TW': 'Apps Script 未回報已授權的範圍。',
    en: 'Apps Script did not say which scopes were granted.',
  },
  manifestScopesUnknownFix: {
    'zh-TW': '從選單執行任一功能，依提示完成授權。',
    en: 'Run any menu item and complete the authorization it asks for.',
  },
  manifestScopesMissing: { 'zh-TW': '尚未授權：{{missing}}。', en: 'Not granted: {{missing}}.' },
  manifestScopesMissingFix: {
    'zh-TW': '從選單執行「建立追蹤表」並接受所有權限；若仍缺少，檢查 appsscript.json 的 oauthScopes。',
    en: "Run Set up tracker from the menu and accept every permission; if one is still missing, check appsscript.json's oauthScopes.",
  },
  manifestScopesExtra: {
    'zh-TW': '授權了多餘的範圍：{{extra}}。',
    en: 'More scopes than needed: {{extra}}.',
  },
  manifestScopesExtraFix: {
    'zh-TW': '只保留 README 列出的六個範圍。',
    en: 'Keep only the six scopes the README lists.',
  },
  manifestScopesPass: {
    'zh-TW': '六個範圍皆已授權，沒有多餘的。',
    en: 'The six scopes are granted, and no others.',
  },
  manifestServicesFail: {
    'zh-TW': '進階服務未啟用：{{off}}。',
    en: 'Advanced service not enabled: {{off}}.',
  },
  manifestServicesFix: {
    'zh-TW': '在 appsscript.json 的 enabledAdvancedServices 加入它（Drive 要 v3），再 clasp push。',
    en: "Add it to appsscript.json's enabledAdvancedServices (Drive must be v3), then clasp push.",
  },
  manifestServicesPass: {
    'zh-TW': 'Drive v3 與 Docs v1 進階服務已啟用。',
    en: 'The Drive v3 and Docs v1 advanced services are on.',
  },
  sheetMissing: { 'zh-TW': '缺少工作表「{{name}}」', en: 'sheet "{{name}}" is missing' },
  spreadsheetLocaleMessage: {
    'zh-TW': '時區 {{timeZone}}，地區設定 {{locale}}。',
    en: 'Time zone {{timeZone}}, locale {{locale}}.',
  },
  spreadsheetLocaleFix: {
    'zh-TW': '此地區設定不是中文或英文：文字將以英文顯示，可在 Settings 的 language 指定語言。',
    en: 'This locale is neither Chinese nor English: texts show in English; set language in Settings to choose.',
  },
  spreadsheetSheetsFail: {
    'zh-TW': '追蹤表不完整：{{problems}}。',
    en: 'The tracker is incomplete: {{problems}}.',
  },
  spreadsheetSheetsFix: {
    'zh-TW': '從選單執行「建立追蹤表」補上缺少的工作表；標題列重複或缺漏請手動修正。',
    en: 'Run Set up tracker from the menu to add missing sheets; fix doubled or missing headers by hand.',
  },
  spreadsheetSheetsPass: {
    'zh-TW': '追蹤表的工作表與必要欄位都在。',
    en: 'Every tracker sheet and required header is there.',
  },
  mailQuotaFail: { 'zh-TW': '無法讀取今日郵件額度。', en: "Today's mail quota could not be read." },
  mailQuotaFix: {
    'zh-TW': '確認已授權 script.send_mail 範圍。',
    en: 'Make sure the script.send_mail scope is granted.',
  },
  mailQuotaUsedUp: {
    'zh-TW': '今日郵件額度已用完：提醒會延到明天寄出。',
    en: "Today's mail quota is used up: reminders wait until tomorrow.",
  },
  mailQuotaUsedUpFix: {
    'zh-TW': '一般帳號每天 100 位收件人，Workspace 帳號 1,500 位；減少副本或改用 Workspace 帳號。',
    en: 'Consumer accounts get 100 recipients a day, Workspace accounts 1,500: trim CCs or use a Workspace account.',
  },
  mailQuotaMessage: {
    'zh-TW': '今日還可寄給 {{remaining}} 位收件人。',
    en: '{{remaining}} recipients left today.',
  },
  mailQuotaLow: {
    'zh-TW': '額度偏低：部分提醒可能延到明天。',
    en: 'Low: some reminders may wait until tomorrow.',
  },
  mailSenderPass: { 'zh-TW': '寄件人：{{sender}}。', en: 'Mail is sent as {{sender}}.' },
  mailSenderFail: {
    'zh-TW': 'Apps Script 拒絕告知寄件人（執行身分的使用者）：缺少 userinfo.email 範圍。',
    en: 'Apps Script refused to tell the sender (the effective user): the userinfo.email scope is missing.',
  },
  mailSenderFix: {
    'zh-TW': '確認 appsscript.json 的 oauthScopes 含 userinfo.email，再從選單執行「建立追蹤表」並接受權限。',
    en: "Make sure appsscript.json's oauthScopes lists userinfo.email, then run Set up tracker from the menu and accept.",
  },
  mailSenderUnknown: { 'zh-TW': '無法得知寄件人地址。', en: 'The sending address is unknown.' },
  mailSenderUnknownFix: {
    'zh-TW': '以要寄信的帳號安裝提醒。',
    en: 'Install the reminders as the account that should send them.',
  },
  // Drive folders and masters
  driveNotSetUp: {
    'zh-TW': 'Drive 資料夾與範本尚未建立：第一次建立客戶時會自動建立。',
    en: 'The Drive folders and masters are not made yet: the first onboarding makes them.',
  },
  driveFix: {
    'zh-TW':
      '再建立（或重新建立）一位客戶：Launch Desk 會以標籤找回或重新建立缺少的資料夾與範本。若是權限問題，請以原建立者帳號執行。',
    en: 'Onboard (or re-onboard) a client: Launch Desk finds missing folders and masters by their tags or makes them again. For a permission problem, run as the account that made them.',
  },
  driveFoldersFail: {
    'zh-TW': '無法以儲存的編號開啟資料夾：{{folders}}。',
    en: 'Folders not reachable by their stored ids: {{folders}}.',
  },
  driveFoldersPass: {
    'zh-TW': 'Launch Desk、Templates、Clients 資料夾皆可開啟。',
    en: 'The Launch Desk, Templates and Clients folders are reachable.',
  },
  driveTemplatesFail: { 'zh-TW': '無法讀取範本：{{masters}}。', en: 'Masters not readable: {{masters}}.' },
  driveTemplatesPass: {
    'zh-TW': '{{masterCount}} 份範本皆可讀取。',
    en: 'All {{masterCount}} masters are readable.',
  },
  driveFileNoId: { 'zh-TW': '沒有儲存編號', en: 'no id stored' },
  driveFileGone: { 'zh-TW': '已刪除或在垃圾桶中', en: 'deleted or in the trash' },
  // Triggers
  triggersInstalledTrouble: {
    'zh-TW': '已安裝：{{list}}。{{problems}}',
    en: 'Installed: {{list}}. {{problems}}',
  },
  triggersInstalledWarn: {
    'zh-TW': '尚未安裝任何定時觸發器：不會自動寄出提醒。',
    en: 'No time-driven trigger is installed: no reminder goes out by itself.',
  },
  triggersInstalledFix: { 'zh-TW': '從選單執行「安裝提醒」。', en: 'Run Install reminders from the menu.' },
  triggersInstalledPass: {
    'zh-TW': '已安裝 {{handlerCount}} 個觸發器：{{list}}。',
    en: '{{handlerCount}} trigger(s) installed: {{list}}.',
  },
  triggersNotRunYet: {
    'zh-TW': '每日觸發器尚未執行過，還無法確認定時執行能開啟試算表。',
    en: 'The daily trigger has not run yet, so no time-driven run has opened the spreadsheet.',
  },
  triggersNotRunYetFix: {
    'zh-TW': '每日觸發器執行後（隔天）再執行一次診斷。',
    en: 'Run the diagnostics again after the daily trigger has run (the next day).',
  },
  triggersProbeScheduled: {
    'zh-TW': '已排定一次性觸發器測試（{{at}} 之後執行），尚無結果。',
    en: 'A one-off trigger test is scheduled (runs after {{at}}); no result yet.',
  },
  triggersProbeScheduledFix: {
    'zh-TW': '幾分鐘後再執行一次診斷。',
    en: 'Run the diagnostics again in a few minutes.',
  },
  triggersTimeDrivenPass: {
    'zh-TW': '定時執行可依 ID 開啟試算表「{{detail}}」（{{at}}）。{{seen}}',
    en: 'A time-driven run opened the spreadsheet "{{detail}}" by its id ({{at}}).{{seen}}',
  },
  triggersTimeDrivenFail: {
    'zh-TW': '定時執行無法開啟試算表（{{at}}）：{{detail}}{{seen}}',
    en: 'A time-driven run could not open the spreadsheet ({{at}}): {{detail}}{{seen}}',
  },
  triggersTimeDrivenFailFix: {
    'zh-TW': '每日提醒也會因此失敗：移除並重新安裝提醒，並以試算表擁有者的帳號授權。',
    en: "The daily reminders would fail the same way: remove and reinstall the reminders, authorizing as the spreadsheet's owner.",
  },
  seenIntro: { 'zh-TW': '定時執行看到：{{seen}}。', en: ' The time-driven run saw {{seen}}.' },
  seenSpreadsheet: { 'zh-TW': '有使用中的試算表', en: 'an active spreadsheet' },
  seenNoSpreadsheet: { 'zh-TW': '沒有使用中的試算表', en: 'no active spreadsheet' },
  seenProperties: { 'zh-TW': '有文件屬性', en: 'document properties' },
  seenNoProperties: { 'zh-TW': '沒有文件屬性', en: 'no document properties' },
  seenLock: { 'zh-TW': '有文件鎖', en: 'a document lock' },
  seenNoLock: { 'zh-TW': '沒有文件鎖', en: 'no document lock' },
});

/** The key of a diagnostics message. */
export type DiagnosticKey = keyof typeof DIAGNOSTIC_MESSAGES;
