import { columnLetters } from '../../core/a1';
import { nameKey } from '../../core/text-normal';
import { CLIENT_STATUSES, type ClientStatus, codeOf, labelOf } from '../../core/tracker/labels';
import { CLIENTS_SHEET } from '../../core/tracker/schema';
import { dateOfDay, dayOfCell } from '../../gas/dates';
import { type CellValue, cell, literalText, readTable, type Table } from '../../gas/table';
import type { ClientInput, NormalizedClient } from '../../shared/client';
import type { FieldProblem, Language } from '../../shared/i18n';
import { format } from '../../shared/messages';

/** Date columns of the Clients sheet, keyed like the playbooks' anchors. */
const DAY_ANCHORS = ['prepStart', 'survey', 'launch', 'end', 'contractStart', 'renewal'] as const;

/** One client row, typed; `index` is its place in `table.rows` for a write-back. */
export interface ClientRecord {
  index: number;
  id: string;
  clientName: string;
  projectName: string;
  status: ClientStatus | undefined;
  folderId: string;
  row: CellValue[];
}

const text = (value: CellValue): string => String(value).trim();

/** Reads the Clients sheet (one `getValues()`). */
export function readClientsTable(): Table {
  return readTable(CLIENTS_SHEET);
}

/** The client rows of the sheet; rows without a client id (blank or typed notes) are skipped. */
export function clientRecords(table: Table): ClientRecord[] {
  const records: ClientRecord[] = [];
  table.rows.forEach((row, index) => {
    const id = text(cell(table, row, 'id'));
    if (!id) return;
    records.push({
      index,
      id,
      clientName: text(cell(table, row, 'clientName')),
      projectName: text(cell(table, row, 'projectName')),
      status: codeOf(CLIENT_STATUSES, cell(table, row, 'status')),
      folderId: text(cell(table, row, 'folderId')),
      row,
    });
  });
  return records;
}

/**
 * The client a run is about: by id when one is given, else by client and project name compared
 * by their keys (Unicode form, invisible characters, case and spacing aside), so the rerun of an
 * onboarding that stopped half-way finds the row it wrote and a look-alike name finds its twin.
 */
export function findClient(
  records: readonly ClientRecord[],
  wanted: { clientId?: string; clientName: string; projectName: string },
): ClientRecord | undefined {
  if (wanted.clientId) return records.find((record) => record.id === wanted.clientId);
  const same = (a: string, b: string) => nameKey(a) === nameKey(b);
  return records.find(
    (record) => same(record.clientName, wanted.clientName) && same(record.projectName, wanted.projectName),
  );
}

/** Client ids that more than one row of the Clients sheet holds, and what to do about each. */
export interface AmbiguousClients {
  ids: ReadonlySet<string>;
  /** One per id, naming its cells ("Clients!A3, A7") and the fix, in `language`. */
  problems: FieldProblem[];
}

/**
 * The client ids typed on more than one row (a row copied by hand, say). Nothing can tell
 * which client such an id's milestones belong to, so a run leaves every row of them alone and
 * reports the cells instead: rewriting one client's milestones under the other's name, or
 * mailing one and skipping the other, would both be silent damage.
 */
export function ambiguousClients(table: Table, language: Language): AmbiguousClients {
  const rowsOf = new Map<string, number[]>();
  const records = clientRecords(table);
  for (const record of records) rowsOf.set(record.id, [...(rowsOf.get(record.id) ?? []), record.index]);
  const column = columnLetters((table.index.id ?? 0) + 1);
  const ids = new Set<string>();
  const problems: FieldProblem[] = [];
  const next = nextClientId(records, 0);
  for (const [id, indexes] of rowsOf) {
    if (indexes.length < 2) continue;
    ids.add(id);
    // Data rows start on sheet row 2, under the header.
    const cells = indexes.map((index) => `${column}${index + 2}`);
    problems.push({
      field: `${CLIENTS_SHEET.name}!${cells[0]}`,
      message: format(language, 'duplicateClientId', { cells: cells.join(', '), id, next }),
    });
  }
  return { ids, problems };
}

/**
 * The next client id, `C0001`, `C0002`...: one past the highest number in the sheet or the last
 * one handed out (a stored counter), so an id is never reused even after a row was deleted.
 */
export function nextClientId(records: readonly ClientRecord[], lastHandedOut: number): string {
  const highest = records.reduce((max, record) => {
    const match = /^C(\d+)$/.exec(record.id);
    return match ? Math.max(max, Number(match[1])) : max;
  }, lastHandedOut);
  return `C${String(highest + 1).padStart(4, '0')}`;
}

/** The number of a client id (`C0042` → 42), 0 for ids of another form. */
export function clientNumber(id: string): number {
  const match = /^C(\d+)$/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** The cells of a client row, by column key: people's text guarded, days as Dates in the zone. */
export function clientCells(
  client: NormalizedClient,
  id: string,
  status: ClientStatus,
  language: Language,
  timeZone: string,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {
    id,
    clientName: literalText(client.clientName),
    projectName: literalText(client.projectName),
    contactName: literalText(client.contactName ?? ''),
    contactEmail: literalText(client.contactEmail),
    ccEmails: literalText(client.ccEmails.join(', ')),
    language: client.language,
    currency: client.currency,
    targetAmount: client.targetAmount,
    tier: client.tier,
    serviceLevel: client.serviceLevel,
    playbook: client.playbook,
    shipping: client.dates.shipping ?? '',
    status: labelOf(CLIENT_STATUSES, status, language),
    notes: literalText(client.notes ?? ''),
  };
  for (const anchor of DAY_ANCHORS) {
    const day = client.dates[anchor];
    cells[anchor] = day ? dateOfDay(day, timeZone) : '';
  }
  return cells;
}

/**
 * A client row read back as the input it was onboarded from (for re-timing): the dates the row
 * holds, so a kickoff day stays where it was.
 */
export function clientInputOf(table: Table, row: readonly CellValue[], timeZone: string): ClientInput {
  const dates: Record<string, string> = {};
  for (const anchor of DAY_ANCHORS) {
    const day = dayOfCell(cell(table, row, anchor), timeZone);
    if (day) dates[anchor] = day;
  }
  const shipping = text(cell(table, row, 'shipping'));
  if (shipping) dates.shipping = shipping;
  const cc = text(cell(table, row, 'ccEmails'));
  const input: ClientInput = {
    clientName: text(cell(table, row, 'clientName')),
    projectName: text(cell(table, row, 'projectName')),
    contactEmail: text(cell(table, row, 'contactEmail')),
    ccEmails: cc ? cc.split(/\s*,\s*/) : [],
    language: text(cell(table, row, 'language')),
    targetAmount: Number(cell(table, row, 'targetAmount')),
    currency: text(cell(table, row, 'currency')),
    tier: text(cell(table, row, 'tier')),
    serviceLevel: text(cell(table, row, 'serviceLevel')),
    playbook: text(cell(table, row, 'playbook')),
    dates,
  };
  const contactName = text(cell(table, row, 'contactName'));
  if (contactName) input.contactName = contactName;
  const notes = text(cell(table, row, 'notes'));
  if (notes) input.notes = notes;
  return input;
}

/**
 * The day a client was onboarded, where its plan starts: the day of its Created cell, else its
 * kickoff (prepStart), else `fallback` (a row a person typed without either). A re-plan fits the
 * milestones to this day, as the onboarding did, so a re-plan weeks later does not compress again.
 */
export function onboardingDayOf(
  table: Table,
  row: readonly CellValue[],
  timeZone: string,
  fallback: string,
): string {
  return (
    dayOfCell(cell(table, row, 'createdAt'), timeZone) ||
    dayOfCell(cell(table, row, 'prepStart'), timeZone) ||
    fallback
  );
}
