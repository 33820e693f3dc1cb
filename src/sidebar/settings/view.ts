import type { Language } from '../../shared/i18n';
import { fill, h, idOf } from '../dom';
import { LANGUAGES } from '../languages';
import { callServer, serverErrorText } from '../server';
import { language, tr } from '../text';
import { diagnosticsCard } from './diagnostics-card';
import { remindersCard } from './reminders-card';
import { settingField } from './setting-field';

/** What the settings view needs from the sidebar around it. */
interface SettingsHost {
  /** The spreadsheet's time zone: times are shown in it. */
  timeZone: string;
  switchLanguage(language: Language): void;
}

/** The sidebar-language switch: it changes this sidebar only, not the Settings sheet. */
function languageSwitch(host: SettingsHost): HTMLElement {
  const name = 'sidebar-language';
  return h(
    'fieldset',
    { class: 'card segmented' },
    h('legend', {}, tr('sidebarLanguage')),
    ...LANGUAGES.map(([value, label]) => {
      const id = idOf('lang', value);
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
        remindersCard(view, host.timeZone, load, notice),
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
      fill(body, h('p', { class: 'error', role: 'alert' }, serverErrorText(error)));
    }
  };
  await load();
}
