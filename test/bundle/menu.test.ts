import { describe, expect, it } from 'vitest';
import { memoryHost } from '../support/bundle-host.js';

/** The menu onOpen builds for a user of `locale`: its title and each item as `caption → function`. */
async function menuFor(locale: string, fn = 'onOpen') {
  const { host } = memoryHost({ locale });
  const result = await host.run(fn, [{ authMode: 'NONE' }], { authMode: 'NONE' });
  return result.ui.menus.map((menu) => ({
    title: menu.title,
    items: menu.items.map((item) =>
      'functionName' in item ? `${item.caption} → ${item.functionName}` : `[${item.submenu}]`,
    ),
  }));
}

describe('the Launch Desk menu', () => {
  it("names every item in the user's language, English by default", async () => {
    const english = await menuFor('en_US');
    expect(english).toHaveLength(1);
    expect(english[0]?.items).toEqual([
      'Open sidebar → openSidebar',
      'Set up tracker → setupTracker',
      'Run daily check now → runDailyJob',
      'Re-plan milestones from the sheets → refreshMilestones',
      'Install reminders → installTriggers',
      '[Help]',
    ]);
    const chinese = await menuFor('zh_TW');
    expect(chinese[0]?.items).toEqual([
      '開啟側邊欄 → openSidebar',
      '建立追蹤表 → setupTracker',
      '立即執行每日檢查 → runDailyJob',
      '依工作表重新排定里程碑 → refreshMilestones',
      '安裝提醒排程 → installTriggers',
      '[說明]',
    ]);
  });

  it('is the same menu when the add-on is installed', async () => {
    expect(await menuFor('fr_FR', 'onInstall')).toEqual(await menuFor('en_GB'));
  });
});
