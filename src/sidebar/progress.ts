import { fill, h } from './dom';
import { type TextKey, tr } from './text';

/** Where a step stands. */
type StepState = 'pending' | 'running' | 'done' | 'failed';

/** A list of named steps whose states change as a long server call goes on. */
export interface Progress {
  element: HTMLElement;
  set(step: TextKey, state: StepState, detail?: string): void;
}

const MARK: Record<StepState, string> = { pending: '○', running: '◔', done: '✓', failed: '✕' };

/** A progress list of `steps`, all pending; announced politely to screen readers as they change. */
export function progressList(steps: readonly TextKey[]): Progress {
  const items = new Map<TextKey, HTMLLIElement>();
  const list = h('ol', { class: 'progress', 'aria-label': tr('progress'), 'aria-live': 'polite' });
  const set = (step: TextKey, state: StepState, detail?: string) => {
    const item = items.get(step);
    if (!item) return;
    item.className = `step ${state}`;
    fill(
      item,
      h('span', { class: 'mark', 'aria-hidden': 'true' }, MARK[state]),
      h('span', {}, tr(step)),
      detail ? h('span', { class: 'detail' }, detail) : null,
    );
    if (state === 'running') item.setAttribute('aria-current', 'step');
    else item.removeAttribute('aria-current');
  };
  for (const step of steps) {
    const item = h('li');
    items.set(step, item);
    list.append(item);
    set(step, 'pending');
  }
  return { element: list, set };
}
