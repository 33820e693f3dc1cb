import { LANGUAGE_NAMES } from '../shared/messages/sidebar';
import type { RpcLanguage, SettingRow, SettingsView } from '../shared/rpc';
import { errorText, fill, h, uid } from './dom';
import { shownInstant } from './format';
import { callServer } from './server';
import { language, tr } from './text';

/** What the settings view needs from the sidebar around it. */
export interface SettingsHost {
  /** The spreadsheet's time zone: times are shown in it. */
  timeZone: string;
  switchLanguage(language: RpcLanguage): void;
}

const LANGUAGES: [RpcLanguage, string][] = [
  ['zh-TW', LANGUAGE_NAMES['zh-TW']],
  ['en', LANGUAGE_NAMES.en],
];
const BOOLEAN = /^(true|false)$/i;

/** A saved/failed line beside a control, announced to screen readers. */
function statusLine(): { element: HTMLElement; say(text: string, ok: boolean): void } {
  const element = h('p', { class: 'save-status', role: 'status' });
  return {
    element,
    say(text, ok) {
      element.textContent = text;
      element.className = `save-status ${ok ? 'success' : 'error'}`;
    },
  };
}

/** Saves one setting and says how it went. */
async function save(key: string, value: string, status: ReturnType<typeof statusLine>): Promise<void> {
  try {
    const result = await callServer('updateSetting', key, value);
    status.say(result.ok ? tr('saved') : result.message, result.ok);
  } catch (error) {
    status.say(tr('serverError', { error: errorText(error) }), false);
  }
}

/**
 * One row of the Settings sheet as an editable field, saved on change: a switch for TRUE/FALSE,
 * a list for the language, text otherwise. Labelled with the row's description (what people
 * read in the sheet), the key beside it.
 */
function settingField(row: SettingRow, label = row.description || row.key): HTMLElement {
  const id = uid('s');
  const status = statusLine();
  const key = h('p', { class: 'hint key', id: `${id}-key` }, row.key);
  let control: HTMLInputElement | HTMLSelectElement;
  if (BOOLEAN.test(row.value)) {
    control = h('input', { type: 'checkbox', role: 'switch' });
    control.checked = /^true$/i.test(row.value);
    control.addEventListener('change', () =>
      save(row.key, (control as HTMLInputElement).checked ? 'TRUE' : 'FALSE', status),
    );
  } else if (row.key === 'language') {
    control = h('select', {}, ...LANGUAGES.map(([value, text]) => h('option', { value }, text)));
    control.value = row.value;
    control.addEventListener('change', () => save(row.key, control.value, status));
  } else {
    control = h('input', { type: 'text', value: row.value, autocomplete: 'off' });
    control.addEventListener('change', () => save(row.key, control.value, status));
  }
  control.id = id;
  control.setAttribute('aria-describedby', `${id}-key`);
  const isSwitch = control instanceof HTMLInputElement && control.type === 'checkbox';
  return h(
    'div',
    { class: isSwitch ? 'field switch' : 'field' },
    isSwitch ? control : null,
    h('label', { for: id }, label),
    isSwitch ? null : control,
    key,
    status.element,
  );
}

/** The reminders card: what is installed, what is wrong with it, the last run, and the two actions. */
function remindersCard(
  view: SettingsView,
  timeZone: string,
  reload: (notice: string) => void,
  notice: string,
): HTMLElement {
  const result = h('p', { role: 'status', class: 'success' }, notice);
  let busy = false;
  const act = async (button: HTMLButtonElement, work: () => Promise<string>) => {
    if (busy) return;
    busy = true;
    button.disabled = true;
    result.className = 'muted';
    result.textContent = tr('loading');
    try {
      reload(await work());
    } catch (error) {
      result.textContent = tr('serverError', { error: errorText(error) });
      result.className = 'error';
      busy = false;
      button.disabled = false;
    }
  };
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

const CHECK_CLASS = { pass: 'ok-line', warn: 'warn-line', fail: 'error' } as const;
const CHECK_MARK = { pass: '✓', warn: '!', fail: '✗' } as const;

/** The diagnostics card: runs the checks and lists what is not as expected, with the fix. */
function diagnosticsCard(): HTMLElement {
  const output = h('div', { role: 'status' });
  let busy = false;
  const run: HTMLButtonElement = h(
    'button',
    {
      type: 'button',
      onClick: async () => {
        if (busy) return;
        busy = true;
        run.disabled = true;
        fill(output, h('p', { class: 'muted' }, tr('loading')));
        try {
          const report = await callServer('runDiagnostics');
          fill(
            output,
            h('p', { class: report.ok ? 'ok-line' : 'error' }, tr('diagnosticsResult', report.counts)),
            h(
              'ul',
              { class: 'checks' },
              ...report.checks.map((check) =>
                h(
                  'li',
                  { class: CHECK_CLASS[check.status] },
                  `${CHECK_MARK[check.status]} ${check.message}`,
                  check.fix ? h('span', { class: 'check-fix' }, check.fix) : null,
                ),
              ),
            ),
          );
        } catch (error) {
          fill(output, h('p', { class: 'error' }, tr('serverError', { error: errorText(error) })));
        } finally {
          busy = false;
          run.disabled = false;
        }
      },
    },
    tr('runDiagnostics'),
  );
  return h(
    'section',
    { class: 'card' },
    h('h3', {}, tr('diagnostics')),
    h('p', { class: 'muted' }, tr('diagnosticsIntro')),
    h('div', { class: 'actions' }, run),
    output,
  );
}

/** The sidebar-language switch: it changes this sidebar only, not the Settings sheet. */
function languageSwitch(host: SettingsHost): HTMLElement {
  const name = uid('lang');
  return h(
    'fieldset',
    { class: 'card segmented' },
    h('legend', {}, tr('sidebarLanguage')),
    ...LANGUAGES.map(([value, label]) => {
      const id = uid('lang');
      const radio = h('input', { type: 'radio', name, id, value, checked: value === language() });
      radio.addEventListener('change', () => host.switchLanguage(value));
      return h('label', { for: id }, radio, h('span', {}, label));
    }),
  );
}

/** Renders the Settings view into `root`. */
export async function renderSettings(root: HTMLElement, host: SettingsHost): Promise<void> {
  const body = h('div', {}, h('p', { class: 'muted' }, tr('loading')));
  fill(root, h('h2', {}, tr('settingsTitle')), languageSwitch(host), body);
  const load = async (notice = '') => {
    try {
      const view = await callServer('getSettingsView');
      const dryRun = view.settings.find((row) => row.key === 'dryRun');
      const others = view.settings.filter((row) => row.key !== 'dryRun');
      fill(
        body,
        remindersCard(view, host.timeZone, (text) => void load(text), notice),
        dryRun ? h('section', { class: 'card' }, settingField(dryRun, tr('dryRun'))) : null,
        others.length
          ? h(
              'details',
              { class: 'card' },
              h('summary', {}, tr('allSettings')),
              ...others.map((row) => settingField(row)),
            )
          : h('p', { class: 'card' }, tr('noSettings')),
        diagnosticsCard(),
      );
    } catch (error) {
      fill(body, h('p', { class: 'error', role: 'alert' }, tr('serverError', { error: errorText(error) })));
    }
  };
  await load();
}
