import { defineMessages } from './catalogue';

/** What onboarding says to the person. */
export const ONBOARD_MESSAGES = defineMessages({
  busy: {
    'zh-TW': '另一個作業正在進行中，請稍候一分鐘再試。',
    en: 'Another run is in progress; try again in a minute.',
  },
  partial: {
    'zh-TW': '{{client}} 尚未建立完成（{{error}}）。已建立的資料夾與文件都會保留，再執行一次即可接續完成。',
    en: '{{client}} is not complete yet ({{error}}). What was made is kept; run the onboarding again to finish it.',
  },
  shared: {
    'zh-TW': '資料夾已與 {{email}} 共用（{{role}}，未寄送通知信）',
    en: 'folder shared with {{email}} as {{role}}, without notification email',
  },
  sharedNotified: {
    'zh-TW':
      '資料夾已與 {{email}} 共用（{{role}}），並由雲端硬碟寄出共用邀請信：此地址沒有 Google 帳號，雲端硬碟不允許不通知就與它共用。請告訴客戶從這封邀請信開啟資料夾。',
    en: 'folder shared with {{email}} as {{role}}, and Drive mailed its sharing invitation: the address has no Google account, and Drive shares with such an address only by sending that mail. Tell the client to open the folder from it.',
  },
  shareFailed: {
    'zh-TW': '無法將資料夾與 {{email}} 共用（{{role}}）：{{error}}。請在雲端硬碟手動共用。',
    en: 'could not share the folder with {{email}} as {{role}}: {{error}}. Share it by hand in Drive.',
  },
});
