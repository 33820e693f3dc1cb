import { defineMessages } from './catalogue';

/** What the core says about input, settings, playbooks, timelines and templates. */
export const CORE_MESSAGES = defineMessages({
  // Client validation
  required: { 'zh-TW': '{{field}}為必填。', en: '{{field}} is required.' },
  notText: { 'zh-TW': '{{field}}必須是文字。', en: '{{field}} must be text.' },
  tooLong: {
    'zh-TW': '{{field}}不可超過 {{max}} 個字（目前 {{length}} 個）。',
    en: '{{field}} may have at most {{max}} characters (it has {{length}}).',
  },
  oneLine: { 'zh-TW': '{{field}}不可換行。', en: '{{field}} must fit on one line.' },
  emailList: {
    'zh-TW': '{{field}}只能填一個地址；其他收件人請放在副本。',
    en: '{{field}} takes one address; put the others in CC.',
  },
  emailInvalid: {
    'zh-TW': '{{field}}不是有效的 Email 地址：「{{value}}」。',
    en: '{{field}} is not a valid email address: "{{value}}".',
  },
  notList: { 'zh-TW': '{{field}}必須是清單。', en: '{{field}} must be a list.' },
  tooManyCc: {
    'zh-TW':
      '{{field}}最多 {{max}} 個地址（目前 {{count}} 個）：一封信連同聯絡人最多只能寄給 {{limit}} 人，超過的提醒會無法寄出。',
    en: '{{field}}: at most {{max}} addresses (there are {{count}}): one message reaches at most {{limit}} people with the contact, and a reminder over that cannot be sent.',
  },
  positiveNumber: { 'zh-TW': '{{field}}必須是大於 0 的數字。', en: '{{field}} must be a number above 0.' },
  amountTooLarge: {
    'zh-TW': '{{field}}不可超過 {{max}}：請確認金額是否多打了位數。',
    en: '{{field}} may be at most {{max}}: check the amount for extra digits.',
  },
  currencyFormat: {
    'zh-TW': '{{field}}必須是三個大寫英文字母的 ISO 4217 代碼，例如 TWD 或 USD。',
    en: '{{field}} must be a three-letter ISO 4217 code such as TWD or USD.',
  },
  unknownValue: {
    'zh-TW': '{{field}}：不認得「{{value}}」（可用：{{expected}}）。',
    en: '{{field}}: unknown value "{{value}}" (expected one of: {{expected}}).',
  },
  tierNeedsRate: {
    'zh-TW': '沒有 {{currency}} 的匯率，無法推算等級：請選擇等級，或在設定中加入匯率。',
    en: 'No exchange rate for {{currency}}, so the tier cannot be derived: choose a tier or add a rate in the settings.',
  },
  dateInvalid: {
    'zh-TW': '{{field}}不是有效的日期：「{{value}}」（格式 YYYY-MM-DD）。',
    en: '{{field}} is not a real date: "{{value}}" (expected YYYY-MM-DD).',
  },
  monthInvalid: {
    'zh-TW': '{{field}}必須是月份（YYYY-MM）：「{{value}}」。',
    en: '{{field}} must be a month (YYYY-MM): "{{value}}".',
  },
  dateVague: {
    'zh-TW': '{{field}}只有月份或季度（「{{value}}」）：建檔前請先訂出日期。',
    en: '{{field}} names only a month or a quarter ("{{value}}"): pin a day before onboarding.',
  },
  dateUnknown: {
    'zh-TW': '{{field}}不是「{{playbook}}」流程的日期。',
    en: '{{field}} is not a date of the "{{playbook}}" playbook.',
  },
  dateOrder: {
    'zh-TW': '{{field}}（{{value}}）早於{{other}}（{{otherValue}}）。',
    en: '{{field}} ({{value}}) is before {{other}} ({{otherValue}}).',
  },

  // Playbook validation
  idFormat: {
    'zh-TW': '{{field}}只能用小寫英文字母、數字和連字號：「{{value}}」。',
    en: '{{field}} may hold only lowercase letters, digits and hyphens: "{{value}}".',
  },
  duplicateId: { 'zh-TW': '{{field}}重複：「{{value}}」。', en: '{{field}} is used twice: "{{value}}".' },
  unknownAnchor: {
    'zh-TW': '{{field}}：此流程沒有「{{value}}」這個日期。',
    en: '{{field}}: the playbook has no date called "{{value}}".',
  },
  anchorCycle: {
    'zh-TW': '{{field}}：日期的預設值互相依賴（{{value}}）。',
    en: "{{field}}: the dates' defaults depend on each other ({{value}}).",
  },
  wholeNumberAtLeast: {
    'zh-TW': '{{field}}必須是不小於 {{min}} 的整數。',
    en: '{{field}} must be a whole number of at least {{min}}.',
  },
  holidaysFormat: {
    'zh-TW': '{{field}}只能列出 YYYY-MM-DD 格式的日期，以逗號分隔；無法使用：{{values}}。',
    en: '{{field}} lists days written YYYY-MM-DD, separated by commas; these cannot be used: {{values}}.',
  },
  wholeNumberBetween: {
    'zh-TW': '{{field}}必須是 {{min}} 到 {{max}} 之間的整數。',
    en: '{{field}} must be a whole number from {{min}} to {{max}}.',
  },
  anchorOffsetFormat: {
    'zh-TW': '{{field}}的格式應像 end-1 或 launch+7：「{{value}}」。',
    en: '{{field}} should look like end-1 or launch+7: "{{value}}".',
  },
  noLevels: { 'zh-TW': '{{field}}至少要有一個服務方案。', en: '{{field}} needs at least one service level.' },

  // Settings
  settingsTiers: {
    'zh-TW': '等級門檻必須由 T1 到 T3 遞減且大於 0（目前 {{T1}} / {{T2}} / {{T3}}）。',
    en: 'Tier thresholds must fall from T1 to T3 and stay above 0 (now {{T1}} / {{T2}} / {{T3}}).',
  },
  plainLine: {
    'zh-TW': '{{field}}必須是一行文字，不可換行或含控制字元。',
    en: '{{field}} must be one line of text, without line breaks or control characters.',
  },
  timeZoneUnknown: {
    'zh-TW': '{{field}}不是已知的時區：「{{value}}」（例如 Asia/Taipei）。',
    en: '{{field}} is not a known time zone: "{{value}}" (e.g. Asia/Taipei).',
  },
  settingIgnored: {
    'zh-TW': 'Settings 工作表 {{cell}}（{{key}}）：{{problem}}修正前使用「{{fallback}}」。',
    en: 'Settings sheet {{cell}} ({{key}}): {{problem}} "{{fallback}}" is used until it is fixed.',
  },
  duplicateClientId: {
    'zh-TW':
      'Clients 工作表 {{cells}} 的客戶編號都是 {{id}}：請把其中一列（與它在 Milestones 的列）改成新編號，例如 {{next}}，或刪除重複的列；修正前這些客戶不會寄信或重新排程。',
    en: 'Clients sheet {{cells}} all hold client ID {{id}}: give one of the rows (and its rows in Milestones) a new ID such as {{next}}, or delete the copy; until then these clients get no mail and no re-plan.',
  },
  playbookRefused: {
    'zh-TW':
      '{{client}}（{{id}}）沒有重新排程：「{{playbook}}」流程在 Playbook 工作表有問題（如上），修正後再執行一次。',
    en: '{{client}} ({{id}}) was not re-planned: the "{{playbook}}" playbook has problems in the Playbook sheet (listed above); fix them and run again.',
  },
  settingsCampaign: {
    'zh-TW': '募資天數必須是 最短 ≤ 建議 ≤ 最長（目前 {{min}} / {{recommended}} / {{max}}）。',
    en: 'Campaign days must be min ≤ recommended ≤ max (now {{min}} / {{recommended}} / {{max}}).',
  },

  // Timeline checks
  tooTight: {
    'zh-TW':
      '從 {{start}} 到上線 {{launch}} 只有 {{days}} 天；{{level}}方案至少需要 {{min}} 天準備（頁面圖片、文案、第一批廣告素材）。最早可行的上線日：{{suggested}}。',
    en: 'Only {{days}} days from {{start}} to the launch on {{launch}}; a {{level}} project needs at least {{min}} (page images, copy, first ad posts). Earliest launch that fits: {{suggested}}.',
  },
  tooFar: {
    'zh-TW':
      '上線日 {{launch}} 還有 {{days}} 天（超過 {{max}} 天）：問問原因、縮短間隔，並給客戶有日期的功課保持熱度：{{copyDraft}} 前完成文案初稿、{{survey}} 前推出前測問卷。',
    en: 'The launch on {{launch}} is {{days}} days away (more than {{max}}): ask why, shorten the gap, and keep the client warm with dated homework: a first copy draft by {{copyDraft}} and the pre-launch survey by {{survey}}.',
  },
  vagueMonth: {
    'zh-TW': '{{field}}「{{value}}」只有月份：請客戶訂出日期。週二到週四最適合上線，例如 {{candidates}}。',
    en: '{{field}} "{{value}}" names only a month: ask for a day. Tuesday to Thursday work best for a start, e.g. {{candidates}}.',
  },
  vagueQuarter: {
    'zh-TW': '{{field}}「{{value}}」只有季度：先問是哪個月，再訂出日期，例如 {{candidates}}。',
    en: '{{field}} "{{value}}" names only a quarter: ask which month, then which day, e.g. {{candidates}}.',
  },
  campaignLength: {
    'zh-TW':
      '募資期 {{days}} 天；建議 {{min}}–{{max}} 天，最好 {{recommended}} 天：結束日可設為 {{suggested}}。',
    en: 'The campaign runs {{days}} days; {{min}}–{{max}} days work and {{recommended}} is recommended: end on {{suggested}}.',
  },
  shippingSlack: {
    'zh-TW':
      '出貨月份 {{shipping}} 距離結束日 {{end}} 不到 {{min}} 天；超過七成的專案會延遲出貨，建議改為 {{suggested}}。',
    en: 'Shipping in {{shipping}} leaves less than {{min}} days after the end on {{end}}; over 75% of projects ship late, so consider {{suggested}}.',
  },
  inThePast: { 'zh-TW': '{{field}}（{{value}}）已經過去了。', en: '{{field}} ({{value}}) is in the past.' },

  // Templates
  placeholderUnknown: {
    'zh-TW': '不認得的欄位代碼 {{token}}。',
    en: 'Unknown placeholder {{token}}.',
  },
  placeholderMalformed: {
    'zh-TW': '欄位代碼寫法有誤：{{token}}（應為 {{example}}）。',
    en: 'Malformed placeholder: {{token}} (write it as {{example}}).',
  },
});
