import type { Language } from '../../shared/i18n';
import { WORDS } from '../../shared/messages/words';
import { CLIENT_STATUSES, type Labelled, MILESTONE_STATUSES } from './labels';
import type { SheetDef } from './schema';

/** How a new tracker sheet is dressed: what a CSM sees the first time it opens. */
export interface SheetFormat {
  /** Columns kept as plain text (`@`), so a typed `=...` never becomes a formula. */
  textKeys: string[];
  /** Date columns and their number format. */
  dateKeys: string[];
  dateFormat: string;
  dateTimeKeys: string[];
  dateTimeFormat: string;
  checkboxKeys: string[];
  dropdowns: Array<{ key: string; values: string[] }>;
  /** Rows coloured by the text of one column, or (`texts` empty) by its checkbox being ticked. */
  colours: Array<{ key: string; texts: string[]; background: string; fontColor: string }>;
  /** Id columns: editing them breaks links between sheets, so Sheets asks first. */
  protectedKeys: string[];
  /** Column widths in pixels, so dates, titles and addresses show whole (Sheets' default is 100). */
  widths: Record<string, number>;
}

/** Widths by column key where the kind alone would be wrong: long text, short codes. */
const WIDE: Readonly<Record<string, number>> = {
  clientName: 170,
  projectName: 190,
  title: 280,
  contactEmail: 210,
  ccEmails: 210,
  folderUrl: 220,
  notes: 300,
  note: 260,
  reminder: 300,
  detail: 420,
  description: 420,
  sentLog: 220,
  areas: 170,
  titleZh: 260,
  titleEn: 260,
  reminderZh: 300,
  reminderEn: 300,
};
const NARROW = new Set(['language', 'currency', 'tier', 'done', 'offsetDays', 'leadDays', 'everyDays']);

/** A column's width: its own, or one for its kind (a date in zh-TW, 2027年3月2日, needs 120). */
function widthOf(key: string, kind: string): number {
  if (WIDE[key] !== undefined) return WIDE[key];
  if (NARROW.has(key)) return 80;
  if (kind === 'date') return 120;
  if (kind === 'datetime') return 140;
  return 110;
}

const both = <C extends string>(item: Labelled<C>) => [item.en, item.zh];

const STATUS_COLOURS: Record<string, { background: string; fontColor: string }> = {
  'due-soon': { background: '#fef7e0', fontColor: '#7a4f01' },
  overdue: { background: '#fce8e6', fontColor: '#a50e0e' },
  done: { background: '#e6f4ea', fontColor: '#137333' },
  // Late before onboarding, the CSM's to catch up: apart from overdue, which is the client's miss.
  'catch-up': { background: '#f3e8fd', fontColor: '#681da8' },
  partial: { background: '#fef7e0', fontColor: '#7a4f01' },
};

/** The formatting of a tracker sheet in a language. */
export function sheetFormat(def: SheetDef, language: Language): SheetFormat {
  const keysOf = (kind: string) =>
    def.columns.filter((column) => (column.kind ?? 'text') === kind).map((c) => c.key);
  const pick = <C extends string>(list: Labelled<C>[]) =>
    list.map((item) => (language === 'zh-TW' ? item.zh : item.en));
  const statuses =
    def.key === 'milestones' ? MILESTONE_STATUSES : def.key === 'clients' ? CLIENT_STATUSES : [];
  const dropdowns: SheetFormat['dropdowns'] = [];
  if (statuses.length) dropdowns.push({ key: 'status', values: pick(statuses as Labelled<string>[]) });
  if (def.key === 'clients') {
    dropdowns.push({ key: 'tier', values: ['T1', 'T2', 'T3', 'T4'] });
    dropdowns.push({ key: 'serviceLevel', values: ['advanced', 'basic', 'simple'] });
    dropdowns.push({ key: 'language', values: ['zh-TW', 'en'] });
  }
  const colours: SheetFormat['colours'] = (statuses as Labelled<string>[])
    .filter((item) => STATUS_COLOURS[item.code])
    .map((item) => ({
      key: 'status',
      texts: both(item),
      ...(STATUS_COLOURS[item.code] as (typeof STATUS_COLOURS)[string]),
    }));
  // A ticked Done box colours its row at once, before the next run rewrites the status.
  for (const key of keysOf('checkbox')) {
    colours.push({ key, texts: [], ...(STATUS_COLOURS.done as (typeof STATUS_COLOURS)[string]) });
  }
  return {
    textKeys: keysOf('text').filter((key) => !dropdowns.some((d) => d.key === key)),
    dateKeys: keysOf('date'),
    dateFormat: WORDS.sheetDay[language],
    dateTimeKeys: keysOf('datetime'),
    dateTimeFormat: 'yyyy-mm-dd hh:mm',
    checkboxKeys: keysOf('checkbox'),
    dropdowns,
    colours,
    protectedKeys: def.columns
      .filter((c) => c.key === 'id' || c.key === 'clientId' || c.key === 'milestoneId')
      .map((c) => c.key),
    widths: Object.fromEntries(def.columns.map((c) => [c.key, widthOf(c.key, c.kind ?? 'text')])),
  };
}

/**
 * The part of a format that concerns some columns only: what setup applies to columns it adds
 * to a sheet that already exists (sheet-wide rules of other columns are already there).
 */
export function formatForKeys(format: SheetFormat, keys: readonly string[]): SheetFormat {
  const only = (list: string[]) => list.filter((key) => keys.includes(key));
  return {
    ...format,
    textKeys: only(format.textKeys),
    dateKeys: only(format.dateKeys),
    dateTimeKeys: only(format.dateTimeKeys),
    checkboxKeys: only(format.checkboxKeys),
    dropdowns: format.dropdowns.filter((d) => keys.includes(d.key)),
    colours: format.colours.filter((c) => keys.includes(c.key)),
    protectedKeys: only(format.protectedKeys),
    widths: Object.fromEntries(Object.entries(format.widths).filter(([key]) => keys.includes(key))),
  };
}
