import { h } from './dom';
import { type TextKey, tr } from './text';

/** The views of the sidebar, in the order of their tabs. */
export type ViewName = 'onboard' | 'clients' | 'settings';

/** Each view and the words of its tab. */
const VIEWS: readonly (readonly [ViewName, TextKey])[] = [
  ['onboard', 'tabOnboard'],
  ['clients', 'tabClients'],
  ['settings', 'tabSettings'],
];

/**
 * The tab a key moves to from tab `at` of `count` (WAI-ARIA tabs: the arrows step round, Home
 * and End go to the ends), or -1 when the key is not one of those.
 */
export function tabAfterKey(key: string, at: number, count: number): number {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : 0;
  return step ? (at + step + count) % count : -1;
}

/**
 * Draws the tab bar with `active` chosen: a WAI-ARIA tablist, arrow keys move between tabs, Tab
 * goes into the view. `show` is called with the view a tab asks for.
 */
export function drawTabs(
  bar: HTMLElement,
  panel: HTMLElement,
  active: ViewName,
  show: (name: ViewName) => void,
): void {
  const tabs = VIEWS.map(([name, key]) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${name}`,
        'aria-controls': 'panel',
        'aria-selected': String(name === active),
        tabindex: name === active ? '0' : '-1',
        onClick: () => show(name),
      },
      tr(key),
    ),
  );
  bar.setAttribute('aria-label', tr('views'));
  bar.replaceChildren(...tabs);
  bar.onkeydown = (event: KeyboardEvent) => {
    const focused = VIEWS.findIndex(([name]) => document.activeElement?.id === `tab-${name}`);
    const at = focused < 0 ? VIEWS.findIndex(([name]) => name === active) : focused;
    const target = tabAfterKey(event.key, at, VIEWS.length);
    if (target < 0) return;
    event.preventDefault();
    const name = VIEWS[target]?.[0];
    if (name) show(name);
    document.getElementById(`tab-${name}`)?.focus();
  };
  panel.setAttribute('aria-labelledby', `tab-${active}`);
}
