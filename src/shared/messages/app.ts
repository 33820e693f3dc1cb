import { defineMessages } from './catalogue';

/** What the add-on's menu, help, sidebar calls and runs say. */
export const APP_MESSAGES = defineMessages({
  // Menu
  menuOpenSidebar: { 'zh-TW': '開啟側邊欄', en: 'Open sidebar' },
  menuSetupTracker: { 'zh-TW': '建立追蹤表', en: 'Set up tracker' },
  menuRunDaily: { 'zh-TW': '立即執行每日檢查', en: 'Run daily check now' },
  menuRefresh: { 'zh-TW': '依工作表重新排定里程碑', en: 'Re-plan milestones from the sheets' },
  menuInstallTriggers: { 'zh-TW': '安裝提醒排程', en: 'Install reminders' },
  menuHelp: { 'zh-TW': '說明', en: 'Help' },
  menuShowHelp: { 'zh-TW': 'Launch Desk 使用說明', en: 'How Launch Desk works' },
  menuDiagnostics: { 'zh-TW': '執行診斷', en: 'Run diagnostics' },
  help: {
    'zh-TW':
      'Launch Desk 為每位客戶建立資料夾、文件與里程碑計畫。開啟側邊欄即可新增客戶；Clients 與 Milestones 工作表是追蹤表；Settings 存放等級門檻與提醒時間。',
    en: 'Launch Desk keeps one folder, a set of documents and a milestone plan per client. Open the sidebar to onboard a client; the Clients and Milestones sheets are the tracker; Settings holds thresholds and reminder hours.',
  },

  // Runs and sidebar calls
  retimeBusy: {
    'zh-TW': '另一個 Launch Desk 作業正在寫入追蹤表，請稍後再試。',
    en: 'Another Launch Desk run is writing the tracker; try again in a minute.',
  },
  refreshBusy: {
    'zh-TW': 'Launch Desk 正在執行其他工作，請稍後再試。',
    en: 'Launch Desk is busy with another run; try again shortly.',
  },
  clientUnknown: {
    'zh-TW': 'Clients 工作表中找不到客戶「{{id}}」。',
    en: 'Client "{{id}}" is not in the Clients sheet.',
  },
  settingUnknown: { 'zh-TW': '沒有「{{key}}」這項設定。', en: 'Unknown setting "{{key}}".' },
  settingNotBoolean: { 'zh-TW': '{{field}}必須是 TRUE 或 FALSE。', en: '{{field}} must be TRUE or FALSE.' },
  settingNotNumber: { 'zh-TW': '{{field}}必須是數字。', en: '{{field}} must be a number.' },
  settingsSheetMissing: {
    'zh-TW': '尚無 Settings 工作表：請先建立追蹤表。',
    en: 'The Settings sheet is missing: run setup first.',
  },
  trackerUnknown: {
    'zh-TW': '觸發器 {{trigger}} 找不到對應的追蹤表：請重新安裝提醒。',
    en: 'trigger {{trigger}} serves no known tracker: reinstall the reminders',
  },
  masterMissing: {
    'zh-TW': 'Templates 資料夾中缺少 {{kind}} 範本。',
    en: 'The {{kind}} master is missing from Templates.',
  },
  playbookVanished: {
    'zh-TW': '流程 {{playbook}} 在檢查後消失了。',
    en: 'Playbook {{playbook}} vanished during validation.',
  },
  columnUnknown: { 'zh-TW': 'Milestones 沒有 {{key}} 欄位。', en: 'Milestones has no column {{key}}.' },

  // Diagnostics from the menu
  diagnosticsToast: {
    'zh-TW': '通過 {{pass}} 項，警告 {{warn}} 項，失敗 {{fail}} 項：詳見 Log 工作表。',
    en: '{{pass}} passed, {{warn}} warnings, {{fail}} failed: see the Log sheet.',
  },
  valuesUsable: {
    'zh-TW': 'Settings、Playbook 與 Clients 的內容都可以使用。',
    en: 'Every value in Settings, Playbook and Clients can be used.',
  },
  valuesFix: {
    'zh-TW': '依上面各項訊息修正所指的儲存格；修正前 Launch Desk 不使用這些值。',
    en: 'Fix each cell named above; until then Launch Desk does not use those values.',
  },
});
