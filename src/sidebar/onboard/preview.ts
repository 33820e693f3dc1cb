import type { PlanResult } from '../../shared/plan';
import { fill, h } from '../dom';
import { shown } from '../format';
import { LEVEL_TEXT, tr } from '../text';

/** What the preview card says under its title. */
export interface PreviewText {
  /** Said instead of the badges: nothing planned yet, or the amount the tier waits for. */
  note?: string;
  badges?: { tier: string; level: string; serviceLevel: string };
  /** The plan in brief: how many milestones, and the first one's day. */
  plan?: string;
}

/**
 * The preview's words for a live plan. `stoodIn` names the fields the plan had to stand in for:
 * a tier made from a stood-in amount would be a guess, so the preview asks for the amount.
 */
export function previewText(result: PlanResult, stoodIn: ReadonlySet<string>): PreviewText {
  if (!result.ok) return { note: tr('previewEmpty') };
  const { client, milestones } = result;
  const first = milestones[0];
  const plan = first
    ? tr('previewPlan', { count: milestones.length, first: shown(first.dueDate) })
    : undefined;
  if (stoodIn.has('targetAmount')) return { note: tr('previewTierHint'), plan };
  const level = tr(LEVEL_TEXT[client.serviceLevel] ?? 'automatic');
  const badges = {
    tier: `${tr('tier')} ${client.tier}`,
    level: `${tr('serviceLevel')}: ${level}`,
    serviceLevel: client.serviceLevel,
  };
  return { badges, plan };
}

/** The preview card beside the project fields, announced politely as it changes. */
export function createPreview(): { element: HTMLElement; show(text: PreviewText): void } {
  const element = h('div', { class: 'preview card', 'aria-live': 'polite' });
  const show = ({ note, badges, plan }: PreviewText) =>
    fill(
      element,
      h('h3', {}, tr('preview')),
      note !== undefined ? h('p', { class: 'muted' }, note) : null,
      badges
        ? h(
            'p',
            { class: 'badges' },
            h('span', { class: 'badge tier' }, badges.tier),
            h('span', { class: `badge level-${badges.serviceLevel}` }, badges.level),
          )
        : null,
      plan ? h('p', {}, plan) : null,
    );
  return { element, show };
}
