/**
 * The words for milestone statuses and service levels, which the tracker writes and the sidebar
 * shows: one table, so both say the same.
 */
import { defineMessages } from './catalogue';

/** Milestone statuses, as the Milestones sheet shows them. */
export const MILESTONE_STATUS_LABELS = defineMessages({
  upcoming: { 'zh-TW': '未到期', en: 'Upcoming' },
  'due-soon': { 'zh-TW': '即將到期', en: 'Due soon' },
  overdue: { 'zh-TW': '已逾期', en: 'Overdue' },
  done: { 'zh-TW': '已完成', en: 'Done' },
  'catch-up': { 'zh-TW': '待補進度', en: 'Catch-up' },
});

/** The service levels. */
export const SERVICE_LEVEL_LABELS = defineMessages({
  advanced: { 'zh-TW': '進階', en: 'Advanced' },
  basic: { 'zh-TW': '基本', en: 'Basic' },
  simple: { 'zh-TW': '簡易', en: 'Simple' },
});
