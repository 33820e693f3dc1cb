import { defineMessages } from './catalogue';

/**
 * Dates, spans and lists as each language writes them. Name lists are one text of
 * comma-separated names, in order (January first, Sunday first), so a translator sees them whole.
 */
export const WORDS = defineMessages({
  monthsShort: {
    'zh-TW': '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
    en: 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
  },
  monthsLong: {
    'zh-TW': '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
    en: 'January,February,March,April,May,June,July,August,September,October,November,December',
  },
  weekdays: { 'zh-TW': '日,一,二,三,四,五,六', en: 'Sun,Mon,Tue,Wed,Thu,Fri,Sat' },
  day: { 'zh-TW': '{{year}}年{{month}}{{date}}日', en: '{{date}} {{month}} {{year}}' },
  dayWithWeekday: { 'zh-TW': '{{day}}（{{weekday}}）', en: '{{weekday}} {{day}}' },
  month: { 'zh-TW': '{{year}}年{{month}}', en: '{{month}} {{year}}' },
  oneDay: { 'zh-TW': '{{count}} 天', en: '{{count}} day' },
  days: { 'zh-TW': '{{count}} 天', en: '{{count}} days' },
  /** The spreadsheet's number format for a day (its own syntax: quoted literals, d, m, y). */
  sheetDay: { 'zh-TW': 'yyyy"年"m"月"d"日"', en: 'd mmm yyyy' },
  listSeparator: { 'zh-TW': '、', en: ', ' },
});
