import type { DayClient, DayMilestone } from '../../core/daily';
import { isEmailAddress } from '../../core/email';
import {
  formatMarks,
  type MarkState,
  parseMarks,
  type ReminderMark,
  withMark,
} from '../../core/reminder-marks';
import { CLIENT_STATUSES, codeOf, labelOf, MILESTONE_STATUSES } from '../../core/tracker/labels';
import { CLIENTS_SHEET, headerLabel, MILESTONES_SHEET } from '../../core/tracker/schema';
import { dayOfCell } from '../../gas/dates';
import { addHeaders, type CellValue, cell, readTable, type Table, updateCells } from '../../gas/table';
import type { Language, Localized } from '../../shared/i18n';
import { MILESTONE_HEADERS } from '../../shared/messages/tracker';
import type { Audience, MilestoneRule, Playbook } from '../../shared/playbook';
import type { Health, MilestoneStatus, ReminderKind } from '../../shared/schedule';
import { ambiguousClients } from '../tracker/clients';
import type { RunLog } from '../tracker/log';

/** Lead days of a milestone whose rule is not in any playbook (a row a person added). */
const DEFAULT_LEAD_DAYS = 3;
/** Bad rows logged one by one per run; more are summed up in one line, so a broken import cannot flood the Log. */
const BAD_ROWS_LOGGED = 20;

/** A client row with what its mail needs. */
export interface MailClient extends DayClient {
  projectName: string;
  contactName: string;
  language: Language;
  to: string;
  cc: string[];
  /** Why its mail cannot go out ('' when it can). */
  addressProblem: string;
}

/** A milestone row with what its mail needs, beside what planning needs. */
export interface MailMilestone extends DayMilestone {
  /** Its index in the Milestones table's rows. */
  row: number;
  titles: Localized;
  prepares: Localized;
}

const text = (value: CellValue): string => String(value ?? '').trim();

/**
 * The Milestones table with its sent-log column: a tracker set up before the column existed
 * gets its header (setup would add it too, but the job must not wait for a rerun of setup).
 */
function withSentLog(table: Table, language: Language): Table {
  if (table.index.sentLog !== undefined) return table;
  const column = MILESTONES_SHEET.columns.find((candidate) => candidate.key === 'sentLog');
  const header = column ? headerLabel(column, language) : MILESTONE_HEADERS.sentLog[language];
  const index = addHeaders(table, [{ key: 'sentLog', header }]);
  for (const row of table.rows) row.push('');
  return { ...table, index, width: table.width + 1 };
}

/** Cells of one column keyed by row, for `updateCells`: only the rows whose value changes. */
function columnChanges(
  table: Table,
  key: string,
  values: ReadonlyMap<number, CellValue>,
): Map<number, Record<string, CellValue>> {
  const changes = new Map<number, Record<string, CellValue>>();
  for (const [row, value] of values) {
    if (cell(table, table.rows[row] ?? [], key) !== value) changes.set(row, { [key]: value });
  }
  return changes;
}
const AUDIENCES: readonly Audience[] = ['client', 'csm', 'both'];

/**
 * The tracker as the daily job reads it: the Clients and Milestones sheets, each read once, and
 * the few columns it writes back (status, sent log, health), each written once.
 */
export class DailyTracker {
  readonly clients: MailClient[] = [];
  readonly milestones: MailMilestone[] = [];
  /** Rows skipped for bad data, as Log lines. */
  readonly badRows: string[] = [];
  private readonly byId = new Map<string, MailMilestone>();
  /** Rows whose sent log this run changed, with the new text. */
  private readonly changedMarks = new Map<number, CellValue>();
  private readonly language: Language;
  private readonly clientTable: Table;
  private readonly milestoneTable: Table;
  /** Client ids on more than one Clients row: neither client, nor their milestones, is touched. */
  private readonly ambiguous: ReadonlySet<string>;

  /** Reads both sheets; adds the sent-log column to a tracker made before it existed. */
  constructor(language: Language, timeZone: string, playbooks: readonly Playbook[]) {
    this.language = language;
    this.clientTable = readTable(CLIENTS_SHEET);
    const ambiguous = ambiguousClients(this.clientTable, language);
    this.ambiguous = ambiguous.ids;
    this.badRows.push(...ambiguous.problems.map((problem) => problem.message));
    this.milestoneTable = withSentLog(readTable(MILESTONES_SHEET), language);
    this.readClients();
    this.readMilestones(timeZone, playbooks);
  }

  private readClients(): void {
    const table = this.clientTable;
    for (const row of table.rows) {
      const id = text(cell(table, row, 'id'));
      if (!id || this.ambiguous.has(id)) continue;
      const status = codeOf(CLIENT_STATUSES, cell(table, row, 'status'));
      const to = text(cell(table, row, 'contactEmail'));
      const cc = text(cell(table, row, 'ccEmails'))
        .split(/[\s,;，；]+/)
        .filter(Boolean);
      const bad = [to, ...cc].filter((address) => !isEmailAddress(address));
      const language = text(cell(table, row, 'language'));
      this.clients.push({
        id,
        name: text(cell(table, row, 'clientName')),
        projectName: text(cell(table, row, 'projectName')),
        contactName: text(cell(table, row, 'contactName')),
        language: language === 'en' || language === 'zh-TW' ? language : this.language,
        active: status === undefined || status === 'active',
        to,
        cc,
        addressProblem: bad.length ? `invalid address ${bad.map((a) => `"${a}"`).join(', ')}` : '',
      });
    }
  }

  private readMilestones(timeZone: string, playbooks: readonly Playbook[]): void {
    const table = this.milestoneTable;
    const playbookOf = new Map<string, string>();
    for (const row of this.clientTable.rows) {
      playbookOf.set(text(cell(this.clientTable, row, 'id')), text(cell(this.clientTable, row, 'playbook')));
    }
    const rules = new Map<string, MilestoneRule>();
    for (const playbook of playbooks) {
      for (const rule of playbook.rules) rules.set(`${playbook.id}|${rule.id}`, rule);
    }
    table.rows.forEach((row, index) => {
      const clientId = text(cell(table, row, 'clientId'));
      if (!clientId || this.ambiguous.has(clientId)) return;
      const id = text(cell(table, row, 'milestoneId'));
      const dueDate = dayOfCell(cell(table, row, 'due'), timeZone);
      const where = `Milestones row ${index + 2} (${clientId} ${id})`;
      if (!id || !dueDate) {
        this.badRows.push(`${where}: ${id ? 'missing or invalid due date' : 'missing milestone id'}`);
        return;
      }
      if (this.byId.has(`${clientId}|${id}`)) {
        this.badRows.push(`${where}: the same milestone twice for one client`);
        return;
      }
      const rule = rules.get(`${playbookOf.get(clientId) || 'crowdfunding'}|${id.split('#')[0]}`);
      const title = text(cell(table, row, 'title'));
      const sheetPrepare = text(cell(table, row, 'reminder'));
      // The rule's words in each language, unless a person retitled the row in the sheet.
      const titles =
        rule && (title === rule.title.en || title === rule.title['zh-TW'] || !title)
          ? rule.title
          : { 'zh-TW': title, en: title };
      const prepares = rule?.reminder ?? { 'zh-TW': sheetPrepare, en: sheetPrepare };
      const audience = text(cell(table, row, 'audience')) as Audience;
      const status = codeOf(MILESTONE_STATUSES, cell(table, row, 'status'));
      const planned = dayOfCell(cell(table, row, 'planned'), timeZone);
      const milestone: MailMilestone = {
        row: index,
        clientId,
        id,
        title: titles[this.language],
        titles,
        prepare: prepares[this.language],
        prepares,
        dueDate,
        done: cell(table, row, 'done') === true || status === 'done',
        // Marked at onboarding; a person who gives it a new due day takes it back into the plan.
        catchUp: status === 'catch-up' && (!planned || planned === dueDate),
        audience: AUDIENCES.includes(audience) ? audience : 'both',
        reminderLeadDays: rule?.reminderLeadDays ?? DEFAULT_LEAD_DAYS,
        marks: parseMarks(text(cell(table, row, 'sentLog'))),
      };
      this.milestones.push(milestone);
      this.byId.set(`${clientId}|${id}`, milestone);
    });
  }

  /** Logs the bad rows: the first ones each on a line, the rest summed up. */
  logBadRows(log: RunLog): void {
    for (const line of this.badRows.slice(0, BAD_ROWS_LOGGED)) log.add('daily', '', line, 'skipped');
    const rest = this.badRows.length - BAD_ROWS_LOGGED;
    if (rest > 0) log.add('daily', '', `${rest} more rows skipped for bad data`, 'skipped');
  }

  /** The milestone of a client by id, if the tracker has it (a row may vanish between runs). */
  find(clientId: string, milestoneId: string): MailMilestone | undefined {
    return this.byId.get(`${clientId}|${milestoneId}`);
  }

  /** Reminders whose send was confirmed on `day` (the day's mail budget counts them). */
  sentOn(day: string): number {
    let count = 0;
    for (const m of this.milestones) {
      for (const mark of m.marks) if (mark.state === 'sent' && mark.on === day) count += 1;
    }
    return count;
  }

  /** Records one reminder's state in its row's sent log (written by {@link persist}). */
  mark(
    milestone: MailMilestone,
    kind: ReminderKind,
    dueDate: string,
    state: MarkState | null,
    on: string,
  ): void {
    const marks: ReminderMark[] = withMark(milestone.marks, kind, dueDate, state, on);
    milestone.marks = marks;
    this.changedMarks.set(milestone.row, formatMarks(marks));
  }

  /**
   * Writes what the run decided: each milestone's status in the workspace's language, its sent
   * log, and each client's health. Only cells that change are written, one `setValues()` per
   * column (`updateCells` spans the first to the last changed row), so the calls do not grow
   * with the rows, and the columns people edit (Done, Note) are never written back.
   */
  persist(statuses: readonly MilestoneStatus[], health: ReadonlyMap<string, { health: Health }>): void {
    const table = this.milestoneTable;
    const written = new Map<number, CellValue>();
    this.milestones.forEach((m, i) => {
      const status = statuses[i];
      if (status !== undefined) written.set(m.row, labelOf(MILESTONE_STATUSES, status, this.language));
    });
    updateCells(table, columnChanges(table, 'status', written));
    updateCells(table, columnChanges(table, 'sentLog', this.changedMarks));
    this.changedMarks.clear();
    const clients = this.clientTable;
    if (clients.index.health === undefined) return;
    const flags = new Map<number, CellValue>();
    clients.rows.forEach((row, index) => {
      const flag = health.get(text(cell(clients, row, 'id')))?.health;
      if (flag !== undefined) flags.set(index, flag);
    });
    updateCells(clients, columnChanges(clients, 'health', flags));
  }
}
