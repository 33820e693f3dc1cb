import type { Suggestion, TimelineCheck } from '../shared/checks';
import type { FieldProblem } from '../shared/i18n';
import { LANGUAGE_NAMES } from '../shared/messages/sidebar';
import type { PlanResult } from '../shared/plan';
import type { OnboardResult, SidebarContext } from '../shared/rpc';
import { errorText, fill, h, uid } from './dom';
import { shown } from './format';
import {
  anchorLabel,
  type Draft,
  emptyDraft,
  fieldOf,
  inputOf,
  liveInputOf,
  playbookOf,
} from './onboard-form';
import { progressList } from './progress';
import { callServer } from './server';
import { LEVEL_TEXT, language, type TextKey, tr } from './text';

/** How long typing pauses before the dates are checked again. */
const LIVE_DELAY_MS = 300;
const STEPS: TextKey[] = ['stepValidated', 'stepFolder', 'stepDocuments', 'stepTracker', 'stepDone'];

/** One field of the form: its control and the places beside it for errors and checks. */
interface Slot {
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  error: HTMLElement;
  checks: HTMLElement;
  label: string;
}

/** What the onboarding view needs from the sidebar around it. */
export interface OnboardHost {
  context: SidebarContext;
  showClient(id: string): void;
}

// The draft outlives a re-render (a language switch keeps what was typed).
let draft: Draft | undefined;
let busy = false;

/** Renders the Onboard view into `root`. */
export function renderOnboard(root: HTMLElement, host: OnboardHost): void {
  const { context } = host;
  draft ??= emptyDraft(context);
  const state = draft;
  const slots = new Map<string, Slot>();
  const touched = new Set<string>();
  let sequence = 0;
  let timer: number | undefined;

  const generalChecks = h('div', { class: 'checks', 'aria-live': 'polite' });
  const preview = h('div', { class: 'preview card', 'aria-live': 'polite' });
  const message = h('div', { class: 'message', role: 'alert' });
  const steps = h('div', { class: 'steps' });
  const outcome = h('div', { class: 'outcome' });
  const submit = h('button', { type: 'submit', class: 'primary' }, tr('submit'));

  const slot = (
    key: string,
    label: string,
    control: Slot['control'],
    hint?: string,
    required = false,
  ): HTMLElement => {
    const id = uid('f');
    const error = h('p', { class: 'error', id: `${id}-error` });
    const checks = h('div', { class: 'checks', 'aria-live': 'polite', id: `${id}-checks` });
    control.id = id;
    control.name = key;
    const described = [hint ? `${id}-hint` : '', `${id}-error`, `${id}-checks`].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', described);
    if (required) control.setAttribute('aria-required', 'true');
    slots.set(key, { control, error, checks, label });
    control.addEventListener('input', () => {
      write(key, control.value);
      schedule();
    });
    control.addEventListener('change', () => {
      touched.add(key);
      schedule(0);
    });
    return h(
      'div',
      { class: 'field', 'data-field': key },
      h(
        'label',
        { for: id },
        label,
        required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null,
      ),
      control,
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      error,
      checks,
    );
  };

  const write = (key: string, value: string) => {
    if (key.startsWith('dates.')) state.dates[key.slice(6)] = value;
    else (state as unknown as Record<string, string>)[key] = value;
  };
  const read = (key: string): string =>
    key.startsWith('dates.')
      ? (state.dates[key.slice(6)] ?? '')
      : String((state as unknown as Record<string, string>)[key] ?? '');

  const text = (key: string, attrs: Record<string, string> = {}) =>
    h('input', { type: 'text', value: read(key), autocomplete: 'off', ...attrs });
  const select = (key: string, options: [string, string][]) => {
    const el = h('select', {});
    for (const [value, label] of options) el.append(h('option', { value }, label));
    el.value = read(key);
    return el;
  };

  const showProblems = (problems: readonly FieldProblem[], only?: (field: string) => boolean) => {
    for (const [key, s] of slots) {
      if (only && !only(key)) continue;
      s.error.textContent = '';
      s.control.removeAttribute('aria-invalid');
    }
    for (const problem of problems) {
      const key = fieldOf(problem.field);
      const s = slots.get(key);
      if (!s || (only && !only(key))) continue;
      s.error.textContent = s.error.textContent
        ? `${s.error.textContent} ${problem.message}`
        : problem.message;
      s.control.setAttribute('aria-invalid', 'true');
    }
  };

  const apply = (suggestion: Suggestion) => {
    const s = slots.get(suggestion.field);
    write(suggestion.field, suggestion.value);
    if (s) {
      s.control.value = suggestion.value;
      touched.add(suggestion.field);
      s.control.focus();
    }
    schedule(0);
  };

  const suggestionButton = (suggestion: Suggestion, owner: string) => {
    const target = slots.get(suggestion.field)?.label ?? suggestion.field;
    const value = shown(suggestion.value);
    const caption =
      suggestion.field === owner ? tr('use', { value }) : tr('setField', { field: target, value });
    return h(
      'button',
      {
        type: 'button',
        class: 'suggestion',
        'aria-label': `${target}: ${tr('use', { value })}`,
        onClick: () => apply(suggestion),
      },
      caption,
    );
  };

  // A check sits beside the date it is about: a far launch beside the launch, others beside
  // the field their suggestion sets; a check about no one field goes above the dates.
  const ownerOf = (check: TimelineCheck): string | undefined =>
    check.code === 'too-far' ? 'dates.launch' : check.suggestion?.field;

  const showChecks = (checks: readonly TimelineCheck[], stoodIn: Set<string>) => {
    for (const s of slots.values()) s.checks.replaceChildren();
    generalChecks.replaceChildren();
    for (const check of checks) {
      const owner = ownerOf(check);
      if (owner && stoodIn.has(owner)) continue;
      const place = (owner && slots.get(owner)?.checks) || generalChecks;
      const suggestions = [check.suggestion, ...(check.otherSuggestions ?? [])].filter(
        (s): s is Suggestion => s !== undefined,
      );
      place.append(
        h(
          'div',
          { class: `check ${check.severity}` },
          h('p', {}, check.message),
          suggestions.length
            ? h('div', { class: 'suggestions' }, ...suggestions.map((s) => suggestionButton(s, owner ?? '')))
            : null,
        ),
      );
    }
  };

  const showPreview = (result: PlanResult, stoodIn: Set<string>) => {
    if (!result.ok) {
      fill(preview, h('h3', {}, tr('preview')), h('p', { class: 'muted' }, tr('previewEmpty')));
      return;
    }
    const { client, milestones } = result;
    const level = tr(LEVEL_TEXT[client.serviceLevel] ?? 'automatic');
    const first = milestones[0];
    fill(
      preview,
      h('h3', {}, tr('preview')),
      stoodIn.has('targetAmount')
        ? h('p', { class: 'muted' }, tr('previewTierHint'))
        : h(
            'p',
            { class: 'badges' },
            h('span', { class: 'badge tier' }, `${tr('tier')} ${client.tier}`),
            h('span', { class: `badge level-${client.serviceLevel}` }, `${tr('serviceLevel')}: ${level}`),
          ),
      first ? h('p', {}, tr('previewPlan', { count: milestones.length, first: shown(first.dueDate) })) : null,
    );
  };

  const live = async () => {
    const mine = ++sequence;
    const playbook = playbookOf(context, state);
    const { input, stoodIn } = liveInputOf(state, playbook);
    let result: PlanResult;
    try {
      result = await callServer('planClient', input);
    } catch (error) {
      if (mine === sequence) message.textContent = tr('serverError', { error: errorText(error) });
      return;
    }
    if (mine !== sequence || busy) return;
    message.textContent = '';
    showPreview(result, stoodIn);
    showChecks(result.ok ? result.checks : [], stoodIn);
    showProblems(result.ok ? [] : result.problems, (key) => touched.has(key) && !stoodIn.has(key));
  };

  const schedule = (delay = LIVE_DELAY_MS) => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      void live();
    }, delay);
  };

  const finish = (result: Extract<OnboardResult, { ok: true }>) => {
    const done = h(
      'div',
      { class: 'success card', role: 'status', tabindex: '-1' },
      tr('created', { client: state.clientName, count: result.milestones }),
    );
    // The client exists now: a second Create would only ask the server to make it again.
    submit.hidden = true;
    fill(
      outcome,
      done,
      h(
        'ul',
        { class: 'links' },
        h('li', {}, h('a', { href: result.folderUrl, target: '_blank', rel: 'noopener' }, tr('openFolder'))),
        ...result.documents.map((doc) =>
          h('li', {}, h('a', { href: doc.url, target: '_blank', rel: 'noopener' }, doc.name)),
        ),
      ),
      h(
        'div',
        { class: 'actions' },
        h(
          'button',
          { type: 'button', class: 'primary', onClick: () => host.showClient(result.clientId) },
          tr('seeTimeline'),
        ),
        h(
          'button',
          {
            type: 'button',
            onClick: () => {
              draft = emptyDraft(context);
              renderOnboard(root, host);
            },
          },
          tr('another'),
        ),
      ),
    );
    done.focus();
  };

  const run = async () => {
    // A second click while the first is on its way does nothing: the flag, not only the
    // disabled button, guards it (a keyboard Enter can reach a form whose button is disabled).
    if (busy) return;
    busy = true;
    if (timer !== undefined) window.clearTimeout(timer);
    sequence += 1;
    submit.disabled = true;
    submit.textContent = tr('running');
    form.setAttribute('aria-busy', 'true');
    message.textContent = '';
    outcome.replaceChildren();
    const progress = progressList(STEPS);
    fill(steps, progress.element);
    for (const key of slots.keys()) touched.add(key);
    const playbook = playbookOf(context, state);
    const input = inputOf(state, playbook);
    const fail = (text: string, steps: TextKey[]) => {
      for (const step of steps) progress.set(step, 'failed');
      message.textContent = text;
    };
    try {
      progress.set('stepValidated', 'running');
      const planned = await callServer('planClient', input);
      if (!planned.ok) {
        showProblems(planned.problems);
        fail(tr('fixFields'), ['stepValidated']);
        return;
      }
      progress.set('stepValidated', 'done');
      for (const step of ['stepFolder', 'stepDocuments', 'stepTracker'] as const)
        progress.set(step, 'running');
      const result = await callServer('onboardClient', input);
      if (result.ok) {
        progress.set('stepFolder', 'done');
        progress.set('stepDocuments', 'done', String(result.documents.length));
        progress.set('stepTracker', 'done', String(result.milestones));
        progress.set('stepDone', 'done');
        finish(result);
      } else if (result.partial) {
        fail(tr('stoppedHalf', { message: result.message }), ['stepFolder', 'stepDocuments', 'stepTracker']);
      } else {
        showProblems(result.problems);
        progress.set('stepValidated', 'failed');
        fail(tr('fixFields'), ['stepFolder', 'stepDocuments', 'stepTracker']);
      }
    } catch (error) {
      fail(tr('serverError', { error: errorText(error) }), ['stepFolder', 'stepDocuments', 'stepTracker']);
    } finally {
      busy = false;
      submit.disabled = false;
      submit.textContent = tr('submit');
      form.removeAttribute('aria-busy');
    }
  };

  const lang = language();
  const playbook = playbookOf(context, state);
  const levels: [string, string][] = [
    ['', tr('automatic')],
    ...Object.entries(LEVEL_TEXT).map(([value, key]): [string, string] => [value, tr(key)]),
  ];
  const tiers: [string, string][] = [
    ['', tr('automatic')],
    ...['T1', 'T2', 'T3', 'T4'].map((t): [string, string] => [t, t]),
  ];
  const playbookSelect = select(
    'playbook',
    (context.playbooks ?? []).map((p): [string, string] => [p.id, p.name[lang]]),
  );
  // A new playbook asks for other dates: draw the form again with them.
  playbookSelect.addEventListener('change', () => renderOnboard(root, host));

  const dateFields = (playbook?.anchors ?? []).map((anchor) => {
    const hint =
      anchor.kind === 'month' ? tr('monthHint') : anchor.mayBeVague ? tr('vagueHint') : tr('dayHint');
    const input = text(`dates.${anchor.id}`, {
      inputmode: 'numeric',
      placeholder: anchor.kind === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD',
    });
    return slot(`dates.${anchor.id}`, anchorLabel(anchor, lang), input, hint, anchor.required);
  });

  const form = h(
    'form',
    {
      class: 'onboard',
      novalidate: true,
      onSubmit: (event: Event) => {
        event.preventDefault();
        void run();
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, tr('sectionClient')),
      slot(
        'clientName',
        tr('clientName'),
        text('clientName', { autocomplete: 'organization' }),
        undefined,
        true,
      ),
      slot('contactName', tr('contactName'), text('contactName', { autocomplete: 'name' })),
      slot(
        'contactEmail',
        tr('contactEmail'),
        text('contactEmail', { type: 'email', autocomplete: 'email' }),
        undefined,
        true,
      ),
      slot('ccEmails', tr('ccEmails'), text('ccEmails', { type: 'text' }), tr('ccHint')),
      slot(
        'language',
        tr('language'),
        select('language', [
          ['zh-TW', LANGUAGE_NAMES['zh-TW']],
          ['en', LANGUAGE_NAMES.en],
        ]),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, tr('sectionProject')),
      slot('projectName', tr('projectName'), text('projectName'), undefined, true),
      h(
        'div',
        { class: 'row' },
        slot(
          'targetAmount',
          tr('targetAmount'),
          text('targetAmount', { inputmode: 'decimal' }),
          undefined,
          true,
        ),
        slot('currency', tr('currency'), text('currency', { maxlength: '3', class: 'short' })),
      ),
      h(
        'div',
        { class: 'row' },
        slot('tier', tr('tier'), select('tier', tiers)),
        slot('serviceLevel', tr('serviceLevel'), select('serviceLevel', levels)),
      ),
      slot('playbook', tr('playbook'), playbookSelect),
      preview,
    ),
    h('fieldset', { class: 'dates' }, h('legend', {}, tr('sectionDates')), generalChecks, ...dateFields),
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, tr('notes')),
      slot('notes', tr('notes'), h('textarea', { rows: '3' })),
    ),
    message,
    h('div', { class: 'actions' }, submit),
    steps,
    outcome,
  );
  const notes = slots.get('notes')?.control;
  if (notes) notes.value = state.notes;

  fill(root, h('h2', {}, tr('onboardTitle')), h('p', { class: 'intro' }, tr('onboardIntro')), form);
  showPreview({ ok: false, problems: [] }, new Set());
  schedule(0);
}
