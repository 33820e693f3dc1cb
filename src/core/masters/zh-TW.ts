import { MILESTONE_TABLE_MARKER } from '../documents';
import type { MasterSet } from './types';

/**
 * The masters in Traditional Chinese: our own wording, for the CSM to adapt per client. Content,
 * not messages: a document is read and edited whole, so it stays here, outside the message
 * catalogue (src/shared/messages/), and the catalogue's literal scan exempts this folder.
 */
export const MASTERS_ZH: MasterSet = {
  'launch-email': [
    { title: '上線公告信：{{projectName}}' },
    { text: '主旨：【{{projectName}}】{{launchDate}} 正式上線！' },
    { heading: '信件內容' },
    { text: '親愛的支持者您好：' },
    {
      text: '{{clientName}} 籌備許久的「{{projectName}}」將於 {{launchDate}} 正式上線募資，活動至 {{endDate}} 結束，共 {{campaignDays}} 天。',
    },
    {
      text: '我們的目標是 {{targetAmount}}。上線前 48 小時是最關鍵的時刻，您的支持與分享能讓更多人看見這個計畫。',
    },
    {
      list: [
        '早鳥方案數量有限，上線當天先搶先贏',
        '預計出貨月份：{{shippingMonth}}',
        '有任何問題，歡迎直接回信給我們',
      ],
    },
    { text: '謝謝您一路以來的陪伴！' },
    { text: '{{clientName}} 敬上' },
    { heading: '寄送前檢查' },
    { list: ['專案頁連結已替換為正式網址', '早鳥方案與數量與後台一致', '已寄測試信給自己與 {{csmName}}'] },
  ],
  'shipping-email': [
    { title: '出貨通知信：{{projectName}}' },
    { text: '主旨：【{{projectName}}】您的回饋已經出貨囉' },
    { heading: '信件內容' },
    { text: '親愛的贊助者您好：' },
    {
      text: '感謝您支持「{{projectName}}」。您的回饋已於 {{shippingMonth}} 陸續出貨，物流單號會另以簡訊或 Email 通知。',
    },
    { subheading: '收到商品後' },
    {
      list: [
        '依消費者保護法，您享有到貨後 7 天的猶豫期（鑑賞期）',
        '如有缺件或瑕疵，請於到貨 7 天內拍照回覆此信',
        '地址變更請儘早告知，已出貨的包裹無法改址',
      ],
    },
    { text: '再次感謝您，讓這個計畫成真。' },
    { text: '{{clientName}} 敬上' },
  ],
  newsletter: [
    { title: '{{projectName}} 電子報' },
    { text: '發送日期：{{today}}' },
    { heading: '本期重點' },
    { text: '（一句話寫出這期最重要的消息，例如：距離上線只剩 {{daysToLaunch}} 天！）' },
    { heading: '專案進度' },
    { list: ['上線日：{{launchDate}}', '結束日：{{endDate}}', '預計出貨：{{shippingMonth}}'] },
    { heading: '幕後故事' },
    { text: '（分享設計、打樣或團隊的一段小故事，附一張照片。）' },
    { heading: '下一步' },
    { text: '（請讀者做一件事：訂閱提醒、填寫前測問卷、分享給朋友。）' },
    { text: '{{clientName}}' },
  ],
  'pr-letter': [
    { title: '公關洽談信：{{projectName}}' },
    { text: '主旨：【合作邀約】{{clientName}}「{{projectName}}」募資上線' },
    { heading: '信件內容' },
    { text: '您好，我是 {{contactName}}，代表 {{clientName}} 來信。' },
    {
      text: '我們的新計畫「{{projectName}}」預計於 {{launchDate}} 上線募資，目標 {{targetAmount}}。想邀請您搶先體驗，並在上線前後分享您的真實心得。',
    },
    { subheading: '合作方式（可討論）' },
    {
      list: [
        '寄送樣品體驗，上線後發布開箱或評測',
        '上線前一週的媒體搶先看（禁止提前發布）',
        '專屬折扣碼或聯名方案',
      ],
    },
    { text: '附件為新聞稿與產品照片。方便的話，期待能約個時間聊聊。' },
    { text: '{{contactName}}｜{{clientName}}｜{{contactEmail}}' },
  ],
  strategy: [
    { title: '初期行銷策略：{{projectName}}' },
    { text: '客戶：{{clientName}}｜等級：{{tier}}｜服務方案：{{serviceLevel}}｜目標：{{targetAmount}}' },
    { heading: '時程' },
    {
      list: [
        '準備開始：{{prepStartDate}}',
        '文案初稿：{{copyDraftDate}}',
        '前測問卷：{{surveyDate}}',
        '上線：{{launchDate}}',
        '結束：{{endDate}}（{{campaignDays}} 天）',
        '出貨：{{shippingMonth}}',
      ],
    },
    { heading: '本方案涵蓋的工作項目' },
    { text: '{{checklist}}' },
    { heading: '人力：誰負責什麼' },
    { text: '（列出每個工作項目的負責人，以及是否外包。）' },
    { heading: '資源：預算與通路' },
    { text: '（廣告預算、自有社群與名單、可合作的媒體與 KOL。）' },
    { heading: '上線前的關鍵動作' },
    {
      list: [
        '上線前約兩個月開始蒐集名單',
        '上線前約一個月整理媒體／KOL 名單',
        '上線前兩週完成專案頁與身分驗證',
        '上線前至少 7 天送審',
      ],
    },
    { text: '負責顧問：{{csmName}}（{{csmEmail}}）｜資料夾：{{folderUrl}}' },
  ],
  timeline: [
    { title: '專案時程表：{{projectName}}' },
    { text: '{{clientName}} 的里程碑，依日期排序。每一項都請在日期前完成，有困難請提早告訴 {{csmName}}。' },
    { text: MILESTONE_TABLE_MARKER },
    { text: '上線日：{{launchDate}}｜結束日：{{endDate}}｜出貨：{{shippingMonth}}' },
  ],
  'meeting-notes': [
    { title: '會議紀錄：{{clientName}} — {{projectName}}' },
    {
      table: [
        ['日期', '與會者', '地點／連結'],
        ['', '{{contactName}}、{{csmName}}', ''],
      ],
    },
    { heading: '議程' },
    { list: ['進度回顧', '本次決定事項', '下一步與期限'] },
    { heading: '決定事項' },
    { text: '' },
    { heading: '待辦事項' },
    {
      table: [
        ['事項', '負責人', '期限'],
        ['', '', ''],
      ],
    },
    { heading: '會後補充建議（3–5 天內寄出）' },
    { text: '（客戶沒想到、但會用得上的建議。）' },
  ],
};
