import type { FieldProblem, Language, Localized } from '../shared/i18n';
import type { MessageKey } from '../shared/messages';
import { format } from '../shared/messages';
import type { AnchorDef, AnchorRef, Playbook } from '../shared/playbook';
import { SERVICE_LEVELS, WORK_AREAS } from './areas';

/** Ids of playbooks and rules: they end up in keys joined with "|" and "#", so keep them plain. */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ANCHOR_ID_PATTERN = /^[A-Za-z][A-Za-z0-9]*$/;
const AUDIENCES = ['client', 'csm', 'both'];
const AREA_IDS: ReadonlySet<string> = new Set(Object.keys(WORK_AREAS));
const LEVEL_IDS: ReadonlySet<string> = new Set(Object.keys(SERVICE_LEVELS));
/** Offsets beyond ten years are typing mistakes. */
const MAX_OFFSET_DAYS = 3660;

function hasText(text: Localized | undefined): boolean {
  return (
    typeof text?.['zh-TW'] === 'string' &&
    text['zh-TW'].trim() !== '' &&
    typeof text.en === 'string' &&
    text.en.trim() !== ''
  );
}

/** The anchors an anchor's default reads: it can only be resolved after them. */
export function anchorDependencies(anchor: AnchorDef): string[] {
  const d = anchor.default;
  if (d?.kind !== 'derived') return [];
  return d.notBefore ? [d.from.anchor, d.notBefore.anchor] : [d.from.anchor];
}

/** The first dependency cycle among the anchors' defaults, as ids ending where they began. */
function findCycle(anchors: readonly AnchorDef[]): string[] | undefined {
  const byId = new Map(anchors.map((a) => [a.id, a]));
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    const anchor = byId.get(id);
    if (!anchor) return undefined;
    state.set(id, 'visiting');
    path.push(id);
    for (const next of anchorDependencies(anchor)) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const anchor of anchors) {
    const cycle = visit(anchor.id);
    if (cycle) return cycle;
  }
  return undefined;
}

/**
 * Checks a playbook given as data (a team's own, read from the Playbook sheet or a file):
 * ids, unknown anchors, duplicate rule ids, numbers that are not whole or out of range,
 * unknown audiences, areas and levels, cyclic anchor defaults. Returns every problem, told in
 * `language`. Fields are paths into the playbook ("rules[3].offsetDays") passed through
 * `fieldFor`, so a sheet reader can name its own rows and columns instead.
 */
export function validatePlaybook(
  playbook: Playbook,
  language: Language,
  fieldFor: (path: string) => string = (path) => path,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const report = (path: string, key: MessageKey, params: Record<string, string | number> = {}) => {
    const field = fieldFor(path);
    problems.push({ field, message: format(language, key, { field, ...params }) });
  };
  const whole = (field: string, value: number, min = -MAX_OFFSET_DAYS, max = MAX_OFFSET_DAYS) => {
    if (!(Number.isInteger(value) && value >= min && value <= max))
      report(field, 'wholeNumberBetween', { min, max });
  };

  if (!ID_PATTERN.test(playbook.id)) report('id', 'idFormat', { value: playbook.id });
  if (!hasText(playbook.name)) report('name', 'required');

  const anchorIds = new Set<string>();
  const knownAnchor = (field: string, ref: AnchorRef) => {
    if (!anchorIds.has(ref.anchor)) report(`${field}.anchor`, 'unknownAnchor', { value: ref.anchor });
    whole(`${field}.offsetDays`, ref.offsetDays);
  };
  for (const [i, anchor] of playbook.anchors.entries()) {
    // Anchor ids key plain objects (a client's dates), so Object.prototype's names are out.
    if (!ANCHOR_ID_PATTERN.test(anchor.id) || anchor.id in Object.prototype)
      report(`anchors[${i}].id`, 'idFormat', { value: anchor.id });
    else if (anchorIds.has(anchor.id)) report(`anchors[${i}].id`, 'duplicateId', { value: anchor.id });
    anchorIds.add(anchor.id);
  }
  for (const [i, anchor] of playbook.anchors.entries()) {
    const field = `anchors[${i}]`;
    if (anchor.kind !== 'day' && anchor.kind !== 'month') {
      report(`${field}.kind`, 'unknownValue', { value: String(anchor.kind), expected: 'day, month' });
    }
    if (!hasText(anchor.label)) report(`${field}.label`, 'required');
    if (anchor.notBefore !== undefined && !anchorIds.has(anchor.notBefore)) {
      report(`${field}.notBefore`, 'unknownAnchor', { value: anchor.notBefore });
    }
    const d = anchor.default;
    if (d?.kind === 'derived') {
      knownAnchor(`${field}.default.from`, d.from);
      if (d.notBefore) knownAnchor(`${field}.default.notBefore`, d.notBefore);
      if (d.months !== undefined) whole(`${field}.default.months`, d.months, -120, 120);
    }
  }
  const cycle = findCycle(playbook.anchors);
  if (cycle) report('anchors', 'anchorCycle', { value: cycle.join(' → ') });

  const ruleIds = new Set<string>();
  for (const [i, rule] of playbook.rules.entries()) {
    const field = `rules[${i}]`;
    if (!ID_PATTERN.test(rule.id)) report(`${field}.id`, 'idFormat', { value: rule.id });
    else if (ruleIds.has(rule.id)) report(`${field}.id`, 'duplicateId', { value: rule.id });
    ruleIds.add(rule.id);
    if (!hasText(rule.title)) report(`${field}.title`, 'required');
    knownAnchor(field, { anchor: rule.anchor, offsetDays: rule.offsetDays });
    if (!AUDIENCES.includes(rule.audience)) {
      report(`${field}.audience`, 'unknownValue', {
        value: String(rule.audience),
        expected: AUDIENCES.join(', '),
      });
    }
    for (const area of rule.areas) {
      if (!AREA_IDS.has(area)) {
        report(`${field}.areas`, 'unknownValue', {
          value: area,
          expected: Object.keys(WORK_AREAS).join(', '),
        });
      }
    }
    if (rule.levels.length === 0) report(`${field}.levels`, 'noLevels');
    for (const level of rule.levels) {
      if (!LEVEL_IDS.has(level)) {
        report(`${field}.levels`, 'unknownValue', {
          value: level,
          expected: Object.keys(SERVICE_LEVELS).join(', '),
        });
      }
    }
    whole(`${field}.reminderLeadDays`, rule.reminderLeadDays, 0, 365);
    if (rule.recurrence) {
      whole(`${field}.recurrence.everyDays`, rule.recurrence.everyDays, 1, 366);
      knownAnchor(`${field}.recurrence.until`, rule.recurrence.until);
    }
    if (rule.reminder !== undefined && !hasText(rule.reminder)) report(`${field}.reminder`, 'required');
  }
  return problems;
}
