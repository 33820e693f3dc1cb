import { callServer } from './server';

const TEXT = {
  en: { ready: (tz: string) => `Ready. Dates are in ${tz}.`, failed: 'Could not reach the tracker: ' },
  'zh-TW': { ready: (tz: string) => `已就緒。日期以 ${tz} 時區顯示。`, failed: '無法連線到追蹤表：' },
};

/** Loads the sidebar context and says so; later views build on it. */
async function start(): Promise<void> {
  const status = document.getElementById('status');
  if (!status) return;
  try {
    const context = await callServer('getSidebarContext');
    document.documentElement.lang = context.language === 'zh-TW' ? 'zh-Hant-TW' : 'en';
    status.textContent = TEXT[context.language].ready(context.timeZone);
  } catch (error) {
    status.textContent = TEXT.en.failed + String((error as Error).message ?? error);
  }
}

void start();
