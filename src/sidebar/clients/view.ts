import type { ClientSummary } from '../../shared/rpc';
import { fill, h } from '../dom';
import { callServer, serverErrorText } from '../server';
import { tr } from '../text';
import { clientDetails } from './details';

/** The Clients view: `choose` picks the client it shows next, `render` draws it afresh into a panel. */
interface ClientsView {
  choose(id: string): void;
  render(root: HTMLElement): Promise<void>;
}

/** The error line of a failed call, read out at once. */
function alertLine(text: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, text);
}

/**
 * The Clients view of one sidebar: a picker, then the chosen client's timeline. The chosen
 * client lives here, so a language switch draws the view again where it was.
 */
export function createClientsView(): ClientsView {
  let chosen = '';

  const render = async (root: HTMLElement) => {
    const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, tr('loading')));
    const notice = h('p', { class: 'success', role: 'status' });
    const picker = h('select', { id: 'pick-client' });
    fill(
      root,
      h('h2', {}, tr('clientsTitle')),
      h('div', { class: 'field' }, h('label', { for: picker.id }, tr('pickClient')), picker),
      notice,
      body,
    );
    const show = async (id: string, message = '') => {
      chosen = id;
      notice.textContent = message;
      if (!id) {
        body.replaceChildren();
        return;
      }
      fill(body, h('p', { class: 'muted' }, tr('loading')));
      try {
        const view = await callServer('getClientView', id);
        fill(body, view.ok ? clientDetails(view, (text) => void show(id, text)) : alertLine(view.message));
      } catch (error) {
        fill(body, alertLine(serverErrorText(error)));
      }
    };
    let clients: ClientSummary[];
    try {
      clients = await callServer('listClients');
    } catch (error) {
      fill(body, alertLine(serverErrorText(error)));
      return;
    }
    if (!clients.length) {
      picker.disabled = true;
      fill(body, h('p', {}, tr('noClients')));
      return;
    }
    picker.append(
      h('option', { value: '' }, tr('pickPrompt')),
      ...clients.map((c) => h('option', { value: c.id }, `${c.clientName} — ${c.projectName}`)),
    );
    picker.addEventListener('change', () => void show(picker.value));
    const start = clients.some((c) => c.id === chosen) ? chosen : '';
    picker.value = start;
    await show(start);
  };

  return {
    choose: (id) => {
      chosen = id;
    },
    render,
  };
}
