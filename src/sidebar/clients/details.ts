import type { ClientView } from '../../shared/rpc';
import { h } from '../dom';
import { shown } from '../format';
import { LEVEL_TEXT, type TextKey, tr } from '../text';
import { retimeBox } from './retime-box';
import { STATUS_TEXT, timelinePicture } from './timeline';

const HEALTH: Readonly<Record<string, TextKey>> = {
  'on-track': 'healthOnTrack',
  attention: 'healthAttention',
  'at-risk': 'healthAtRisk',
};
/** How many open milestones the view lists. */
const NEXT_COUNT = 5;

/** The colours of the timeline picture, in words. */
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

/** The details of one client: timeline picture, next milestones, links, and the date changer. */
export function clientDetails(
  view: Extract<ClientView, { ok: true }>,
  reload: (notice: string) => void,
): HTMLElement {
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
