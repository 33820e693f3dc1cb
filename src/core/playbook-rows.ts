import type { ServiceLevel } from '../shared/client';
import type { FieldProblem, Language } from '../shared/i18n';
import { format } from '../shared/messages';
import type {
  AnchorDef,
  AnchorRef,
  MilestoneRule,
  Playbook,
  PlaybookRow,
  WorkAreaId,
} from '../shared/playbook';
import { anchorDependencies, validatePlaybook } from './playbook-validation';
import { ANCHOR_CATALOG, BUILT_IN_PLAYBOOKS } from './playbooks';

/** The headers of the tracker's Playbook sheet, in order. One row is one rule. */
export const PLAYBOOK_COLUMNS = [
  'playbook',
  'ruleId',
  'titleZh',
  'titleEn',
  'anchor',
  'offsetDays',
  'audience',
  'areas',
  'levels',
  'leadDays',
  'everyDays',
  'until',
  'reminderZh',
  'reminderEn',
] as const;

/** A header of the Playbook sheet. */
export type Column = (typeof PLAYBOOK_COLUMNS)[number];

/** Reminder lead when the leadDays cell is empty. */
const DEFAULT_LEAD_DAYS = 3;
const ALL_LEVELS: ServiceLevel[] = ['advanced', 'basic', 'simple'];
const ANCHOR_OFFSET = /^([A-Za-z][A-Za-z0-9]*)\s*(?:([+-])\s*(\d+))?$/;

/** Where a rule's properties live on the sheet, to name the cell in a problem. */
const COLUMN_OF_PROPERTY: Readonly<Record<string, Column>> = {
  id: 'ruleId',
  title: 'titleZh',
  anchor: 'anchor',
  offsetDays: 'offsetDays',
  audience: 'audience',
  areas: 'areas',
  levels: 'levels',
  reminderLeadDays: 'leadDays',
  'recurrence.everyDays': 'everyDays',
  'recurrence.until.anchor': 'until',
  'recurrence.until.offsetDays': 'until',
  reminder: 'reminderZh',
};

function formatAnchorRef(ref: AnchorRef): string {
  return `${ref.anchor}${ref.offsetDays < 0 ? '-' : '+'}${Math.abs(ref.offsetDays)}`;
}

/** Writes a playbook's rules as sheet rows (lists comma-separated, `until` as "end-1"). */
export function playbookToRows(playbook: Playbook): PlaybookRow[] {
  return playbook.rules.map((rule) => {
    const row: Record<Column, string | number> = {
      playbook: playbook.id,
      ruleId: rule.id,
      titleZh: rule.title['zh-TW'],
      titleEn: rule.title.en,
      anchor: rule.anchor,
      offsetDays: rule.offsetDays,
      audience: rule.audience,
      areas: rule.areas.join(', '),
      levels: rule.levels.join(', '),
      leadDays: rule.reminderLeadDays,
      everyDays: rule.recurrence ? rule.recurrence.everyDays : '',
      until: rule.recurrence ? formatAnchorRef(rule.recurrence.until) : '',
      reminderZh: rule.reminder ? rule.reminder['zh-TW'] : '',
      reminderEn: rule.reminder ? rule.reminder.en : '',
    };
    return row;
  });
}

function cell(row: PlaybookRow, column: Column): string {
  const value = row[column];
  return value === undefined ? '' : String(value).trim();
}

/** A number cell; empty gives `fallback`, anything unreadable NaN (validation names it). */
function numberCell(row: PlaybookRow, column: Column, fallback: number): number {
  const text = cell(row, column);
  return text === '' ? fallback : Number(text);
}

function listCell(row: PlaybookRow, column: Column): string[] {
  return cell(row, column)
    .split(/[,，、\s]+/)
    .filter((item) => item !== '');
}

/** The anchors a set of rules needs: those they name, and those their defaults and order read. */
function anchorsFor(rules: readonly MilestoneRule[]): AnchorDef[] {
  const needed = new Set<string>();
  const add = (id: string) => {
    const anchor = ANCHOR_CATALOG.get(id);
    if (!anchor || needed.has(id)) return;
    needed.add(id);
    for (const dependency of anchorDependencies(anchor)) add(dependency);
    if (anchor.notBefore) add(anchor.notBefore);
  };
  for (const rule of rules) {
    add(rule.anchor);
    if (rule.recurrence) add(rule.recurrence.until.anchor);
  }
  // Keep the catalog's order (kickoff first, shipping last) rather than the order of discovery.
  return [...ANCHOR_CATALOG.values()].filter((anchor) => needed.has(anchor.id));
}

/**
 * Reads the Playbook sheet: rows grouped by their `playbook` cell into playbooks, each checked
 * with validatePlaybook. Blank rows are skipped; an empty `levels` cell means every level, an
 * empty `leadDays` cell 3 days, a title given in one language only serves both. A playbook named
 * like a built-in takes the built-in's name and anchors (teams edit the seeded rows); any other
 * takes its anchors from the catalog. Problems name cells with `cellName` (by default
 * `rows[i].column`, i the index in `rows`). A playbook with any problem, even in one row, is
 * left out of `playbooks` and listed in `refused`: using its other rows would drop that rule's
 * milestones from every client at the next re-plan, and a built-in in its place would undo the
 * team's edits, so it waits until the cell is fixed.
 */
export function playbooksFromRows(
  rows: readonly PlaybookRow[],
  language: Language,
  cellName: (index: number, column: Column) => string = (index, column) => `rows[${index}].${column}`,
): { playbooks: Playbook[]; problems: FieldProblem[]; refused: string[] } {
  const problems: FieldProblem[] = [];
  const refused = new Set<string>();
  const groups = new Map<string, { rules: MilestoneRule[]; rowIndexes: number[] }>();

  for (const [index, row] of rows.entries()) {
    if (PLAYBOOK_COLUMNS.every((column) => cell(row, column) === '')) continue;
    const rowProblems: FieldProblem[] = [];
    const report = (column: Column, key: 'required' | 'anchorOffsetFormat', value = '') => {
      const field = cellName(index, column);
      rowProblems.push({ field, message: format(language, key, { field, value }) });
    };
    const playbookId = cell(row, 'playbook');
    if (playbookId === '') report('playbook', 'required');
    if (cell(row, 'offsetDays') === '') report('offsetDays', 'required');
    const titleZh = cell(row, 'titleZh') || cell(row, 'titleEn');
    const titleEn = cell(row, 'titleEn') || titleZh;
    const reminderZh = cell(row, 'reminderZh') || cell(row, 'reminderEn');
    const reminderEn = cell(row, 'reminderEn') || reminderZh;
    const everyDaysText = cell(row, 'everyDays');
    let recurrence: MilestoneRule['recurrence'];
    if (everyDaysText !== '') {
      const until = ANCHOR_OFFSET.exec(cell(row, 'until'));
      if (until?.[1] === undefined) report('until', 'anchorOffsetFormat', cell(row, 'until'));
      else {
        const offset = Number(until[3] ?? 0) * (until[2] === '-' ? -1 : 1);
        recurrence = { everyDays: Number(everyDaysText), until: { anchor: until[1], offsetDays: offset } };
      }
    }
    problems.push(...rowProblems);
    if (rowProblems.length > 0) {
      refused.add(playbookId);
      continue;
    }

    const levels = listCell(row, 'levels');
    const rule: MilestoneRule = {
      id: cell(row, 'ruleId'),
      title: { 'zh-TW': titleZh, en: titleEn },
      anchor: cell(row, 'anchor'),
      offsetDays: numberCell(row, 'offsetDays', Number.NaN),
      // Checked by validatePlaybook, which names any value that is not one of these.
      audience: cell(row, 'audience') as MilestoneRule['audience'],
      areas: listCell(row, 'areas') as WorkAreaId[],
      levels: levels.length > 0 ? (levels as ServiceLevel[]) : ALL_LEVELS,
      reminderLeadDays: numberCell(row, 'leadDays', DEFAULT_LEAD_DAYS),
    };
    if (recurrence) rule.recurrence = recurrence;
    if (reminderZh !== '') rule.reminder = { 'zh-TW': reminderZh, en: reminderEn };
    const group = groups.get(playbookId) ?? { rules: [], rowIndexes: [] };
    group.rules.push(rule);
    group.rowIndexes.push(index);
    groups.set(playbookId, group);
  }

  const checked: Playbook[] = [];
  for (const [id, group] of groups) {
    const builtIn = BUILT_IN_PLAYBOOKS.find((playbook) => playbook.id === id);
    const playbook: Playbook = {
      id,
      name: builtIn ? builtIn.name : { 'zh-TW': id, en: id },
      anchors: builtIn ? builtIn.anchors : anchorsFor(group.rules),
      rules: group.rules,
    };
    const firstRow = group.rowIndexes[0] ?? 0;
    const found = validatePlaybook(playbook, language, (path) => {
      const match = /^rules\[(\d+)\]\.(.+)$/.exec(path);
      const column = match?.[2] === undefined ? undefined : COLUMN_OF_PROPERTY[match[2]];
      if (match === null || column === undefined) return cellName(firstRow, 'playbook');
      return cellName(group.rowIndexes[Number(match[1])] ?? firstRow, column);
    });
    problems.push(...found);
    if (found.length > 0) refused.add(id);
    checked.push(playbook);
  }
  const playbooks = checked.filter((playbook) => !refused.has(playbook.id));
  return { playbooks, problems, refused: [...refused].filter((id) => id !== '') };
}
