import { errorMessage } from '../shared/error-message';
import type { Language } from '../shared/i18n';
import type { SidebarContext } from '../shared/rpc';
import { createClientsView } from './clients/view';
import { fill, h } from './dom';
import { createOnboardView } from './onboard/view';
import { callServer } from './server';
import { renderSettings } from './settings/view';
import { drawTabs, type ViewName } from './tabs';
import { setLanguage, tr } from './text';

/**
 * The sidebar around its views, once the context is known: the views are made once (they keep
 * what was typed and chosen), and `show` draws one afresh, so what it shows is the tracker as it
 * is now.
 */
function sidebar(context: SidebarContext, bar: HTMLElement, panel: HTMLElement): (name: ViewName) => void {
  let active: ViewName = 'onboard';
  const clients = createClientsView();
  const onboard = createOnboardView({
    context,
    showClient: (id) => {
      clients.choose(id);
      show('clients');
    },
  });
  const switchLanguage = (language: Language) => {
    setLanguage(language);
    show(active);
  };
  const show = (name: ViewName) => {
    active = name;
    drawTabs(bar, panel, active, show);
    if (name === 'onboard') onboard.render(panel);
    else if (name === 'clients') void clients.render(panel);
    else void renderSettings(panel, { timeZone: context.timeZone, switchLanguage });
  };
  return show;
}

/** Loads the sidebar context, picks the language from the spreadsheet's locale and shows Onboard. */
async function start(): Promise<void> {
  const bar = document.getElementById('tabs');
  const panel = document.getElementById('panel');
  if (!bar || !panel) return;
  let context: SidebarContext;
  try {
    context = await callServer('getSidebarContext');
  } catch (error) {
    fill(panel, h('p', { class: 'error', role: 'alert' }, tr('unreachable', { error: errorMessage(error) })));
    return;
  }
  setLanguage(context.language);
  document.body.dataset.timeZone = context.timeZone;
  sidebar(context, bar, panel)('onboard');
}

void start();
