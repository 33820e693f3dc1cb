import type { SettingRow } from '../../shared/rpc';
import { h, idOf } from '../dom';
import { LANGUAGES } from '../languages';
import { callServer, serverErrorText } from '../server';
import { tr } from '../text';

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
    status.say(serverErrorText(error), false);
  }
}

/**
 * One row of the Settings sheet as an editable field, saved on change: a switch for TRUE/FALSE,
 * a list for the language, text otherwise. Labelled with the row's description (what people
 * read in the sheet), the key beside it.
 */
export function settingField(row: SettingRow, label = row.description || row.key): HTMLElement {
  const id = idOf('s', row.key);
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
