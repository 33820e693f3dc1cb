import { errorMessage } from '../shared/error-message';
import type { Language } from '../shared/i18n';
import type { SidebarContext } from '../shared/rpc';
import { chooseClient, renderClients } from './client-view';
import { fill, h } from './dom';
import { renderOnboard } from './onboard-view';
import { callServer } from './server';
import { renderSettings } from './settings-view';
import { setLanguage, type TextKey, tr } from './text';

type ViewName = 'onboard' | 'clients' | 'settings';
const VIEWS: [ViewName, TextKey][] = [
  ['onboard', 'tabOnboard'],
  ['clients', 'tabClients'],
  ['settings', 'tabSettings'],
];

let context: SidebarContext;
let active: ViewName = 'onboard';

/** Draws the tab bar: a WAI-ARIA tablist, arrow keys move between tabs, Tab goes into the view. */
function drawTabs(bar: HTMLElement, panel: HTMLElement): void {
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
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? VIEWS.length - 1
          : step
            ? (at + step + VIEWS.length) % VIEWS.length
            : -1;
    if (target < 0) return;
    event.preventDefault();
    const name = VIEWS[target]?.[0];
    if (name) show(name);
    document.getElementById(`tab-${name}`)?.focus();
  };
  panel.setAttribute('aria-labelledby', `tab-${active}`);
}

/** Shows a view (drawing it afresh, so what it shows is the tracker as it is now). */
function show(name: ViewName): void {
  active = name;
  const bar = document.getElementById('tabs');
  const panel = document.getElementById('panel');
  if (!bar || !panel) return;
  drawTabs(bar, panel);
  if (name === 'onboard')
    renderOnboard(panel, {
      context,
      showClient: (id) => {
        chooseClient(id);
        show('clients');
      },
    });
  else if (name === 'clients') void renderClients(panel);
  else void renderSettings(panel, { timeZone: context.timeZone, switchLanguage });
}

function switchLanguage(language: Language): void {
  setLanguage(language);
  show(active);
}

/** Loads the sidebar context, picks the language from the spreadsheet's locale and shows Onboard. */
async function start(): Promise<void> {
  const panel = document.getElementById('panel');
  if (!panel) return;
  try {
    context = await callServer('getSidebarContext');
  } catch (error) {
    fill(panel, h('p', { class: 'error', role: 'alert' }, tr('unreachable', { error: errorMessage(error) })));
    return;
  }
  setLanguage(context.language);
  document.body.dataset.timeZone = context.timeZone;
  show('onboard');
}

void start();
