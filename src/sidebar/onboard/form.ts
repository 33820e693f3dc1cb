import type { PlaybookChoice, SidebarContext } from '../../shared/rpc';
import { h } from '../dom';
import { LANGUAGES } from '../languages';
import { LEVEL_TEXT, language, type TextKey, tr } from '../text';
import { type Draft, playbookOf } from './draft';
import type { Fields } from './fields';
import type { Submit } from './submit';

/** Labels of the known anchors as the sidebar words them; others take their playbook's label. */
const ANCHOR_TEXT: Readonly<Record<string, TextKey>> = { launch: 'dateLaunch', end: 'dateEnd' };
const TIERS: readonly string[] = ['T1', 'T2', 'T3', 'T4'];

/** The label of an anchor field. */
function anchorLabel(anchor: PlaybookChoice['anchors'][number]): string {
  const key = ANCHOR_TEXT[anchor.id];
  return key ? tr(key) : anchor.label[language()];
}

/** What the form is made of besides its fields. */
interface FormParts {
  context: SidebarContext;
  draft: Draft;
  fields: Fields;
  preview: HTMLElement;
  /** The checks about no one date, above the dates. */
  generalChecks: HTMLElement;
  message: HTMLElement;
  submit: Submit;
  outcome: HTMLElement;
  /** A new playbook asks for other dates: the view draws the form again with them. */
  playbookChanged(): void;
}

/** The date fields the draft's playbook asks for. */
function dateFields(fields: Fields, playbook: PlaybookChoice | undefined): HTMLElement[] {
  return (playbook?.anchors ?? []).map((anchor) => {
    const key = `dates.${anchor.id}`;
    const hint =
      anchor.kind === 'month' ? tr('monthHint') : anchor.mayBeVague ? tr('vagueHint') : tr('dayHint');
    const input = fields.text(key, {
      inputmode: 'numeric',
      placeholder: anchor.kind === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD',
    });
    return fields.field(key, anchorLabel(anchor), input, { hint, required: anchor.required });
  });
}

/** The Onboard form: the client, the project with its preview, the dates, the notes, then Create. */
export function onboardForm(parts: FormParts): HTMLFormElement {
  const { context, fields, submit } = parts;
  const { field, text, select } = fields;
  const automatic: [string, string] = ['', tr('automatic')];
  const levels = [
    automatic,
    ...Object.entries(LEVEL_TEXT).map(([value, key]): [string, string] => [value, tr(key)]),
  ];
  const tiers = [automatic, ...TIERS.map((t): [string, string] => [t, t])];
  const playbook = select(
    'playbook',
    (context.playbooks ?? []).map((p): [string, string] => [p.id, p.name[language()]]),
  );
  playbook.addEventListener('change', () => parts.playbookChanged());
  const required = { required: true };
  return h(
    'form',
    {
      class: 'onboard',
      novalidate: true,
      onSubmit: (event: Event) => {
        event.preventDefault();
        void submit.send();
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, tr('sectionClient')),
      field('clientName', tr('clientName'), text('clientName', { autocomplete: 'organization' }), required),
      field('contactName', tr('contactName'), text('contactName', { autocomplete: 'name' })),
      field(
        'contactEmail',
        tr('contactEmail'),
        text('contactEmail', { type: 'email', autocomplete: 'email' }),
        required,
      ),
      field('ccEmails', tr('ccEmails'), text('ccEmails', { type: 'text' }), { hint: tr('ccHint') }),
      field('language', tr('language'), select('language', LANGUAGES)),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, tr('sectionProject')),
      field('projectName', tr('projectName'), text('projectName'), required),
      h(
        'div',
        { class: 'row' },
        field('targetAmount', tr('targetAmount'), text('targetAmount', { inputmode: 'decimal' }), required),
        field('currency', tr('currency'), text('currency', { maxlength: '3', class: 'short' })),
      ),
      h(
        'div',
        { class: 'row' },
        field('tier', tr('tier'), select('tier', tiers)),
        field('serviceLevel', tr('serviceLevel'), select('serviceLevel', levels)),
      ),
      field('playbook', tr('playbook'), playbook),
      parts.preview,
    ),
    h(
      'fieldset',
      { class: 'dates' },
      h('legend', {}, tr('sectionDates')),
      parts.generalChecks,
      ...dateFields(fields, playbookOf(context, parts.draft)),
    ),
    h(
      'fieldset',
      {},
      h('legend', { class: 'visually-hidden' }, tr('notes')),
      field('notes', tr('notes'), fields.textarea('notes')),
    ),
    parts.message,
    h('div', { class: 'actions' }, submit.button),
    submit.steps,
    parts.outcome,
  );
}
