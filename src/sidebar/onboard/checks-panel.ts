import type { Suggestion, TimelineCheck } from '../../shared/checks';
import { h } from '../dom';
import { shown } from '../format';
import { tr } from '../text';
import type { Fields } from './fields';

/** A check and where it goes: beside the field `owner`, or above the dates when there is none. */
interface PlacedCheck {
  check: TimelineCheck;
  owner?: string;
  suggestions: Suggestion[];
}

/**
 * Where each check goes. A check sits beside the date it is about: a far launch beside the
 * launch, others beside the field their suggestion sets; a check about no one field goes above
 * the dates. A check about a field the live plan stood in for is left out: the CSM has not
 * typed that value, so there is nothing to say about it yet.
 */
export function placeChecks(checks: readonly TimelineCheck[], stoodIn: ReadonlySet<string>): PlacedCheck[] {
  return checks.flatMap((check) => {
    const owner = check.code === 'too-far' ? 'dates.launch' : check.suggestion?.field;
    if (owner && stoodIn.has(owner)) return [];
    const suggestions = [check.suggestion, ...(check.otherSuggestions ?? [])].filter(
      (s): s is Suggestion => s !== undefined,
    );
    return [{ check, owner, suggestions }];
  });
}

/**
 * The words of a suggestion's button: "Use …" beside its own field, "Field: …" beside another;
 * its accessible name always names the field it sets (`target`, that field's label).
 */
export function suggestionWords(
  suggestion: Suggestion,
  owner: string | undefined,
  target: string,
): { caption: string; label: string } {
  const value = shown(suggestion.value);
  const use = tr('use', { value });
  return {
    caption: suggestion.field === (owner ?? '') ? use : tr('setField', { field: target, value }),
    label: `${target}: ${use}`,
  };
}

/** The checks of the live plan, drawn beside the fields and above the dates. */
export interface ChecksPanel {
  /** The place above the dates, for checks about no one field. */
  element: HTMLElement;
  show(checks: readonly TimelineCheck[], stoodIn: ReadonlySet<string>): void;
}

/** The checks panel of a drawing of the form; a suggestion's button calls `use` with it. */
export function createChecksPanel(fields: Fields, use: (suggestion: Suggestion) => void): ChecksPanel {
  const element = h('div', { class: 'checks', 'aria-live': 'polite' });
  const button = (suggestion: Suggestion, owner: string | undefined) => {
    const target = fields.slots.get(suggestion.field)?.label ?? suggestion.field;
    const { caption, label } = suggestionWords(suggestion, owner, target);
    return h(
      'button',
      { type: 'button', class: 'suggestion', 'aria-label': label, onClick: () => use(suggestion) },
      caption,
    );
  };
  const show = (checks: readonly TimelineCheck[], stoodIn: ReadonlySet<string>) => {
    for (const slot of fields.slots.values()) slot.checks.replaceChildren();
    element.replaceChildren();
    for (const { check, owner, suggestions } of placeChecks(checks, stoodIn)) {
      const place = (owner && fields.slots.get(owner)?.checks) || element;
      place.append(
        h(
          'div',
          { class: `check ${check.severity}` },
          h('p', {}, check.message),
          suggestions.length
            ? h('div', { class: 'suggestions' }, ...suggestions.map((s) => button(s, owner)))
            : null,
        ),
      );
    }
  };
  return { element, show };
}
