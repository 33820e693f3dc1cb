import type { ClientSummary, RetimeResult } from '../../shared/rpc';
import { fill, h, idOf } from '../dom';
import { shown } from '../format';
import { inFlight } from '../in-flight';
import { callServer, serverErrorText } from '../server';
import { type TextKey, tr } from '../text';

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

/** The dates the box changes: the client's field, its label, and how a value is typed. */
const DATES: readonly (readonly ['launch' | 'end' | 'shipping', TextKey, string])[] = [
  ['launch', 'dateLaunch', 'YYYY-MM-DD'],
  ['end', 'dateEnd', 'YYYY-MM-DD'],
  ['shipping', 'anchorShipping', 'YYYY-MM'],
];

/** Why the server refused new dates, as one line. */
function refusal(answer: RetimeResult): string {
  return answer.message ?? (answer.problems ?? []).map((p) => p.message).join(' ');
}

/** The "change dates" box: preview what would move, then confirm; `reload` draws the client again. */
export function retimeBox(client: ClientSummary, reload: (notice: string) => void): HTMLElement {
  const inputs = DATES.map(([key, label, placeholder]) => ({
    key,
    label,
    input: h('input', {
      type: 'text',
      id: idOf('r', key),
      value: client[key],
      inputmode: 'numeric',
      placeholder,
    }),
  }));
  const result = h('div', { 'aria-live': 'polite' });
  const confirm = h('button', { type: 'button', class: 'primary', hidden: true }, tr('confirmChanges'));
  const guard = inFlight();
  const changed = (): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const { key, input } of inputs)
      if (input.value.trim() !== client[key]) out[key] = input.value.trim();
    return out;
  };
  const call = (name: 'previewRetime' | 'retimeClient') =>
    guard.run(async () => {
      try {
        const answer = await callServer(name, client.id, changed());
        if (!answer.ok) {
          confirm.hidden = true;
          fill(result, h('p', { class: 'error', role: 'alert' }, refusal(answer)));
        } else if (name === 'previewRetime') {
          fill(result, changes(answer));
          confirm.hidden = !(answer.moved?.length || answer.appeared?.length || answer.vanished?.length);
        } else {
          reload(tr('retimed', { count: answer.moved?.length ?? 0 }));
        }
      } catch (error) {
        fill(result, h('p', { class: 'error', role: 'alert' }, serverErrorText(error)));
      }
    });
  confirm.addEventListener('click', () => void call('retimeClient'));
  for (const { input } of inputs) input.addEventListener('input', () => (confirm.hidden = true));
  return h(
    'details',
    { class: 'retime card' },
    h('summary', {}, tr('changeDates')),
    h('p', { class: 'muted' }, tr('changeIntro')),
    ...inputs.map(({ input, label }) =>
      h('div', { class: 'field' }, h('label', { for: input.id }, tr(label)), input),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', onClick: () => void call('previewRetime') }, tr('previewChanges')),
      confirm,
    ),
    result,
  );
}
