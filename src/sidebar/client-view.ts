import type { ClientSummary, ClientView, RetimeResult } from '../shared/rpc';
import { errorText, fill, h, uid } from './dom';
import { shown } from './format';
import { callServer } from './server';
import { LEVEL_TEXT, type TextKey, tr } from './text';
import { STATUS_TEXT, timelinePicture } from './timeline';

const HEALTH: Record<string, TextKey> = {
  'on-track': 'healthOnTrack',
  attention: 'healthAttention',
  'at-risk': 'healthAtRisk',
};
/** How many open milestones the view lists. */
const NEXT_COUNT = 5;

// The chosen client outlives a re-render (a language switch keeps the view where it was).
let chosen = '';

/** Chooses the client the view shows next time it is drawn. */
export function chooseClient(id: string): void {
  chosen = id;
}

function legend(): HTMLElement {
  return h(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    ...['upcoming', 'due-soon', 'overdue', 'done', 'catch-up'].map((status) =>
      h('li', {}, h('span', { class: `swatch ${status}` }), tr(STATUS_TEXT[status] ?? 'statusUpcoming')),
    ),
    h('li', {}, h('span', { class: 'swatch today' }), tr('today')),
  );
}

/** The list of what moves, appears and vanishes with new dates. */
function changes(result: RetimeResult): HTMLElement {
  const moved = result.moved ?? [];
  const appeared = result.appeared ?? [];
  const vanished = result.vanished ?? [];
  if (!moved.length && !appeared.length && !vanished.length) return h('p', {}, tr('nothingMoves'));
  return h(
    'div',
    { class: 'changes' },
    moved.length ? h('p', {}, tr('wouldMove', { count: moved.length })) : null,
    moved.length
      ? h(
          'ul',
          {},
          ...moved.map((m) =>
            h(
              'li',
              {},
              h('span', {}, m.title ?? m.id),
              h('span', { class: 'move' }, `${shown(m.from)} → ${shown(m.to)}`),
            ),
          ),
        )
      : null,
    appeared.length ? h('p', {}, tr('wouldAppear')) : null,
    appeared.length ? h('ul', {}, ...appeared.map((m) => h('li', {}, m.title ?? m.id))) : null,
    vanished.length ? h('p', {}, tr('wouldVanish')) : null,
    vanished.length ? h('ul', {}, ...vanished.map((m) => h('li', {}, m.title ?? m.id))) : null,
  );
}

/** The "change dates" box: preview what would move, then confirm. */
function retimeBox(client: ClientSummary, reload: (notice: string) => void): HTMLElement {
  const inputs = {
    launch: h('input', {
      type: 'text',
      value: client.launch,
      inputmode: 'numeric',
      placeholder: 'YYYY-MM-DD',
    }),
    end: h('input', { type: 'text', value: client.end, inputmode: 'numeric', placeholder: 'YYYY-MM-DD' }),
    shipping: h('input', {
      type: 'text',
      value: client.shipping,
      inputmode: 'numeric',
      placeholder: 'YYYY-MM',
    }),
  };
  const labels: Record<keyof typeof inputs, TextKey> = {
    launch: 'dateLaunch',
    end: 'dateEnd',
    shipping: 'anchorShipping',
  };
  const result = h('div', { 'aria-live': 'polite' });
  const confirm = h('button', { type: 'button', class: 'primary', hidden: true }, tr('confirmChanges'));
  let busy = false;
  const changed = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [key, input] of Object.entries(inputs)) {
      const before = client[key as keyof typeof inputs];
      if (input.value.trim() !== before) out[key] = input.value.trim();
    }
    return out;
  };
  const call = async (name: 'previewRetime' | 'retimeClient') => {
    if (busy) return;
    busy = true;
    try {
      const answer = await callServer(name, client.id, changed());
      if (!answer.ok) {
        confirm.hidden = true;
        fill(
          result,
          h(
            'p',
            { class: 'error', role: 'alert' },
            answer.message ?? (answer.problems ?? []).map((p) => p.message).join(' '),
          ),
        );
      } else if (name === 'previewRetime') {
        fill(result, changes(answer));
        confirm.hidden = !(answer.moved?.length || answer.appeared?.length || answer.vanished?.length);
      } else {
        reload(tr('retimed', { count: answer.moved?.length ?? 0 }));
      }
    } catch (error) {
      fill(result, h('p', { class: 'error', role: 'alert' }, tr('serverError', { error: errorText(error) })));
    } finally {
      busy = false;
    }
  };
  confirm.addEventListener('click', () => void call('retimeClient'));
  for (const input of Object.values(inputs)) input.addEventListener('input', () => (confirm.hidden = true));
  return h(
    'details',
    { class: 'retime card' },
    h('summary', {}, tr('changeDates')),
    h('p', { class: 'muted' }, tr('changeIntro')),
    ...Object.entries(inputs).map(([key, input]) => {
      const id = uid('r');
      input.id = id;
      return h(
        'div',
        { class: 'field' },
        h('label', { for: id }, tr(labels[key as keyof typeof inputs])),
        input,
      );
    }),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onClick: () => void call('previewRetime') }, tr('previewChanges')),
      confirm,
    ),
    result,
  );
}

/** The details of one client: timeline picture, next milestones, links, and the date changer. */
function details(view: Extract<ClientView, { ok: true }>, reload: (notice: string) => void): HTMLElement {
  const { client, milestones, today, health } = view;
  const open = milestones.filter((m) => !m.done);
  const next = open.slice(0, NEXT_COUNT);
  const level = tr(LEVEL_TEXT[client.serviceLevel] ?? 'automatic');
  return h(
    'div',
    { class: 'client' },
    h(
      'div',
      { class: 'card head' },
      h('h3', {}, client.clientName),
      h('p', { class: 'muted' }, client.projectName),
      h(
        'p',
        { class: 'badges' },
        h('span', { class: 'badge tier' }, `${tr('tier')} ${client.tier}`),
        h('span', { class: `badge level-${client.serviceLevel}` }, level),
        h(
          'span',
          { class: `badge health ${health}` },
          `${tr('health')}: ${tr(HEALTH[health] ?? 'healthOnTrack')}`,
        ),
      ),
    ),
    h('figure', { class: 'card picture' }, timelinePicture(client, milestones, today), legend()),
    h(
      'section',
      { class: 'card' },
      h('h3', {}, tr('nextMilestones')),
      next.length
        ? h(
            'ol',
            { class: 'next' },
            ...next.map((m) =>
              h(
                'li',
                { class: m.status },
                h('span', { class: `swatch ${m.status}`, 'aria-hidden': 'true' }),
                h('span', { class: 'title' }, m.title),
                h(
                  'span',
                  { class: 'when' },
                  `${tr('dueOn', { day: shown(m.due) })} · ${tr(STATUS_TEXT[m.status] ?? 'statusUpcoming')}`,
                ),
              ),
            ),
          )
        : h('p', {}, tr('nothingOpen')),
    ),
    client.folderUrl
      ? h(
          'section',
          { class: 'card' },
          h('h3', {}, tr('links')),
          h('a', { href: client.folderUrl, target: '_blank', rel: 'noopener' }, tr('folder')),
        )
      : null,
    retimeBox(client, reload),
  );
}

/** Renders the Clients view into `root`: a picker, then the chosen client's timeline. */
export async function renderClients(root: HTMLElement): Promise<void> {
  const body = h('div', { 'aria-live': 'polite' }, h('p', { class: 'muted' }, tr('loading')));
  const notice = h('p', { class: 'success', role: 'status' });
  const pickId = uid('pick');
  const picker = h('select', { id: pickId });
  fill(
    root,
    h('h2', {}, tr('clientsTitle')),
    h('div', { class: 'field' }, h('label', { for: pickId }, tr('pickClient')), picker),
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
      if (view.ok)
        fill(
          body,
          details(view, (text) => void show(id, text)),
        );
      else fill(body, h('p', { class: 'error', role: 'alert' }, view.message));
    } catch (error) {
      fill(body, h('p', { class: 'error', role: 'alert' }, tr('serverError', { error: errorText(error) })));
    }
  };
  let clients: ClientSummary[];
  try {
    clients = await callServer('listClients');
  } catch (error) {
    fill(body, h('p', { class: 'error', role: 'alert' }, tr('serverError', { error: errorText(error) })));
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
}
