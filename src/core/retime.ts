import type { Milestone, Retiming, TrackedMilestone } from '../shared/schedule';
import { compareMilestones } from './schedule';

/**
 * Re-times a client after an anchor moved (or the level or playbook changed): `next` is the
 * schedule built from the new dates. Milestones are matched by id. Open ones take their new due
 * day (listed in `moved` when it changed); done ones stay as they are, even when the new schedule
 * no longer has them (work done is history). Open milestones missing from `next` are `vanished`,
 * new ids `appeared`. Neither input is modified.
 */
export function retime(current: readonly TrackedMilestone[], next: readonly Milestone[]): Retiming {
  const currentById = new Map(current.map((m) => [m.id, m]));
  const nextIds = new Set(next.map((m) => m.id));
  const result: Retiming = { milestones: [], moved: [], appeared: [], vanished: [] };

  for (const planned of next) {
    const existing = currentById.get(planned.id);
    if (existing === undefined) {
      result.appeared.push(planned);
      result.milestones.push({ ...planned, done: false });
    } else if (existing.done) {
      result.milestones.push(existing);
    } else {
      if (existing.dueDate !== planned.dueDate) {
        result.moved.push({ id: planned.id, from: existing.dueDate, to: planned.dueDate });
      }
      result.milestones.push({ ...planned, done: false });
    }
  }
  for (const existing of current) {
    if (nextIds.has(existing.id)) continue;
    if (existing.done) result.milestones.push(existing);
    else result.vanished.push(existing);
  }
  result.milestones.sort(compareMilestones);
  return result;
}
