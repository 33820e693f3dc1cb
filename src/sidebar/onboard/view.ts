import type { Suggestion } from '../../shared/checks';
import type { SidebarContext } from '../../shared/rpc';
import { fill, h } from '../dom';
import { inFlight } from '../in-flight';
import { tr } from '../text';
import { createChecksPanel } from './checks-panel';
import { emptyDraft } from './draft';
import { createFields } from './fields';
import { onboardForm } from './form';
import { createLiveCheck } from './live';
import { showOutcome } from './outcome';
import { createPreview, previewText } from './preview';
import { createSubmit } from './submit';

/** What the onboarding view needs from the sidebar around it. */
interface OnboardHost {
  context: SidebarContext;
  showClient(id: string): void;
}

/** The Onboard view; `render` draws it afresh into a panel. */
interface OnboardView {
  render(root: HTMLElement): void;
}

/**
 * The Onboard view of one sidebar. The draft and the send guard live here, not in a drawing:
 * a language switch or a new playbook draws the form again and keeps what was typed, and a
 * form drawn again while Create is on its way cannot send a second time.
 */
export function createOnboardView(host: OnboardHost): OnboardView {
  const { context } = host;
  let draft = emptyDraft(context);
  const guard = inFlight();

  const render = (root: HTMLElement) => {
    const state = draft;
    const message = h('div', { class: 'message', role: 'alert' });
    const outcome = h('div', { class: 'outcome' });
    const fields = createFields(state, (delay) => live.schedule(delay));
    const use = (suggestion: Suggestion) => {
      fields.use(suggestion.field, suggestion.value);
      live.schedule(0);
    };
    const checks = createChecksPanel(fields, use);
    const preview = createPreview();
    const live = createLiveCheck({
      context,
      draft: state,
      fields,
      checks,
      preview,
      message,
      sending: () => guard.busy,
    });
    const submit = createSubmit({
      context,
      draft: state,
      fields,
      live,
      guard,
      message,
      outcome,
      created: (result) =>
        showOutcome(outcome, result, state.clientName, {
          seeTimeline: () => host.showClient(result.clientId),
          another: () => {
            draft = emptyDraft(context);
            render(root);
          },
        }),
    });
    const form = onboardForm({
      context,
      draft: state,
      fields,
      preview: preview.element,
      generalChecks: checks.element,
      message,
      submit,
      outcome,
      playbookChanged: () => render(root),
    });
    fill(root, h('h2', {}, tr('onboardTitle')), h('p', { class: 'intro' }, tr('onboardIntro')), form);
    preview.show(previewText({ ok: false, problems: [] }, new Set()));
    live.schedule(0);
  };
  return { render };
}
