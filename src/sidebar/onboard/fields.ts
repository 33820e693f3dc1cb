import type { FieldProblem } from '../../shared/i18n';
import { h, idOf } from '../dom';
import { type Draft, fieldOf, readField, writeField } from './draft';

/** A control of the form. */
type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** One field of the form: its control and the places beside it for errors and checks. */
interface Slot {
  control: Control;
  error: HTMLElement;
  checks: HTMLElement;
  label: string;
}

/** What a field says besides its label. */
interface FieldOptions {
  hint?: string;
  required?: boolean;
}

/**
 * The fields of one drawing of the form, bound to the draft: typing writes the draft and asks
 * for a live check (after a pause), leaving a field marks it touched and asks for one at once.
 */
export interface Fields {
  /** The fields drawn so far, by key. */
  readonly slots: ReadonlyMap<string, Slot>;
  /** A labelled field around `control`, with its hint, its error line and its checks. */
  field(key: string, label: string, control: Control, options?: FieldOptions): HTMLElement;
  /** A text box holding the draft's value. */
  text(key: string, attrs?: Readonly<Record<string, string>>): HTMLInputElement;
  /** A list of `[value, label]` options, the draft's value chosen. */
  select(key: string, options: readonly (readonly [string, string])[]): HTMLSelectElement;
  /** A text area holding the draft's value. */
  textarea(key: string): HTMLTextAreaElement;
  /** Sets a field as a suggestion does: into the draft and the control, touched, focused. */
  use(key: string, value: string): void;
  /** Marks every field touched: a sent form shows the problems of all of them. */
  touchAll(): void;
  /** Has the field been left or set since the form was drawn? */
  touched(key: string): boolean;
  /**
   * Shows each problem beside its field, after clearing the fields `only` picks (all when it is
   * left out); a problem of a field `only` does not pick is not shown.
   */
  showProblems(problems: readonly FieldProblem[], only?: (key: string) => boolean): void;
}

/** The fields of a new drawing of the form; `check(delay)` asks for a live check. */
export function createFields(draft: Draft, check: (delay?: number) => void): Fields {
  const slots = new Map<string, Slot>();
  const touched = new Set<string>();

  const field = (key: string, label: string, control: Control, options: FieldOptions = {}) => {
    const { hint, required = false } = options;
    const id = idOf('f', key);
    const error = h('p', { class: 'error', id: `${id}-error` });
    const checks = h('div', { class: 'checks', 'aria-live': 'polite', id: `${id}-checks` });
    control.id = id;
    control.name = key;
    const described = [hint ? `${id}-hint` : '', `${id}-error`, `${id}-checks`].filter(Boolean).join(' ');
    control.setAttribute('aria-describedby', described);
    if (required) control.setAttribute('aria-required', 'true');
    slots.set(key, { control, error, checks, label });
    control.addEventListener('input', () => {
      writeField(draft, key, control.value);
      check();
    });
    control.addEventListener('change', () => {
      touched.add(key);
      check(0);
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

  return {
    slots,
    field,
    text: (key, attrs = {}) =>
      h('input', { type: 'text', value: readField(draft, key), autocomplete: 'off', ...attrs }),
    select: (key, options) => {
      const el = h('select', {}, ...options.map(([value, label]) => h('option', { value }, label)));
      el.value = readField(draft, key);
      return el;
    },
    textarea: (key) => {
      const el = h('textarea', { rows: '3' });
      el.value = readField(draft, key);
      return el;
    },
    use: (key, value) => {
      writeField(draft, key, value);
      const slot = slots.get(key);
      if (!slot) return;
      slot.control.value = value;
      touched.add(key);
      slot.control.focus();
    },
    touchAll: () => {
      for (const key of slots.keys()) touched.add(key);
    },
    touched: (key) => touched.has(key),
    showProblems: (problems, only) => {
      for (const [key, slot] of slots) {
        if (only && !only(key)) continue;
        slot.error.textContent = '';
        slot.control.removeAttribute('aria-invalid');
      }
      for (const problem of problems) {
        const key = fieldOf(problem.field);
        const slot = slots.get(key);
        if (!slot || (only && !only(key))) continue;
        slot.error.textContent = slot.error.textContent
          ? `${slot.error.textContent} ${problem.message}`
          : problem.message;
        slot.control.setAttribute('aria-invalid', 'true');
      }
    },
  };
}
