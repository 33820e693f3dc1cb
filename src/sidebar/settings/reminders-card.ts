import type { SettingsView } from '../../shared/rpc';
import { h } from '../dom';
import { shownInstant } from '../format';
import { inFlight } from '../in-flight';
import { callServer, serverErrorText } from '../server';
import { type TextKey, tr } from '../text';

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
  /** A button that runs `work` and draws the settings again with what it says. */
  const action = (label: TextKey, work: () => Promise<string>) => {
    const button = h('button', { type: 'button' }, tr(label));
    const act = async () => {
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
    };
    button.addEventListener('click', () => void guard.run(act));
    return button;
  };
  const install = action('installReminders', async () => {
    const answer = await callServer('installTriggers');
    return answer.ok ? tr('installed') : answer.message;
  });
  const runNow = action('runNow', async () => {
    const run = await callServer('runDailyJob');
    if (run.busy || !run.ok) return run.message ?? tr('busyRun');
    const counts = tr('runResult', { sent: run.sent ?? 0, deferred: run.deferred ?? 0 });
    return run.dryRun ? `${counts} ${tr('dryRunNote')}` : counts;
  });
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
