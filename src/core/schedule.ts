import type { NormalizedClient } from '../shared/client';
import type { AnchorDef, AnchorRef, MilestoneRule, Playbook } from '../shared/playbook';
import type { Milestone } from '../shared/schedule';
import { clientDueDay, workCalendar } from './business-days';
import { addDays, addMonths, daysBetween, firstDayOfMonth, isDay, isMonth, laterDay } from './dates';
import { compareText } from './order';
import type { Settings } from './settings';

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
 * Where a plan starts and what it knows of the calendar: `onboardedOn` is the day the client was
 * onboarded (the plan starts on the later of it and the kickoff); the settings give the days off
 * and how compression begins (see {@link fitSchedule}).
 */
export interface PlanStart {
  onboardedOn: string;
  settings: Pick<Settings, 'holidays' | 'compressFromDays'>;
}

/**
 * An anchor's root: the anchor the client's dates pin it to, following defaults derived by days
 * (the copy draft is "launch − 35"), and the days from the root. The floors of a derived default
 * (`notBefore`) are left out: fitting the plan to its start does their work for every milestone.
 */
function anchorRoot(
  playbook: Playbook,
  dates: Readonly<Record<string, string>>,
  id: string,
): { anchor: string; offsetDays: number } {
  let root = { anchor: id, offsetDays: 0 };
  const seen = new Set<string>();
  for (;;) {
    const anchor = playbook.anchors.find((candidate) => candidate.id === root.anchor);
    const fallback = anchor?.default;
    const given = dates[root.anchor];
    if (seen.has(root.anchor) || (given !== undefined && given !== '')) return root;
    if (fallback?.kind !== 'derived' || fallback.months) return root;
    seen.add(root.anchor);
    root = { anchor: fallback.from.anchor, offsetDays: root.offsetDays + fallback.from.offsetDays };
  }
}

/** A planned milestone with what fitting it needs. */
interface Slot {
  milestone: Milestone;
  rule: MilestoneRule;
  /** Its root anchor, the days from it and the day they give (see anchorRoot). */
  root: string;
  offset: number;
  natural: string;
  /** The rule's place in the playbook: the order of work among milestones of one day. */
  order: number;
}

/**
 * The natural schedule: every rule of the client's level due on its anchor's day plus its offset
 * in calendar days, with the day it has counted from its root anchor too. A recurring rule
 * yields `ruleId#1`, `ruleId#2`... every `everyDays` up to and including its `until` day (only
 * the first when `until` is unknown); numbering by occurrence keeps ids stable when an anchor
 * moves. Rules whose anchor is unresolved (see resolveAnchors) are left out.
 */
function naturalSlots(
  client: Pick<NormalizedClient, 'serviceLevel' | 'dates'>,
  playbook: Playbook,
  today: string,
): Slot[] {
  const anchors = resolveAnchors(playbook, client.dates, today);
  const slots: Slot[] = [];
  playbook.rules.forEach((rule, order) => {
    if (!rule.levels.includes(client.serviceLevel)) return;
    const root = anchorRoot(playbook, client.dates, rule.anchor);
    const rootDay = anchors.get(root.anchor);
    const anchorDay = anchors.get(rule.anchor);
    if (rootDay === undefined || anchorDay === undefined) return;
    const offset = root.offsetDays + rule.offsetDays;
    const first = addDays(anchorDay, rule.offsetDays);
    const slot = (id: string, due: string, days: number): Slot => ({
      milestone: milestone(rule, id, due),
      rule,
      root: root.anchor,
      offset: days,
      natural: addDays(rootDay, days),
      order,
    });
    if (!rule.recurrence) {
      slots.push(slot(rule.id, first, offset));
      return;
    }
    const untilBase = anchors.get(rule.recurrence.until.anchor);
    const until = untilBase === undefined ? first : addDays(untilBase, rule.recurrence.until.offsetDays);
    let due = first;
    for (let n = 1; due <= until && n <= MAX_OCCURRENCES; n++) {
      slots.push(slot(`${rule.id}#${n}`, due, offset + (n - 1) * rule.recurrence.everyDays));
      due = addDays(due, rule.recurrence.everyDays);
    }
  });
  return slots;
}

/**
 * Fits a natural schedule to the day the plan starts (`start`), so that a client onboarded late
 * never starts with milestones already overdue:
 * - a recurring occurrence due before `start` is left out (a missed weekly review has nothing to
 *   catch up);
 * - the milestones of one root anchor due before it (`offset < 0`) are compressed when some are
 *   late: their natural days, from the earliest to the day before the anchor, are mapped evenly
 *   onto `start + compressFromDays` .. the day before the anchor, the late ones take their mapped
 *   day, and in the playbook's order of work (natural day, then rule order) no milestone is due
 *   before one that comes earlier (copy draft, then page, then platform review, then launch);
 * - a late milestone that cannot be fitted (its anchor is too close, or it is due on or after an
 *   anchor that already passed) keeps its day and is marked `catchUp` for the CSM;
 * - a day due to the client (audience client or both) falls on a working day: a weekend or a
 *   listed day off moves it to the working day before, never before `start` (then to the first
 *   working day from `start` on). The anchor's own event (offset 0 of a date the client must
 *   give: launch, end, shipping, contract start) stays on its day.
 */
function fitSchedule(
  slots: readonly Slot[],
  playbook: Playbook,
  start: string,
  settings: PlanStart['settings'],
) {
  const calendar = workCalendar(settings.holidays);
  const kept = slots.filter((slot) => !(slot.rule.recurrence && slot.milestone.dueDate < start));
  const groups = new Map<string, Slot[]>();
  for (const slot of kept) {
    if (slot.rule.recurrence || slot.offset >= 0) {
      if (slot.milestone.dueDate < start) slot.milestone.catchUp = true;
      continue;
    }
    const group = groups.get(slot.root) ?? [];
    groups.set(slot.root, group);
    group.push(slot);
  }
  for (const group of groups.values()) compress(group, start, settings.compressFromDays);
  const required = new Set(playbook.anchors.filter((anchor) => anchor.required).map((anchor) => anchor.id));
  for (const { milestone: m, rule } of kept) {
    if (m.catchUp || m.audience === 'csm' || (rule.offsetDays === 0 && required.has(rule.anchor))) continue;
    m.dueDate = clientDueDay(m.dueDate, start, calendar);
  }
  return kept.map((slot) => slot.milestone);
}

/**
 * Compresses the milestones before one root anchor (all `offset < 0`) as fitSchedule says, from
 * the days counted from the root: a derived anchor's floor (copy draft not before kickoff + 5)
 * would put the copy draft after the platform review it must precede.
 */
function compress(group: Slot[], start: string, compressFromDays: number): void {
  if (!group.some((slot) => slot.natural < start)) return;
  group.sort((a, b) => a.offset - b.offset || a.order - b.order);
  for (const slot of group) slot.milestone.dueDate = slot.natural;
  const first = group[0]?.natural ?? start;
  const last = addDays(first, -1 - (group[0]?.offset ?? 0));
  const from = addDays(start, compressFromDays);
  if (from > last) {
    for (const slot of group) if (slot.milestone.dueDate < start) slot.milestone.catchUp = true;
    return;
  }
  const span = daysBetween(first, last);
  const room = daysBetween(from, last);
  let previous = from;
  for (const { milestone: m } of group) {
    if (m.dueDate < start)
      m.dueDate = addDays(from, span === 0 ? 0 : Math.round((daysBetween(first, m.dueDate) * room) / span));
    if (m.dueDate < previous) m.dueDate = previous;
    previous = m.dueDate;
  }
}

/**
 * A client's milestones: the playbook's rules for the client's service level, each due on its
 * anchor's day plus its offset in calendar days (see naturalSlots). With `plan`, the schedule is
 * fitted to the day the plan starts, the later of the onboarding day and the kickoff (see
 * fitSchedule): late milestones compressed or marked for catch-up, client days on working days.
 * Sorted by due day, then id.
 */
export function buildSchedule(
  client: Pick<NormalizedClient, 'serviceLevel' | 'dates'>,
  playbook: Playbook,
  today: string,
  plan?: PlanStart,
): Milestone[] {
  const slots = naturalSlots(client, playbook, today);
  if (!plan) return slots.map((slot) => slot.milestone).sort(compareMilestones);
  const kickoff = playbook.anchors.find((anchor) => anchor.default?.kind === 'today');
  const kickoffDay = kickoff ? resolveAnchors(playbook, client.dates, today).get(kickoff.id) : undefined;
  const start = kickoffDay === undefined ? plan.onboardedOn : laterDay(kickoffDay, plan.onboardedOn);
  return fitSchedule(slots, playbook, start, plan.settings).sort(compareMilestones);
}
