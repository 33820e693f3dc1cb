import type { OnboardResult } from '../../shared/rpc';
import { fill, h } from '../dom';
import { tr } from '../text';

/** A client made by the server. */
export type Onboarded = Extract<OnboardResult, { ok: true }>;

/** Where the CSM goes from a new client. */
interface OutcomeActions {
  seeTimeline(): void;
  another(): void;
}

/**
 * Shows what onboarding made, in `place`: a note that takes the focus (so a screen reader reads
 * it), links to the folder and each document, and the two ways on.
 */
export function showOutcome(
  place: HTMLElement,
  result: Onboarded,
  clientName: string,
  actions: OutcomeActions,
): void {
  const done = h(
    'div',
    { class: 'success card', role: 'status', tabindex: '-1' },
    tr('created', { client: clientName, count: result.milestones }),
  );
  const link = (href: string, text: string) =>
    h('li', {}, h('a', { href, target: '_blank', rel: 'noopener' }, text));
  fill(
    place,
    done,
    h(
      'ul',
      { class: 'links' },
      link(result.folderUrl, tr('openFolder')),
      ...result.documents.map((doc) => link(doc.url, doc.name)),
    ),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', class: 'primary', onClick: () => actions.seeTimeline() },
        tr('seeTimeline'),
      ),
      h('button', { type: 'button', onClick: () => actions.another() }, tr('another')),
    ),
  );
  done.focus();
}
