import type { NormalizedClient } from '../shared/client';
import type { AnchorDef, AnchorRef, MilestoneRule, Playbook } from '../shared/playbook';
import type { Milestone } from '../shared/schedule';
import { addDays, addMonths, firstDayOfMonth, isDay, isMonth, laterDay } from './dates';
import { compareText } from './order';

/** A guard against a mistyped `until` (every day for ten years): occurrences stop here. */
const MAX_OCCURRENCES = 200;

/**
 * The day of every anchor of `playbook` that can be known, by anchor id:
 * - a day given in `dates` is taken as is; a month anchor ("YYYY-MM") is the first day of that
 *   month;
 * - a value that is not a day (a vague "2027-Q2" while planning) leaves the anchor unresolved,
 *   and with it every anchor derived from it: guessing a day would plan on a date nobody chose;
 * - an absent anchor takes its default: `today` (the onboarding day: an absent prepStart) or a
 *   day derived from another anchor (survey: 4 weeks before launch, not before kickoff + 7;
 *   renewal: contractStart + 12 months); absent without default, it stays unresolved.
 */
export function resolveAnchors(
  playbook: Playbook,
  dates: Readonly<Record<string, string>>,
  today: string,
): ReadonlyMap<string, string> {
  const resolved = new Map<string, string>();
  const byId = new Map(playbook.anchors.map((anchor) => [anchor.id, anchor]));
  const visiting = new Set<string>();

  const resolve = (id: string): string | undefined => {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const anchor = byId.get(id);
    // Unknown or cyclic (validatePlaybook reports both): unresolved rather than a loop.
    if (!anchor || visiting.has(id)) return undefined;
    visiting.add(id);
    const day = dayOf(anchor);
    visiting.delete(id);
    if (day !== undefined) resolved.set(id, day);
    return day;
  };
  const refDay = (ref: AnchorRef, months = 0): string | undefined => {
    const base = resolve(ref.anchor);
    return base === undefined ? undefined : addDays(addMonths(base, months), ref.offsetDays);
  };
  const dayOf = (anchor: AnchorDef): string | undefined => {
    const given = dates[anchor.id];
    if (given !== undefined && given !== '') {
      if (anchor.kind === 'month') return isMonth(given) ? firstDayOfMonth(given) : undefined;
      return isDay(given) ? given : undefined;
    }
    const fallback = anchor.default;
    if (fallback === undefined) return undefined;
    if (fallback.kind === 'today') return today;
    const derived = refDay(fallback.from, fallback.months);
    const floor = fallback.notBefore ? refDay(fallback.notBefore) : undefined;
    return derived !== undefined && floor !== undefined ? laterDay(derived, floor) : derived;
  };

  for (const anchor of playbook.anchors) resolve(anchor.id);
  return resolved;
}

function milestone(rule: MilestoneRule, id: string, dueDate: string): Milestone {
  const item: Milestone = {
    id,
    ruleId: rule.id,
    title: rule.title,
    dueDate,
    audience: rule.audience,
    areas: rule.areas,
    reminderLeadDays: rule.reminderLeadDays,
  };
  if (rule.reminder) item.reminder = rule.reminder;
  return item;
}

/** Orders milestones by due day, then id. */
export function compareMilestones(
  a: Pick<Milestone, 'dueDate' | 'id'>,
  b: Pick<Milestone, 'dueDate' | 'id'>,
): number {
  return compareText(a.dueDate, b.dueDate) || compareText(a.id, b.id);
}

/**
 * A client's milestones: the playbook's rules for the client's service level, each due on its
 * anchor's day plus its offset in calendar days. A recurring rule yields `ruleId#1`, `ruleId#2`...
 * every `everyDays` up to and including its `until` day (only the first when `until` is
 * unknown); numbering by occurrence keeps ids stable when an anchor moves. Rules whose anchor is
 * unresolved (see resolveAnchors) are left out. Sorted by due day, then id.
 */
export function buildSchedule(
  client: Pick<NormalizedClient, 'serviceLevel' | 'dates'>,
  playbook: Playbook,
  today: string,
): Milestone[] {
  const anchors = resolveAnchors(playbook, client.dates, today);
  const dayAt = (ref: AnchorRef): string | undefined => {
    const base = anchors.get(ref.anchor);
    return base === undefined ? undefined : addDays(base, ref.offsetDays);
  };
  const milestones: Milestone[] = [];
  for (const rule of playbook.rules) {
    if (!rule.levels.includes(client.serviceLevel)) continue;
    const first = dayAt(rule);
    if (first === undefined) continue;
    if (!rule.recurrence) {
      milestones.push(milestone(rule, rule.id, first));
      continue;
    }
    const until = dayAt(rule.recurrence.until) ?? first;
    let due = first;
    for (let n = 1; due <= until && n <= MAX_OCCURRENCES; n++) {
      milestones.push(milestone(rule, `${rule.id}#${n}`, due));
      due = addDays(due, rule.recurrence.everyDays);
    }
  }
  return milestones.sort(compareMilestones);
}
