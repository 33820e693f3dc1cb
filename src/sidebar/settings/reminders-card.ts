import type { SettingsView } from '../../shared/rpc';
import { h } from '../dom';
import { shownInstant } from '../format';
import { inFlight } from '../in-flight';
import { callServer, serverErrorText } from '../server';
import { tr } from '../text';

/**
 * The reminders card: what is installed, what is wrong with it, the last run, and the two
 * actions. `reload` draws the settings again with a notice; the card stays busy until it has.
 */
export function remindersCard(
  view: SettingsView,
  timeZone: string,
  reload: (notice: string) => Promise<void>,
  notice: string,
): HTMLElement {
  const result = h('p', { role: 'status', class: 'success' }, notice);
  const guard = inFlight();
  const act = (button: HTMLButtonElement, work: () => Promise<string>) =>
    guard.run(async () => {
      button.disabled = true;
      result.className = 'muted';
      result.textContent = tr('loading');
      let done: string;
      try {
        done = await work();
      } catch (error) {
        result.textContent = serverErrorText(error);
        result.className = 'error';
        button.disabled = false;
        return;
      }
      await reload(done);
    });
  const install: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      onClick: () =>
        act(install, async () => {
          const answer = await callServer('installTriggers');
          return answer.ok ? tr('installed') : answer.message;
        }),
    },
    tr('installReminders'),
  );
  const runNow: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      onClick: () =>
        act(runNow, async () => {
          const run = await callServer('runDailyJob');
          if (run.busy || !run.ok) return run.message ?? tr('busyRun');
          const counts = tr('runResult', { sent: run.sent ?? 0, deferred: run.deferred ?? 0 });
          return run.dryRun ? `${counts} ${tr('dryRunNote')}` : counts;
        }),
    },
    tr('runNow'),
  );
  const reminders = view.reminders;
  const hour = reminders?.hour ?? null;
  return h(
    'section',
    { class: 'card' },
    h('h3', {}, tr('reminders')),
    reminders?.installed
      ? h(
          'p',
          { class: 'ok-line' },
          tr('dailyAt', { hour: hour === null ? '—' : `${String(hour).padStart(2, '0')}:00` }),
        )
      : h('p', { class: 'warn-line' }, tr('triggersNone')),
    ...(reminders?.problems ?? []).map((problem) => h('p', { class: 'warn-line' }, problem)),
    h(
      'p',
      { class: 'muted' },
      view.lastDailyRun ? tr('lastRun', { when: shownInstant(view.lastDailyRun, timeZone) }) : tr('neverRun'),
    ),
    h('div', { class: 'actions' }, install, runNow),
    result,
  );
}
